/// `show-notes.html`: the show notes as HTML. Its `<article>` is what to paste into a CMS; the episode page and the
/// RSS description are built from the same pieces.
public enum ShowNotesHTML {
    /// A complete UTF-8 document holding the notes' `<article>`.
    public static func render(_ notes: EpisodeNotes) -> String {
        """
        <!doctype html>
        <html lang="\(notes.publication.language.htmlEscaped)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(notes.title.htmlEscaped)</title>
        <style>body{font:17px/1.6 Georgia,serif;max-width:40em;margin:2em auto;padding:0 1em}</style>
        </head>
        <body>
        \(article(notes))
        </body>
        </html>

        """
    }

    /// The notes as one `<article>` element.
    public static func article(_ notes: EpisodeNotes) -> String {
        var parts = ["<article class=\"show-notes\">", "<h1>\(notes.title.htmlEscaped)</h1>"]
        parts.append(summary(notes))
        parts.append("<h2>Chapters</h2>")
        parts.append(chapters(notes, seekable: false))
        parts.append(people(notes))
        let quotes = quotes(notes, seekable: false)
        if !quotes.isEmpty { parts += ["<h2>Notable quotes</h2>", quotes] }
        parts += ["<h2>Credits</h2>", credits(notes), "<h2>Transcript</h2>", transcriptLinks(notes)]
        parts.append("</article>")
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    /// The lede paragraphs.
    public static func summary(_ notes: EpisodeNotes) -> String {
        notes.summary.map { "<p>\($0.htmlEscaped)</p>" }.joined(separator: "\n")
    }

    /// The chapter list; `seekable` adds the page's `data-chapter-start` links.
    public static func chapters(_ notes: EpisodeNotes, seekable: Bool) -> String {
        let items = notes.chapters.map { chapter in
            let time = "<time>\(Timecode.clock(chapter.start))</time> "
            guard seekable else { return "<li>\(time)\(chapter.title.htmlEscaped)</li>" }
            let start = Timecode.decimal(chapter.start)
            return "<li><a href=\"#t=\(start)\" data-chapter-start=\"\(start)\">"
                + "<time>\(Timecode.short(chapter.start))</time> <span>\(chapter.title.htmlEscaped)</span></a></li>"
        }
        return "<ol class=\"chapters\">\n" + items.joined(separator: "\n") + "\n</ol>"
    }

    /// People heard and people mentioned, each with a heading.
    public static func people(_ notes: EpisodeNotes) -> String {
        var parts: [String] = []
        for (heading, people) in [
            ("Heard in this episode", notes.peopleHeard), ("Also mentioned", notes.peopleMentioned),
        ]
        where !people.isEmpty {
            parts.append("<h2>\(heading)</h2>\n<ul class=\"people\">")
            for person in people {
                var item = "<li><strong>\(person.name.htmlEscaped)</strong>"
                if let role = person.roleDescription, !role.isEmpty { item += " <span>\(role.htmlEscaped)</span>" }
                parts.append(item + "</li>")
            }
            parts.append("</ul>")
        }
        return parts.joined(separator: "\n")
    }

    /// Notable quotes with their times; `seekable` makes the times seek the page's player.
    public static func quotes(_ notes: EpisodeNotes, seekable: Bool) -> String {
        let quotes = notes.notableQuotes
        guard !quotes.isEmpty else { return "" }
        let items = quotes.map { quote in
            let time =
                seekable
                ? "<a href=\"#t=\(Timecode.decimal(quote.start))\" data-seek=\"\(Timecode.decimal(quote.start))\">"
                    + "\(Timecode.short(quote.start))</a>"
                : "<time>\(Timecode.clock(quote.start))</time>"
            return "<li><blockquote>“\(quote.text.htmlEscaped)”</blockquote>"
                + "<p>\(quote.speaker.htmlEscaped) · \(time)</p></li>"
        }
        return "<ul class=\"quotes\">\n" + items.joined(separator: "\n") + "\n</ul>"
    }

    /// The credit lines.
    public static func credits(_ notes: EpisodeNotes) -> String {
        "<ul class=\"credits\">\n" + Credits.lines(notes).map { "<li>\($0.htmlEscaped)</li>" }.joined(separator: "\n")
            + "\n</ul>"
    }

    /// Links to the transcript in each format.
    public static func transcriptLinks(_ notes: EpisodeNotes) -> String {
        "<p class=\"transcripts\">"
            + Credits.transcriptLinks(notes).map { "<a href=\"\($0.url.htmlEscaped)\">\($0.label)</a>" }
            .joined(separator: " · ") + "</p>"
    }
}
