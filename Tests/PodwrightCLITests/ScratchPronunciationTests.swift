import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright scratch` says a word the way the producer wrote it, and renders again the takes a new pronunciation
/// changes (and only those).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng"), "needs espeak-ng"))
struct ScratchPronunciationTests {
    static func seconds(_ url: URL) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ffprobe")
        process.arguments = ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return try #require(Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), "\(url.path): \(text)")
    }

    @Test func aPronunciationChangesWhatTheScratchVoiceSays() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-scratch-say-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        let folder = EpisodeFolder(url)
        try SpeechFolder.saveFerryEpisode(SpeechFolder.segments, estimatedSeconds: 4, to: folder)
        let first = try PodwrightProcess.run(["scratch", url.path])
        #expect(first.status == 0, "\(first.standardError)")
        let take = folder.takes.appendingPathComponent("s1-p2.scratch.wav")
        let plain = try Self.seconds(take)
        let other = try Self.seconds(folder.takes.appendingPathComponent("s1-p3.scratch.wav"))
        // Said three times over: the take grows by well over a second, and only that take is rendered again.
        let long = Array(repeating: "T S UW1 R UW0 OW1 K AH0", count: 3).joined(separator: " ")
        try Data(#"{"pronunciations": {"Tsuruoka": "\#(long)"}}"#.utf8).write(to: folder.showConfiguration)
        let second = try PodwrightProcess.run(["scratch", url.path])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(
            second.standardError.contains("re-rendered 1 scratch takes whose text or voice changed: s1-p2"),
            "\(second.standardError)")
        let said = try Self.seconds(take)
        #expect(said > plain + 1, "\(plain) s → \(said) s")
        #expect(try Self.seconds(folder.takes.appendingPathComponent("s1-p3.scratch.wav")) == other)
        // The script's own table wins over show.json's.
        var script = try String(contentsOf: folder.script, encoding: .utf8)
        let table =
            "## Pronunciations <!-- pronunciations -->\n\n| word | say as |\n| --- | --- |\n| tsuruoka | T UW1 |\n\n"
        script = script.replacingOccurrences(of: "## The crossing", with: table + "## The crossing")
        try Data(script.utf8).write(to: folder.script)
        #expect(try PodwrightProcess.run(["check", url.path]).status == 0)
        #expect(try PodwrightProcess.run(["scratch", url.path]).status == 0)
        #expect(try Self.seconds(take) < plain, "“T UW” is shorter than “Tsuruoka”")
    }
}
