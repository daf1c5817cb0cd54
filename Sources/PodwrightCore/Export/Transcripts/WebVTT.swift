/// `transcript.vtt`: WebVTT captions with `<v Speaker>` voice tags, sentence-level cues, lines of about 42 characters.
public enum WebVTT {
    /// The MIME type `podcast:transcript` names.
    public static let mimeType = "text/vtt"

    /// The captions file. Every cue carries its voice, so a player that jumps into the middle still shows who speaks.
    public static func render(_ notes: EpisodeNotes) -> String {
        var out = "WEBVTT\n"
        for (index, cue) in notes.cues.enumerated() {
            let lines = CaptionLayout.lines(cue.text).map(\.vttEscaped).joined(separator: "\n")
            out += "\n\(index + 1)\n"
            out += "\(Timecode.webVTT(cue.start)) --> \(Timecode.webVTT(cue.end))\n"
            out += "<v \(cue.speaker.vttEscaped)>\(lines)</v>\n"
        }
        return out
    }
}
