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
        let names = ProperNames.find(in: episode)
        lines += [
            "", "## Pronunciation", "", "Check how each name is said before recording; note it in the second column.",
            "",
        ]
        lines += ["| name | said as |", "| --- | --- |"]
        for name in names.speakers { lines.append("| \(ScriptText.escape(name)) (speaker) |  |") }
        for name in names.others { lines.append("| \(ScriptText.escape(name)) |  |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first words of a text, enough to find it in the script.
    static func opening(_ text: String, words: Int = 8) -> String {
        let all = text.split(whereSeparator: \.isWhitespace)
        return all.prefix(words).joined(separator: " ") + (all.count > words ? " …" : "")
    }
}
