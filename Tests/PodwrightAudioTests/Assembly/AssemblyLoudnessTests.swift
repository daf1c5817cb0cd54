import Foundation
import PodwrightCore
import Testing

@testable import PodwrightAudio

/// The delivered episode, read by an independent meter (ffmpeg's ebur128 filter), meets its loudness target within
/// ±0.5 LU and stays at or below its true-peak ceiling.
@Suite struct AssemblyLoudnessTests {
    struct Target: Sendable, CustomStringConvertible {
        var lufs: Double
        var ceiling: Double
        var channels: Int
        var format: AudioFormat
        var description: String { "\(lufs) LUFS, \(ceiling) dBTP, \(channels) ch, \(format)" }
    }

    @Test(arguments: [
        Target(lufs: -16, ceiling: -1, channels: 2, format: .wav),
        Target(lufs: -19, ceiling: -1, channels: 1, format: .flac),
        Target(lufs: -23, ceiling: -2, channels: 2, format: .wav),
        Target(lufs: -14, ceiling: -1, channels: 2, format: .wav),
        Target(lufs: -16, ceiling: -1, channels: 2, format: .mp3),
    ])
    func deliveredLoudnessMeetsTheTarget(_ target: Target) throws {
        guard let ffmpeg = Self.ffmpeg else {
            Issue.record("ffmpeg is not installed; run Scripts/setup")
            return
        }
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let ids = ["intro-1", "s1-p1", "s1-p2", "s1-p3", "s2-p1", "s2-p2"]
        let episode = AssemblyFixture.episode(
            ids.map { id in
                (
                    id, id == "intro-1" ? "intro" : String(id.prefix(2)), id.hasSuffix("2") ? "kim" : "narrator",
                    id == "intro-1" ? .title : .narration
                )
            })
        // Takes at very different levels, one hot enough that the limiter must act.
        for (index, id) in ids.enumerated() {
            let level = [-30.0, -6, -18, -12, -24, -2][index]
            let samples = AssemblyFixture.speechLike(
                seconds: 6, level: level, sampleRate: 48_000,
                seed: UInt64(index + 1))
            try fixture.writeTake("\(id).wav", samples: samples, sampleRate: 48_000)
        }
        var options = AssemblyOptions()
        options.targetLUFS = target.lufs
        options.truePeakCeiling = target.ceiling
        options.channels = target.channels
        options.format = target.format
        options.useCache = false
        let report = try Assembler(options: options).assemble(episode, in: fixture.folder)
        let file = fixture.folder.episodeAudio(extension: target.format.fileExtension)
        let measured = try Self.ebur128(ffmpeg, file)
        #expect(abs(measured.integrated - target.lufs) <= 0.5, "ffmpeg reads \(measured.integrated) LUFS")
        #expect(measured.truePeak <= target.ceiling, "ffmpeg reads a true peak of \(measured.truePeak) dBTP")
        // Our own measurement of the delivered file agrees with ffmpeg's.
        let ours = try #require(report.timeline.loudness)
        #expect(abs(ours.integratedLUFS - measured.integrated) <= 0.2)
        #expect(abs(ours.truePeakDBTP - measured.truePeak) <= 0.3)
        #expect(report.finish.limiter.limitedSeconds >= 0)
    }

    @Test func levelMatchingEvensOutTakes() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let episode = AssemblyFixture.episode([
            ("s1-p1", "s1", "narrator", .narration),
            ("s1-p2", "s1", "narrator", .narration),
        ])
        try fixture.writeTake(
            "s1-p1.wav",
            samples: AssemblyFixture.speechLike(
                seconds: 5, level: -22,
                sampleRate: 48_000, seed: 7), sampleRate: 48_000)
        try fixture.writeTake(
            "s1-p2.wav",
            samples: AssemblyFixture.speechLike(
                seconds: 5, level: -6,
                sampleRate: 48_000, seed: 8), sampleRate: 48_000)
        var options = AssemblyOptions()
        options.channels = 1
        options.useCache = false
        let report = try Assembler(options: options).assemble(episode, in: fixture.folder)
        let gains = report.timeline.segments.map(\.gainDB)
        #expect(abs((gains[0] - gains[1]) - 16) < 0.5, "gains \(gains)")
        let (output, rate) = try readFirstChannel(fixture.folder.episodeAudio(extension: "wav"))
        func rms(_ timing: SegmentTiming) -> Double {
            let part = output[timing.startSample..<timing.endSample]
            return 10 * log10(part.reduce(0.0) { $0 + Double($1 * $1) } / Double(part.count))
        }
        #expect(rate == 48_000)
        #expect(abs(rms(report.timeline.segments[0]) - rms(report.timeline.segments[1])) < 1)
    }

    /// Lossless episodes are measured on the samples as they are written; decoding the file gives the same figures.
    @Test(arguments: [16, 24])
    func measuringWhileWritingEqualsDecoding(bitDepth: Int) throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let episode = AssemblyFixture.episode([
            ("s1-p1", "s1", "narrator", .narration),
            ("s1-p2", "s1", "kim", .quote),
        ])
        for (index, id) in ["s1-p1", "s1-p2"].enumerated() {
            try fixture.writeTake(
                "\(id).wav",
                samples: AssemblyFixture.speechLike(
                    seconds: 5, level: -6,
                    sampleRate: 48_000, seed: UInt64(20 + index)), sampleRate: 48_000)
        }
        var options = AssemblyOptions()
        options.bitDepth = bitDepth
        options.useCache = false
        let report = try Assembler(options: options).assemble(episode, in: fixture.folder)
        let written = try #require(report.timeline.loudness)
        let decoded = try DeliveredMeasurement.measure(fixture.folder.episodeAudio(extension: "wav"))
        #expect(abs(written.integratedLUFS - decoded.integratedLUFS) <= 0.01)
        #expect(abs(written.truePeakDBTP - decoded.truePeakDBTP) <= 0.02)
        #expect(abs(written.samplePeakDBFS - decoded.samplePeakDBFS) <= 0.02)
        #expect(abs(written.loudnessRangeLU - decoded.loudnessRangeLU) <= 0.05)
    }

    static var ffmpeg: URL? {
        ["/usr/bin/ffmpeg", "/usr/local/bin/ffmpeg"].map(URL.init(fileURLWithPath:))
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// ffmpeg's integrated loudness and true peak of a file.
    static func ebur128(_ ffmpeg: URL, _ file: URL) throws -> (integrated: Double, truePeak: Double) {
        let process = Process()
        process.executableURL = ffmpeg
        process.arguments = [
            "-nostats", "-hide_banner", "-i", file.path, "-af", "ebur128=peak=true", "-f", "null", "-",
        ]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The summary at the end: "I: -16.0 LUFS" and, under "True peak:", "Peak: -1.2 dBFS".
        let summary = text.components(separatedBy: "Summary:").last ?? text
        func value(after label: String) -> Double? {
            guard let range = summary.range(of: label) else { return nil }
            let rest = summary[range.upperBound...].trimmingCharacters(in: .whitespaces)
            return Double(rest.prefix { "-+.0123456789".contains($0) })
        }
        guard let integrated = value(after: "I:"), let peak = value(after: "Peak:") else {
            throw MeasureFailure(output: text)
        }
        return (integrated, peak)
    }

    struct MeasureFailure: Error, CustomStringConvertible {
        var output: String
        var description: String { "ffmpeg printed no ebur128 summary:\n\(output.suffix(800))" }
    }
}
