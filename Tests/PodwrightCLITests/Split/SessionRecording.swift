import Foundation
import PodwrightTestSupport

/// A long recording made of flite readings (voices slt, rms, awb, kal) with silences of known length between them,
/// so where each reading starts and ends is known to the sample: the truth `split`'s cuts are measured against.
struct SessionRecording {
    /// One piece of the recording: words in a voice, then a silence.
    struct Piece {
        var text: String
        var voice: String
        var gapAfter: Double
    }

    /// A reading's place in the recording, seconds.
    struct Placed {
        var text: String
        var start: Double
        var end: Double
    }

    /// Where every reading is, in order.
    private(set) var placed: [Placed] = []
    /// The recording's length, seconds.
    private(set) var seconds: Double = 0

    /// Reads `pieces` after `lead` seconds of silence into `url` (16 kHz mono 16-bit), each reading trimmed of
    /// flite's own leading and trailing silence so its edges are where its sound is.
    init(_ pieces: [Piece], lead: Double = 1, into url: URL) throws {
        let work = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-session-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var parts: [String] = []
        func silence(_ seconds: Double) throws -> String {
            let path = work.appendingPathComponent("gap\(parts.count).wav").path
            try Self.run("/usr/bin/sox", ["-n", "-r", "16000", "-c", "1", "-b", "16", path, "trim", "0", "\(seconds)"])
            return path
        }
        parts.append(try silence(lead))
        var time = lead
        for (index, piece) in pieces.enumerated() {
            let raw = work.appendingPathComponent("raw\(index).wav").path
            let trimmed = work.appendingPathComponent("piece\(index).wav").path
            try Self.run("/usr/bin/flite", ["-voice", piece.voice, "-t", piece.text, "-o", raw])
            try Self.run(
                "/usr/bin/sox",
                [
                    raw, "-r", "16000", "-b", "16", trimmed, "silence", "1", "0.005", "0.3%", "reverse", "silence",
                    "1", "0.005", "0.3%", "reverse",
                ])
            let length = try Self.seconds(of: trimmed)
            placed.append(Placed(text: piece.text, start: time, end: time + length))
            parts.append(trimmed)
            time += length
            parts.append(try silence(piece.gapAfter))
            time += piece.gapAfter
        }
        seconds = time
        try Self.run("/usr/bin/sox", parts + [url.path])
    }

    /// Rewrites `url` as 44.1 kHz stereo with pink room noise 40 dB under full scale (speech from flite peaks near
    /// full scale), keeping every time.
    static func addRoomAndStereo(_ url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let stereo = folder.appendingPathComponent(".stereo.wav").path
        let noise = folder.appendingPathComponent(".noise.wav").path
        let length = try seconds(of: url.path)
        try run("/usr/bin/sox", [url.path, "-r", "44100", "-c", "2", "-b", "16", stereo])
        try run(
            "/usr/bin/sox",
            ["-n", "-r", "44100", "-c", "2", "-b", "16", noise, "synth", "\(length)", "pinknoise", "vol", "0.01"])
        try FileManager.default.removeItem(at: url)
        try run("/usr/bin/sox", ["-m", "-v", "1", stereo, "-v", "1", noise, "-b", "16", url.path])
        try FileManager.default.removeItem(atPath: stereo)
        try FileManager.default.removeItem(atPath: noise)
    }

    /// The gap (seconds) a cut at `time` must fall in to cut reading `index` out cleanly at its start (`atStart`)
    /// or end: from the end of the previous sound to the start of the reading, or from its end to the next sound.
    func gap(around index: Int, atStart: Bool) -> ClosedRange<Double> {
        if atStart { return (index > 0 ? placed[index - 1].end : 0)...placed[index].start }
        return placed[index].end...(index + 1 < placed.count ? placed[index + 1].start : seconds)
    }

    static func seconds(of path: String) throws -> Double {
        let output = try run("/usr/bin/soxi", ["-D", path])
        return Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Runs a tool, returning what it printed; throws when it fails. sox runs in its repeatable mode (`-R`), so
    /// its noise and dither are the same on every run and a failure can be replayed.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = tool.hasSuffix("/sox") ? ["-R"] + arguments : arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(tool) \(arguments) failed"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
