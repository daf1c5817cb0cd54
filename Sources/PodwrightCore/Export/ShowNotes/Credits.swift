/// The credit lines and links every notes format shares, worded once.
enum Credits {
    /// The authors joined for a byline: "A", "A and B", "A, B and C".
    static func authors(_ notes: EpisodeNotes) -> String {
        list(notes.episode.authors.map(\.singleLine))
    }

    /// Names joined for reading: "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// Written by, the bio as the article gives it, the source's web address, the narrator and who read the quotations.
    static func lines(_ notes: EpisodeNotes) -> [String] {
        var lines: [String] = []
        if !notes.episode.authors.isEmpty { lines.append("Written by \(authors(notes))") }
        lines += notes.episode.credits.map(\.singleLine).filter { !$0.isEmpty }
        // A local file (/home/…/article.txt) is nothing a listener can open, and names the producer's folders.
        if let source = notes.episode.source?.singleLine, let scheme = source.split(separator: ":").first?.lowercased(),
            scheme == "http" || scheme == "https"
        {
            lines.append("Source: \(source)")
        }
        if notes.narratorIsNamed { lines.append("Read by \(notes.narratorName)") }
        // The people quoted never spoke to the show: say who gave them a voice.
        let readers = notes.quotationReaders
        if !readers.isEmpty { lines.append("Quotations read by \(list(readers))") }
        return lines
    }

    /// The transcript in each format, linked under the publication's base URL.
    static func transcriptLinks(_ notes: EpisodeNotes) -> [(label: String, url: String)] {
        [
            ("Read the transcript", notes.publication.url("index.html#transcript")),
            ("WebVTT", notes.publication.url("transcript.vtt")),
            ("SRT", notes.publication.url("transcript.srt")),
            ("JSON", notes.publication.url("transcript.json")),
        ]
    }
}
