/// `transcript.srt`: SubRip captions; the speaker's name leads a caption whenever the voice changes.
public enum SubRip {
    /// The MIME type `podcast:transcript` names.
    public static let mimeType = "application/x-subrip"

    /// The captions file, numbered from 1, with CRLF-free lines most players accept.
    public static func render(_ notes: EpisodeNotes) -> String {
        var out = ""
        var previousSpeaker: String?
        for (index, cue) in notes.cues.enumerated() {
            let text = cue.speakerID == previousSpeaker ? cue.text : "\(cue.speaker): \(cue.text)"
            previousSpeaker = cue.speakerID
            if index > 0 { out += "\n" }
            out += "\(index + 1)\n\(Timecode.subRip(cue.start)) --> \(Timecode.subRip(cue.end))\n"
            out += CaptionLayout.lines(text).joined(separator: "\n") + "\n"
        }
        return out
    }
}
