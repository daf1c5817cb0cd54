import Foundation

/// `show-notes.md`: the show notes as Markdown, for a CMS or a host's episode form.
public enum ShowNotesMarkdown {
    /// The notes: title, summary, chapters (the first at 00:00:00), people heard and mentioned, notable quotes,
    /// credits and links to the transcripts. Article text is escaped so it renders as the words it is.
    public static func render(_ notes: EpisodeNotes) -> String {
        var out = "# \(escape(notes.title))\n\n"
        var byline: [String] = []
        if !notes.episode.authors.isEmpty { byline.append("By \(escape(Credits.authors(notes)))") }
        byline.append(escape(notes.episode.show.name.singleLine))
        byline.append(Timecode.clock(notes.duration))
        out += byline.joined(separator: " · ") + "\n\n"
        for paragraph in notes.summary { out += escape(paragraph) + "\n\n" }

        out += "## Chapters\n\n"
        for chapter in notes.chapters { out += "- \(Timecode.clock(chapter.start)) \(escape(chapter.title))\n" }

        let heard = notes.peopleHeard
        if !heard.isEmpty {
            out += "\n## Heard in this episode\n\n"
            for person in heard { out += "- " + line(person) + "\n" }
        }
        let mentioned = notes.peopleMentioned
        if !mentioned.isEmpty {
            out += "\n## Also mentioned\n\n"
            for person in mentioned { out += "- " + line(person) + "\n" }
        }
        let quotes = notes.notableQuotes
        if !quotes.isEmpty {
            out += "\n## Notable quotes\n\n"
            for quote in quotes {
                out += "- \(Timecode.clock(quote.start)) “\(escape(quote.text))” — \(escape(quote.speaker))\n"
            }
        }
        out += "\n## Credits\n\n"
        for credit in Credits.lines(notes) { out += "- \(escape(credit))\n" }

        out += "\n## Transcript\n\n"
        let links = Credits.transcriptLinks(notes).map { "[\($0.label)](\($0.url))" }
        out += links.joined(separator: " · ") + "\n"
        return out
    }

    private static func line(_ person: EpisodeNotes.Person) -> String {
        var text = "**\(escape(person.name))**"
        if let role = person.roleDescription, !role.isEmpty { text += " — \(escape(role))" }
        if let first = person.firstHeard, person.role != .narrator, person.role != .host {
            text += " (from \(Timecode.clock(first)))"
        }
        return text
    }

    /// Markdown-safe text: HTML markup turned into entities, Markdown punctuation backslash-escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text.singleLine {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "*", "_", "[", "]", "`", "#", "|": out += "\\\(character)"
            default: out.append(character)
            }
        }
        return out
    }
}
