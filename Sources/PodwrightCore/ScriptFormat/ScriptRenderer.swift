/// Writes an episode as `script.md`: a Markdown script that voice talent read from and producers edit.
///
/// The format is documented in the README ("The script file"); ``ScriptParser`` reads it back, and parsing what this
/// renders gives the same episode.
public enum ScriptRenderer {
    /// The format version written in the script's header comment.
    public static let formatVersion = 1

    /// Renders `episode` as the text of `script.md`.
    /// - Parameter episode: The episode; its segments grouped by section in section order.
    /// - Returns: The script, ending in a newline.
    public static func render(_ episode: Episode) -> String {
        var lines: [String] = [
            "<!-- podwright script \(episode.version): edit freely, then run `podwright check` on this folder. "
                + "Keep the hidden markers; a cue without an id gets a fresh one. -->",
            "",
            "# " + ScriptText.escape(episode.title),
            "",
        ]
        lines += metadata(episode)
        lines += ["", "## Speakers <!-- speakers -->", ""]
        lines += speakerTable(episode.speakers)
        if let pronunciations = episode.pronunciations { lines += pronunciationTable(pronunciations) }
        let speakers = episode.speakersByID
        let bySection = Dictionary(grouping: episode.segments, by: \.section)
        for section in episode.sections {
            let heading = section.title.isEmpty ? "##" : "## " + ScriptText.escape(section.title)
            lines += ["", heading + " <!-- section \(section.id) -->"]
            for segment in bySection[section.id] ?? [] {
                lines += block(for: segment, speakers: speakers)
            }
        }
        if !episode.quotes.isEmpty { lines += quoteList(episode) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func metadata(_ episode: Episode) -> [String] {
        var items: [(String, String)] = []
        if !episode.authors.isEmpty {
            items.append(
                ("By", episode.authors.map { ScriptText.escape($0, separators: [";"]) }.joined(separator: "; ")))
        }
        if let date = episode.date { items.append(("Date", ScriptText.escape(date))) }
        if let category = episode.category { items.append(("Category", ScriptText.escape(category))) }
        if let source = episode.source { items.append(("Source", ScriptText.escape(source))) }
        if let image = episode.image { items.append(("Image", ScriptText.escape(image))) }
        if let language = episode.language { items.append(("Language", ScriptText.escape(language))) }
        items.append(("Show", ScriptText.escape(episode.show.name)))
        items.append(("Words per minute", number(episode.show.wordsPerMinute)))
        items.append(("Intro template", ScriptText.escape(episode.show.introTemplate)))
        items.append(("Outro template", ScriptText.escape(episode.show.outroTemplate)))
        let total = episode.segments.reduce(0) { $0 + $1.estimatedSeconds }
        items.append(("Estimated time", ReadingTime.clock(total) + " for \(episode.segments.count) segments"))
        return items.map { "- **\($0.0):** \($0.1)" }
    }

    static func speakerTable(_ speakers: [Speaker]) -> [String] {
        // The voice actor column appears once a producer has cast someone, so scripts without one read as before.
        let actors = speakers.contains { $0.voiceActor != nil }
        var lines =
            actors
            ? [
                "| id | name | role | title | aliases | voice | voice actor |",
                "| --- | --- | --- | --- | --- | --- | --- |",
            ]
            : ["| id | name | role | title | aliases | voice |", "| --- | --- | --- | --- | --- | --- |"]
        for speaker in speakers {
            var cells = [
                ScriptText.escape(speaker.id),
                ScriptText.escape(speaker.name),
                speaker.role.rawValue,
                ScriptText.escape(speaker.title ?? ""),
                speaker.aliases.map { ScriptText.escape($0, separators: [";"]) }.joined(separator: "; "),
                ScriptText.escape(speaker.voice ?? ""),
            ]
            if actors { cells.append(ScriptText.escape(speaker.voiceActor ?? "")) }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// The Pronunciations table, written when the script has one (the producer adds it; see the README).
    static func pronunciationTable(_ entries: [Pronunciation]) -> [String] {
        var lines = [
            "", "## Pronunciations <!-- pronunciations -->", "",
            "> How to say these words: CMU phones (T S UW1 R UW0 OW1 K AH0) or a respelling (tsoo-roo-OH-kah). The "
                + "aligner, the scratch voice and the recording sheet use them, over show.json's.",
            "", "| word | say as |", "| --- | --- |",
        ]
        for entry in entries {
            lines.append("| \(ScriptText.escape(entry.word)) | \(ScriptText.escape(entry.sayAs)) |")
        }
        return lines
    }

    static func block(for segment: Segment, speakers: [String: Speaker]) -> [String] {
        var lines: [String] = []
        if let music = segment.musicBefore { lines += ["", "[music " + ScriptText.escape(music) + "]"] }
        let name = speakers[segment.speaker]?.name ?? segment.speaker
        var marker = "\(segment.kind.rawValue) \(segment.speaker)"
        if let source = segment.source { marker += " \(source.start)-\(source.end)" }
        lines += [
            "",
            "**\(ScriptText.escape(name.uppercased()))** · `\(segment.id)` · "
                + "\(ReadingTime.clock(segment.estimatedSeconds)) <!-- \(marker) -->",
            "",
            ScriptText.escape(segment.text, lineStart: true),
        ]
        if let take = segment.take { lines += ["", "[take \(take)]"] }
        if let pause = segment.pauseAfterSeconds { lines += ["", "[pause \(number(pause))s]"] }
        return lines
    }

    static func quoteList(_ episode: Episode) -> [String] {
        let uncertain = episode.quotes.filter(\.needsReview)
        var lines = ["", "## Quotes <!-- quotes -->", ""]
        if uncertain.isEmpty, episode.quotes.contains(where: \.reviewed) {
            lines.append("> Every quoted span, with who said it. The uncertain attributions are reviewed (✓).")
        } else if uncertain.isEmpty {
            lines.append("> Every quoted span, with who said it. All attributions are confident.")
        } else {
            let count = uncertain.count == 1 ? "the quote" : "the \(uncertain.count) quotes"
            lines.append(
                "> Every quoted span, with who said it. **Review \(count) marked ⚠**: the attribution is "
                    + "uncertain, so the words stay in the narrator's voice until you give them a cue. Mark a "
                    + "reviewed one ✓ instead of ⚠ to stop the warning.")
        }
        lines.append("")
        let speakers = episode.speakersByID
        for quote in episode.quotes {
            let speaker = speakers[quote.speaker]
            let name = speaker?.name ?? quote.speaker
            var marker = "quote \(quote.speaker) \(number(quote.confidence))"
            if quote.partial { marker += " partial" }
            if let source = quote.source { marker += " \(source.start)-\(source.end)" }
            let flag = quote.needsReview ? "⚠ " : quote.reviewed ? "✓ " : ""
            let percent = Int((quote.confidence * 100).rounded())
            var kind = quote.partial ? "partial, " : ""
            if speaker?.role == .narrator { kind += "speaker unknown, " }
            lines.append(
                "- \(flag)**\(ScriptText.escape(name))** · `\(quote.segment)` · \(kind)\(percent)% · "
                    + "“\(ScriptText.escape(quote.text))” <!-- \(marker) -->")
        }
        return lines
    }

    /// A number as short as it can be written and read back exactly: `155`, `1.5`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
