import Foundation
import PodwrightTestSupport
import Testing

@Suite struct MeasureCommandTests {
    /// A 16-bit PCM WAV written byte by byte (independent of the code under test): a 1 kHz sine, every channel alike.
    static func writeTone(to url: URL, seconds: Double, peakDBFS: Double, rate: Int = 48_000, channels: Int = 2) throws
    {
        let samples = TestSignals.sine(
            frequency: 1000, amplitude: TestSignals.amplitude(dBFS: peakDBFS), seconds: seconds, sampleRate: rate,
            channels: channels)
        try TestSignals.wav16(samples, sampleRate: rate, channels: channels).write(to: url)
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "podwright-measure-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func jsonReportsLoudnessPeaksDurationAndFormat() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tone.wav")
        try Self.writeTone(to: url, seconds: 10, peakDBFS: -23)
        let result = try PodwrightProcess.run(["measure", "--json", url.path])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        )
        #expect(abs((object["integratedLUFS"] as? Double ?? 0) + 23) <= 0.1)
        #expect(abs((object["truePeakDBTP"] as? Double ?? 0) + 23) <= 0.1)
        #expect(abs((object["samplePeakDBFS"] as? Double ?? 0) + 23) <= 0.1)
        #expect((object["loudnessRangeLU"] as? Double ?? -1) <= 0.1)
        #expect(object["durationSeconds"] as? Double == 10)
        #expect(object["sampleRate"] as? Int == 48_000)
        #expect(object["channels"] as? Int == 2)
        #expect(object["format"] as? String == "WAV 16-bit, 48 kHz, stereo")
        #expect(object["file"] as? String == url.path)
    }

    @Test func severalFilesGiveAnArrayAndTextHasOneBlockEach() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loud = folder.appendingPathComponent("loud.wav")
        let quiet = folder.appendingPathComponent("quiet.wav")
        try Self.writeTone(to: loud, seconds: 4, peakDBFS: -10, channels: 1)
        try Self.writeTone(to: quiet, seconds: 4, peakDBFS: -30, channels: 1)
        let json = try PodwrightProcess.run(["measure", "--json", loud.path, quiet.path])
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        )
        #expect(array.count == 2)
        let levels = array.compactMap { $0["integratedLUFS"] as? Double }
        #expect(levels.count == 2 && abs(levels[0] - levels[1] - 20) < 0.1)
        let text = try PodwrightProcess.run(["measure", loud.path, quiet.path])
        #expect(text.status == 0)
        #expect(text.standardOutput.components(separatedBy: "integrated loudness").count == 3)
        #expect(text.standardOutput.contains("WAV 16-bit, 48 kHz, mono, 0:04.000"))
    }

    @Test func notAudioFailsWithOneLineNamingTheFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("script.wav")
        try Data("# Episode 4\n\nHost: Good morning.\n".utf8).write(to: url)
        let result = try PodwrightProcess.run(["measure", url.path])
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(result.standardError.contains(url.path) && result.standardError.contains("not an audio file"))
    }
}
