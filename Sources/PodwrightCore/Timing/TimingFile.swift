public import Foundation

/// `build/timing.json`, the one home of its format: the assembler writes it through here and every later stage reads
/// it through here.
///
/// It is the ``Timeline`` (where every segment and chapter sits, and the delivered loudness) plus an `assembly` object
/// with the assembler's report of what it did, which readers of the timeline do not need.
public enum TimingFile {
    /// The bytes of `timing.json`: pretty-printed with sorted keys, so the same episode always gives the same bytes.
    /// - Parameters:
    ///   - timeline: The assembled episode's timeline.
    ///   - assembly: The assembler's report, written under `assembly`.
    /// - Throws: What encoding the report throws.
    public static func data(_ timeline: Timeline, assembly: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(timeline: timeline, assembly: assembly))
    }

    /// Reads the timeline from `timing.json` (the `assembly` report is not read back).
    /// - Throws: A decoding error when the file is not a timeline.
    public static func timeline(from data: Data) throws -> Timeline {
        try JSONDecoder().decode(Timeline.self, from: data)
    }

    private struct Document<Assembly: Encodable>: Encodable {
        var timeline: Timeline
        var assembly: Assembly

        private enum Keys: String, CodingKey { case assembly }

        func encode(to encoder: any Encoder) throws {
            try timeline.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(assembly, forKey: .assembly)
        }
    }
}
