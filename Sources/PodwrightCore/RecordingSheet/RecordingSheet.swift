/// Writes `recording-sheet.md`: what each speaker records, the file to save each take as, estimated times and
/// totals, and the names to check pronunciation for.
public enum RecordingSheet {
    /// The take file for a segment, relative to the episode folder.
    public static func takePath(for segmentID: String, take: Int = 1, extension ext: String = "wav") -> String {
        "takes/" + TakeName(segmentID: segmentID, kind: .recorded(take), fileExtension: ext).fileName
    }

    /// Renders the recording sheet for `episode`.
    /// - Parameter episode: The episode.
    /// - Returns: The Markdown text, ending in a newline.
    public static func render(_ episode: Episode) -> String {
        let total = episode.segments.reduce(0) { $0 + $1.estimatedSeconds }
        // Grouped once: thousands of quoted people would otherwise cost time quadratic in their number.
        let bySpeaker = Dictionary(grouping: episode.segments, by: \.speaker)
        let voices = episode.speakers.filter { bySpeaker[$0.id] != nil }
        var lines = [
            "# Recording sheet: " + ScriptText.escape(episode.title),
            "",
            "Record each segment as its own take and save it under the name given here, in the episode folder "
                + "(WAV, FLAC or AIFF; any sample rate). A second take of a segment is `takes/ID.take2.wav`, and the "
                + "highest take wins unless `script.md` pins one with `[take N]`. Read from `script.md`; times are "
                + "estimates at \(ScriptRenderer.number(episode.show.wordsPerMinute)) words per minute.",
            "",
            "**Total:** \(ReadingTime.clock(total)) in \(episode.segments.count) segments by \(voices.count) "
                + (voices.count == 1 ? "voice" : "voices") + ".",
        ]
        for speaker in voices {
            let segments = bySpeaker[speaker.id] ?? []
            let time = segments.reduce(0) { $0 + $1.estimatedSeconds }
            lines += ["", "## \(ScriptText.escape(speaker.name)) (\(speaker.role.rawValue))", ""]
            var details = [
                "\(segments.count) " + (segments.count == 1 ? "segment" : "segments"), ReadingTime.clock(time),
            ]
            if let voice = speaker.voice { details.append("voice: " + ScriptText.escape(voice)) }
            lines += [details.joined(separator: " · "), ""]
            lines += ["| segment | save as | time | starts |", "| --- | --- | --- | --- |"]
            for segment in segments {
                let take = segment.take.map { " (use take \($0))" } ?? ""
                lines.append(
                    "| `\(segment.id)` | `\(takePath(for: segment.id))`\(take) | "
                        + "\(ReadingTime.clock(segment.estimatedSeconds)) | \(ScriptText.escape(opening(segment.text))) |"
                )
            }
        }
        lines += pronunciationList(episode)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The names to check, each with how the producer says to pronounce it (the script's Pronunciations table and
    /// `show.json`'s `pronunciations`, word by word), then any other word given a pronunciation.
    static func pronunciationList(_ episode: Episode) -> [String] {
        let overrides = episode.pronunciationOverrides
        var lines = [
            "", "## Pronunciation", "",
            "Check how each name is said before recording; note it in the second column. A pronunciation given in "
                + "`script.md`'s Pronunciations table or in `show.json` is shown here, and the scratch voice and the "
                + "take check use it too.",
            "", "| name | said as |", "| --- | --- |",
        ]
        var listed: Set<String> = []
        func sayAs(_ name: String) -> String {
            let words = SpokenWords(name).words
            let given = words.compactMap { word in overrides[word.key].map { (word.text, $0) } }
            listed.formUnion(words.map(\.key))
            if given.count == 1, words.count == 1 { return ScriptText.escape(given[0].1) }
            return given.map { ScriptText.escape("\($0.0): \($0.1)") }.joined(separator: "; ")
        }
        let names = ProperNames.find(in: episode)
        for name in names.speakers { lines.append("| \(ScriptText.escape(name)) (speaker) | \(sayAs(name)) |") }
        for name in names.others { lines.append("| \(ScriptText.escape(name)) | \(sayAs(name)) |") }
        let spoken = Set(episode.segments.flatMap { SpokenWords($0.text).keys })
        let written = (episode.pronunciations ?? []).map(\.word) + (episode.show.pronunciations ?? [:]).keys.sorted()
        for word in written where !listed.contains(SpokenWords.key(word)) && spoken.contains(SpokenWords.key(word)) {
            guard let override = overrides[SpokenWords.key(word)] else { continue }
            listed.insert(SpokenWords.key(word))
            lines.append("| \(ScriptText.escape(word)) | \(ScriptText.escape(override)) |")
        }
        return lines
    }

    /// The first words of a text, enough to find it in the script.
    static func opening(_ text: String, words: Int = 8) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        return all.prefix(words).joined(separator: " ") + (all.count > words ? " …" : "")
    }
}
