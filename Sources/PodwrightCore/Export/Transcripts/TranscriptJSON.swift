/// `transcript.json`: the Podcasting 2.0 JSON transcript, one entry per caption with its speaker's name.
public enum TranscriptJSON {
    /// The MIME type `podcast:transcript` names.
    public static let mimeType = "application/json"

    struct File: Encodable {
        var version = "1.0.0"
        var segments: [Entry]
    }

    struct Entry: Encodable {
        var speaker: String
        var startTime: Double
        var endTime: Double
        var body: String
    }

    /// The transcript: `version` and `segments` of `speaker`, `startTime`, `endTime` and `body` — one per word
    /// where the takes were aligned (the format's word-level segments), else one per caption.
    public static func render(_ notes: EpisodeNotes) -> String {
        JSONExport.render(
            File(
                segments: notes.cues.flatMap { cue in
                    guard !cue.words.isEmpty else {
                        return [
                            Entry(
                                speaker: cue.speaker, startTime: JSONExport.seconds(cue.start),
                                endTime: JSONExport.seconds(cue.end), body: cue.text)
                        ]
                    }
                    return cue.words.map {
                        Entry(
                            speaker: cue.speaker, startTime: JSONExport.seconds($0.start),
                            endTime: JSONExport.seconds($0.end), body: $0.word)
                    }
                }))
    }
}
