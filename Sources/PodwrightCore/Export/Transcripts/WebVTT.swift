/// `transcript.vtt`: WebVTT captions with `<v Speaker>` voice tags, sentence-level cues, lines of about 42 characters.
public enum WebVTT {
    /// The MIME type `podcast:transcript` names.
    public static let mimeType = "text/vtt"

    /// The captions file. Every cue carries its voice, so a player that jumps into the middle still shows who speaks.
    public static func render(_ notes: EpisodeNotes) -> String {
        var out = "WEBVTT\n"
        for (index, cue) in notes.cues.enumerated() {
            let lines = timed(CaptionLayout.lines(cue.text), cue: cue).joined(separator: "\n")
            out += "\n\(index + 1)\n"
            out += "\(Timecode.webVTT(cue.start)) --> \(Timecode.webVTT(cue.end))\n"
            out += "<v \(cue.speaker.vttEscaped)>\(lines)</v>\n"
        }
        return out
    }

    /// The lines with a cue-internal timestamp (`<00:01:02.340>word`) before every word after the first, when the
    /// cue's words were aligned; timestamps outside the cue or not after the previous one are left out, as WebVTT
    /// requires.
    static func timed(_ lines: [String], cue: TranscriptCue) -> [String] {
        guard !cue.words.isEmpty else { return lines.map(\.vttEscaped) }
        var index = 0
        var last = cue.start
        return lines.map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).map { token in
                let spoken = SpokenWords(String(token)).words.count
                var text = String(token).vttEscaped
                if spoken > 0, index < cue.words.count {
                    let start = cue.words[index].start
                    if index > 0, start > last, start < cue.end {
                        text = "<\(Timecode.webVTT(start))>" + text
                        last = start
                    }
                    index += spoken
                }
                return text
            }.joined(separator: " ")
        }
    }
}
