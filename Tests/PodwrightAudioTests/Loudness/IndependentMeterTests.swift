import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

/// Our measurement against ffmpeg's `ebur128` filter, an independent implementation.
@Suite struct IndependentMeterTests {
    /// Runs ffmpeg's ebur128 filter on `url`; returns (integrated LUFS, loudness range LU, true peak dBTP).
    static func ffmpegLoudness(_ url: URL) throws -> (integrated: Double, range: Double, truePeak: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "ffmpeg", "-nostats", "-hide_banner", "-i", url.path, "-af", "ebur128=peak=true",
            "-f", "null", "-",
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // The summary comes last: "I: -23.0 LUFS", "LRA: 5.2 LU", "Peak: -1.3 dBFS".
        let summary = text.components(separatedBy: "Summary:").last ?? ""
        func value(after label: String) -> Double? {
            guard let range = summary.range(of: label) else { return nil }
            return Double(
                summary[range.upperBound...].trimmingCharacters(in: .whitespaces)
                    .prefix { "-+.0123456789".contains($0) }
            )
        }
        guard let integrated = value(after: "I:"), let range = value(after: "LRA:"), let peak = value(after: "Peak:")
        else {
            throw AudioError(.processing, path: url.path, reason: "ffmpeg printed no loudness summary:\n\(text)")
        }
        return (integrated, range, peak)
    }

    @Test(arguments: [(48_000, 2), (44_100, 1)])
    func integratedLoudnessAgreesWithFfmpegWithinTwoTenths(rate: Int, channels: Int) throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("take.wav")
        let samples = LoudnessBlocksTests.take(seed: 11, seconds: 30, rate: rate, channels: channels)
        try TestSignals.write(
            samples,
            to: url,
            settings: AudioFileSettings(
                format: .wav,
                sampleRate: rate,
                channels: channels,
                bitDepth: 24
            )
        )
        let ours = try AudioMeasurement.measure(url).loudness
        let theirs = try Self.ffmpegLoudness(url)
        #expect(abs(ours.integratedLUFS - theirs.integrated) <= 0.2)
        // ffmpeg takes short-term blocks every 100 ms, libebur128 every second (both allowed by Tech 3342), so on
        // programme material they differ by a few tenths; Tech 3342's own tolerance is ±1 LU.
        #expect(abs(ours.loudnessRangeLU - theirs.range) <= 1)
        #expect(abs(ours.truePeakDBTP - theirs.truePeak) <= 0.3)
    }

    @Test func limitedEpisodeStaysUnderTheCeilingForFfmpeg() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("limited.wav")
        // The episode limiter on programme material that needs up to 6 dB of limiting, read by ffmpeg's meter.
        let input = EpisodeLimiterCeilingTests.programme(seconds: 20, seed: 11)
        let output = EpisodeLimiterCeilingTests.limit(input, blockSizes: [16_384, 777]).output
        try TestSignals.write(
            output,
            to: url,
            settings: AudioFileSettings(
                format: .wav,
                sampleRate: 48_000,
                channels: 2,
                bitDepth: 24
            )
        )
        #expect(try Self.ffmpegLoudness(url).truePeak <= -1 + 0.1)
    }
}
