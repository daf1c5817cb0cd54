public import Foundation

/// `rss-item.xml`: one RSS `<item>` for the episode, to paste into a feed's `<channel>`.
///
/// The item declares the iTunes and Podcasting 2.0 namespaces itself, so it is well-formed on its own and still
/// valid inside a feed that declares them again.
public enum RSSItem {
    /// The iTunes podcast namespace.
    public static let itunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    /// The Podcasting 2.0 namespace.
    public static let podcastNamespace = "https://podcastindex.org/namespace/1.0"
    /// Podlove Simple Chapters, the inline chapters gPodder, Podlove players and others read.
    public static let chaptersNamespace = "http://podlove.org/simple-chapters"
    /// Apple's limit for an episode description, in bytes.
    public static let descriptionLimit = 4000

    /// The item: title, description (HTML notes within 4,000 bytes), guid, pubDate, enclosure, duration, episode type,
    /// chapters, transcripts, the people who made the episode and a soundbite.
    public static func render(_ notes: EpisodeNotes) -> String {
        let lines =
            [
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<item xmlns:itunes=\"\(itunesNamespace)\" xmlns:podcast=\"\(podcastNamespace)\" "
                    + "xmlns:psc=\"\(chaptersNamespace)\">",
            ] + elements(notes).map { "  " + $0 } + ["</item>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The item's child elements, one a line, unindented: what ``render(_:)`` wraps and the show's feed nests.
    public static func elements(_ notes: EpisodeNotes) -> [String] {
        let publication = notes.publication
        let audio = publication.audio
        let soundbite = notes.soundbite
        var lines = [
            "<title>\(notes.title.xmlEscaped)</title>",
            "<itunes:title>\(notes.title.xmlEscaped)</itunes:title>",
            "<description>\(description(notes).cdata)</description>",
            "<guid isPermaLink=\"false\">\(notes.guid.xmlEscaped)</guid>",
            "<pubDate>\(rfc2822(publication.date))</pubDate>",
            "<enclosure url=\"\(publication.url(audio.fileName).xmlEscaped)\" length=\"\(audio.byteCount)\" "
                + "type=\"\(audio.mimeType.xmlEscaped)\"/>",
            "<itunes:duration>\(Int(notes.duration.rounded()))</itunes:duration>",
            "<itunes:episodeType>\(publication.episodeType.rawValue)</itunes:episodeType>",
        ]
        if let explicit = publication.explicit { lines.append("<itunes:explicit>\(explicit)</itunes:explicit>") }
        if let image = publication.image {
            lines.append("<itunes:image href=\"\(publication.url(image).xmlEscaped)\"/>")
        }
        if !notes.episode.authors.isEmpty {
            lines.append("<itunes:author>\(Credits.authors(notes).xmlEscaped)</itunes:author>")
        }
        if publication.baseURL != nil {
            lines.append("<link>\(publication.url("index.html").xmlEscaped)</link>")
        }
        lines.append(
            "<podcast:chapters url=\"\(publication.url("chapters.json").xmlEscaped)\" type=\"\(ChaptersJSON.mimeType)\"/>"
        )
        // The same chapters inline, for the apps that read Podlove Simple Chapters rather than chapters.json.
        lines.append("<psc:chapters version=\"1.2\">")
        for chapter in notes.chapters {
            lines.append(
                "  <psc:chapter start=\"\(Timecode.webVTT(chapter.start))\" title=\"\(chapter.title.xmlEscaped)\"/>")
        }
        lines.append("</psc:chapters>")
        for (file, type, rel) in [
            ("transcript.vtt", WebVTT.mimeType, " rel=\"captions\""),
            ("transcript.srt", SubRip.mimeType, " rel=\"captions\""),
            ("transcript.json", TranscriptJSON.mimeType, ""),
        ] {
            lines.append(
                "<podcast:transcript url=\"\(publication.url(file).xmlEscaped)\" type=\"\(type)\" "
                    + "language=\"\(publication.language.xmlEscaped)\"\(rel)/>")
        }
        // The people who made the episode, with Podcasting 2.0 taxonomy roles. The people the article quotes are
        // not guests of the show: they never spoke to it, so they are named in the notes, not here.
        for credit in notes.makers {
            lines.append(
                "<podcast:person group=\"\(credit.group)\" role=\"\(credit.role)\">"
                    + "\(credit.name.truncated(to: 128).xmlEscaped)</podcast:person>")
        }
        lines.append(
            "<podcast:soundbite startTime=\"\(Timecode.decimal(soundbite.start))\" "
                + "duration=\"\(Timecode.decimal(soundbite.duration))\">\(soundbite.title.xmlEscaped)</podcast:soundbite>"
        )
        return lines
    }

    /// The HTML description: summary, chapters with timestamps, people and transcript link, shortened part by part
    /// (quotes, then people, then the summary's last sentences, whole) until it fits in ``descriptionLimit`` bytes.
    public static func description(_ notes: EpisodeNotes) -> String {
        let chapters =
            "<p><strong>Chapters</strong><br>\n"
            + notes.chapters.map { "\(Timecode.clock($0.start)) \($0.title.htmlEscaped)" }.joined(separator: "<br>\n")
            + "</p>"
        let heard = notes.peopleHeard.map { person in
            person.name.htmlEscaped + (person.roleDescription.map { ", \($0.htmlEscaped)" } ?? "")
        }
        let people = heard.isEmpty ? "" : "<p><strong>Heard</strong>: " + heard.joined(separator: "; ") + "</p>"
        let quotes = notes.notableQuotes.map { "<p>“\($0.text.htmlEscaped)” — \($0.speaker.htmlEscaped)</p>" }
        let link =
            "<p><a href=\"\(notes.publication.url("index.html#transcript").htmlEscaped)\">Read the transcript</a></p>"
        var summary = notes.summary.joined(separator: " ")
        var optional = [people] + quotes
        while true {
            let html = (["<p>\(summary.htmlEscaped)</p>", chapters] + optional + [link]).filter { !$0.isEmpty }
                .joined(separator: "\n")
            if html.utf8.count <= descriptionLimit { return html }
            if !optional.isEmpty {
                optional.removeLast()
            } else if case let sentences = SentenceSplitter.sentences(summary), sentences.count > 1 {
                // The lede is quoted, so it is shortened only at a sentence end.
                summary = sentences.dropLast().joined(separator: " ")
            } else {
                return fallback(notes)
            }
        }
    }

    /// The last resort for absurd input (thousands of chapters): the title and the transcript link only.
    private static func fallback(_ notes: EpisodeNotes) -> String {
        "<p>\(notes.title.truncated(to: 500).htmlEscaped)</p>\n"
            + "<p><a href=\"\(notes.publication.url("index.html#transcript").htmlEscaped)\">Read the transcript</a></p>"
    }

    /// An RFC 2822 date in UTC (`Sun, 29 Nov 2026 06:00:00 +0000`).
    public static func rfc2822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
