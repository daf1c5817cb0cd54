import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright split`, end to end on long recordings made of flite readings with silences of known length: every
/// cut must fall in the silence around its reading (or within 50 ms of it).
@Suite(.enabled(if: SpeechFolder.toolsInstalled, "needs flite, sox and pocketsphinx-en-us (Scripts/setup)"))
struct SplitCLITests {
    static let tolerance = 0.05

    static func text(_ id: String) -> String { SpeechFolder.segments.first { $0.id == id }!.text }

    /// A session at 44.1 kHz stereo over room noise, in four voices: a false start, a segment read twice (the last
    /// wins) and a stretch off the script. Takes land at the next free number, cut in the gaps, sample for sample.
    @Test func sessionIsCutIntoTakesInTheSilences() throws {
        let fixture = try SpeechFolder()
        defer { fixture.remove() }
        let pieces: [SessionRecording.Piece] = [
            .init(text: Self.text("s1-p1"), voice: "slt", gapAfter: 0.8),
            .init(text: Self.text("s1-p2"), voice: "rms", gapAfter: 0.7),
            .init(text: "It is not, in itself,", voice: "awb", gapAfter: 0.9),
            .init(text: Self.text("s1-p3"), voice: "kal", gapAfter: 1.0),
            .init(text: Self.text("s2-p1"), voice: "slt", gapAfter: 0.8),
            .init(text: "Sorry, let me get some water before I go on.", voice: "awb", gapAfter: 1.0),
            .init(text: Self.text("s2-p1"), voice: "awb", gapAfter: 0.7),
            .init(text: Self.text("s2-p2"), voice: "rms", gapAfter: 1.0),
        ]
        let session = fixture.takes.appendingPathComponent("session-1.wav")
        let recording = try SessionRecording(pieces, into: session)
        try SessionRecording.addRoomAndStereo(session)
        // An earlier take of s1-p1: the split's must come next, not over it.
        try SessionRecording.run(
            "/usr/bin/sox",
            ["-n", "-r", "44100", fixture.takes.appendingPathComponent("s1-p1.wav").path, "trim", "0", "1"])
        let result = try PodwrightProcess.run(["split", fixture.url.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            result.standardOutput.contains(
                "takes/session-1.wav: 5 segments found, 1 re-read, 1 false start skipped, 0 missing, "
                    + "1 stretch of unplaced speech"), "\(result.standardOutput)\n\(result.standardError)")
        let report = try JSONDecoder().decode(
            SplitReport.self,
            from: Data(contentsOf: fixture.folder.build.appendingPathComponent("split-session-1.json")))
        #expect(report.sampleRate == 44_100)
        let readings = ["s1-p1": 0, "s1-p2": 1, "s1-p3": 3, "s2-p1": 6, "s2-p2": 7]
        let takes = [
            "s1-p1": "takes/s1-p1.take2.wav", "s1-p2": "takes/s1-p2.take1.wav", "s1-p3": "takes/s1-p3.take1.wav",
            "s2-p1": "takes/s2-p1.take1.wav", "s2-p2": "takes/s2-p2.take1.wav",
        ]
        #expect(report.found.map(\.segment) == ["s1-p1", "s1-p2", "s1-p3", "s2-p1", "s2-p2"])
        for found in report.found {
            let index = try #require(readings[found.segment])
            #expect(found.take == takes[found.segment])
            let start = report.seconds(found.start)
            let end = report.seconds(found.end)
            let before = recording.gap(around: index, atStart: true)
            let after = recording.gap(around: index, atStart: false)
            #expect(
                start >= before.lowerBound - Self.tolerance && start <= before.upperBound + Self.tolerance,
                "\(found.segment) starts at \(start), the silence before it is \(before)")
            #expect(
                end >= after.lowerBound - Self.tolerance && end <= after.upperBound + Self.tolerance,
                "\(found.segment) ends at \(end), the silence after it is \(after)")
        }
        // The first reading of s2-p1 is reported, not used; the false start and the stray words are placed.
        let reread = try #require(report.found.first { $0.segment == "s2-p1" }?.earlierReadings.first)
        let rereadGap = recording.gap(around: 4, atStart: true)
        #expect(
            report.seconds(reread.start) >= rereadGap.lowerBound - Self.tolerance
                && report.seconds(reread.start) <= rereadGap.upperBound + Self.tolerance, "\(reread)")
        #expect(report.falseStarts.count == 1 && report.falseStarts.first?.segment == "s1-p3", "\(report.falseStarts)")
        #expect(abs(report.seconds(report.falseStarts.first?.start ?? 0) - recording.placed[2].start) < 0.5)
        #expect(report.unplaced.count == 1, "\(report.unplaced)")
        let unplaced = try #require(report.unplaced.first)
        #expect(
            report.seconds(unplaced.start) < recording.placed[5].end
                && report.seconds(unplaced.end) > recording.placed[5].start, "\(unplaced)")
        #expect(result.standardError.contains("matches nothing in the script"), "\(result.standardError)")
        // The label track: a line per cut, earlier reading, false start and stray stretch, in frames' seconds.
        let labels = try String(
            contentsOf: fixture.folder.build.appendingPathComponent("split-session-1.labels.txt"), encoding: .utf8)
        let lines = labels.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(lines.count == 8 && lines.allSatisfy { $0.count == 3 }, "\(labels)")
        #expect(
            labels.contains("\ts2-p1 → s2-p1.take1.wav\n") && labels.contains("\ts2-p1 earlier reading (not used)\n"))
        #expect(labels.contains("\tfalse start (s1-p3)\n") && labels.contains("\tunplaced speech: "), "\(labels)")
        let starts = lines.compactMap { Double($0[0]) }
        #expect(starts == starts.sorted())
        for found in report.found {
            let line = try #require(lines.first { $0[2].hasPrefix("\(found.segment) → ") })
            #expect(abs((Double(line[0]) ?? -1) - report.seconds(found.start)) < 1e-5)
            #expect(abs((Double(line[1]) ?? -1) - report.seconds(found.end)) < 1e-5)
        }
        // The takes are the recording's own samples at its rate and layout; only the 10 ms fades differ.
        let whole = try Self.samples(session)
        for found in report.found {
            let take = fixture.url.appendingPathComponent(found.take)
            #expect(try SessionRecording.run("/usr/bin/soxi", ["-r", take.path]).hasPrefix("44100"))
            #expect(try SessionRecording.run("/usr/bin/soxi", ["-c", take.path]).hasPrefix("2"))
            let samples = try Self.samples(take)
            #expect(samples.count == (found.end - found.start) * 2)
            let fade = 441 * 2
            #expect(
                Array(samples[fade..<(samples.count - fade)])
                    == Array(whole[(found.start * 2 + fade)..<(found.end * 2 - fade)]), "\(found.take)")
        }
        #expect(FileManager.default.fileExists(atPath: fixture.takes.appendingPathComponent("s1-p1.wav").path))
    }

    /// A section read in one go (`s2.wav`) is found without naming it, matched against its own section only;
    /// `align` points at it until it is split, and a second split writes the next take rather than over the first.
    @Test func sectionRecordingIsFoundAndNeverOverwritten() throws {
        let fixture = try SpeechFolder()
        defer { fixture.remove() }
        let section = fixture.takes.appendingPathComponent("s2.wav")
        let recording = try SessionRecording(
            [.init(text: Self.text("s2-p1"), voice: "rms", gapAfter: 1.2)], lead: 0.6, into: section)
        let before = try fixture.align()
        #expect(
            before.standardError.contains(
                "takes/s2.wav looks like a long recording of several segments: run "
                    + "`podwright split \(fixture.url.path)`"), "\(before.standardError)")
        let first = try PodwrightProcess.run(["split", fixture.url.path])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(
            first.standardOutput.contains("takes/s2.wav: 1 segment found, 0 re-read, 0 false starts skipped, 1 missing")
        )
        #expect(
            first.standardError.contains("takes/s2.wav: not found in the recording: s2-p2\n"), "\(first.standardError)")
        let take1 = fixture.takes.appendingPathComponent("s2-p1.take1.wav")
        let written = try Data(contentsOf: take1)
        let report = try JSONDecoder().decode(
            SplitReport.self, from: Data(contentsOf: fixture.folder.build.appendingPathComponent("split-s2.json")))
        let cut = try #require(report.found.first)
        #expect(
            report.seconds(cut.start) >= -Self.tolerance
                && report.seconds(cut.start) <= recording.placed[0].start + Self.tolerance)
        #expect(report.seconds(cut.end) >= recording.placed[0].end - Self.tolerance)
        let second = try PodwrightProcess.run(["split", fixture.url.path, "-q"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(try Data(contentsOf: take1) == written)
        #expect(FileManager.default.fileExists(atPath: fixture.takes.appendingPathComponent("s2-p1.take2.wav").path))
        let after = try fixture.align()
        #expect(!after.standardError.contains("looks like a long recording"), "\(after.standardError)")
    }

    /// Silence, music and a damaged file are each refused with the file named; the run fails.
    @Test func badRecordingsAreRefusedNamingTheFile() throws {
        let fixture = try SpeechFolder()
        defer { fixture.remove() }
        try fixture.synthesise("session-silent.wav", effects: ["trim", "0", "4"])
        try fixture.synthesise(
            "session-music.wav", effects: ["synth", "0.5", "pluck", "C3", "pluck", "E3", "pluck", "G3", "repeat", "12"])
        try Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt junk".utf8).write(
            to: fixture.takes.appendingPathComponent("session-damaged.wav"))
        let result = try PodwrightProcess.run(["split", fixture.url.path])
        #expect(result.status != 0)
        let errors = result.standardError
        #expect(errors.contains("takes/session-silent.wav: is silent"), "\(errors)")
        #expect(errors.contains("takes/session-music.wav: no speech could be heard"), "\(errors)")
        #expect(errors.contains("session-damaged.wav"), "\(errors)")
        let takes = try FileManager.default.contentsOfDirectory(atPath: fixture.takes.path)
        #expect(takes.sorted() == ["session-damaged.wav", "session-music.wav", "session-silent.wav"])
        let none = try PodwrightProcess.run([
            "split", fixture.url.path, fixture.url.appendingPathComponent("nope.wav").path,
        ])
        #expect(none.status != 0 && none.standardError.contains("nope.wav"), "\(none.standardError)")
    }

    /// The interleaved 16-bit samples of a file, through sox.
    static func samples(_ url: URL) throws -> [Int16] {
        let raw = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).raw")
        defer { try? FileManager.default.removeItem(at: raw) }
        try SessionRecording.run("/usr/bin/sox", [url.path, "-t", "raw", "-e", "signed", "-b", "16", raw.path])
        let data = try Data(contentsOf: raw)
        return data.withUnsafeBytes { Array($0.bindMemory(to: Int16.self)) }
    }
}
