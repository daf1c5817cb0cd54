import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `[music NAME]` in the script: an unknown name stops `check` and `assemble` with its line; a known one plays
/// before its segment.
@Suite struct AssembleMusicCueTests {
    @Test func anUnknownCueIsAnErrorWithItsLineAndAKnownOnePlays() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(["s1-p1", "s1-p2"])
        var episode = try EpisodeStore.readManifest(fixture.folder)
        episode.segments[1].musicBefore = "chime"
        let script = ScriptRenderer.render(episode)
        try script.write(to: fixture.folder.script, atomically: true, encoding: .utf8)
        // The script is the producer's edit: older manifest, so every stage reads the script (file times can tie).
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: fixture.folder.manifest.path)
        let line =
            try #require(
                script.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "[music chime]" })
            + 1
        for name in ["s1-p1.wav", "s1-p2.wav"] { try fixture.writeTake(name, level: -16, seconds: 2) }

        let checked = try PodwrightProcess.run(["check", fixture.url.path])
        #expect(checked.status != 0)
        #expect(checked.standardError.contains("script.md:\(line): unknown music “chime”"), "\(checked.standardError)")
        let assembled = try fixture.assemble()
        #expect(assembled.status != 0)
        #expect(
            assembled.standardError.contains("script.md:\(line): unknown music “chime”"), "\(assembled.standardError)")
        #expect(fixture.contents("episode.wav") == nil)

        // Put a one-second chime in EP/stings: check passes and the chime plays before s1-p2.
        let stings = fixture.url.appendingPathComponent("stings", isDirectory: true)
        try FileManager.default.createDirectory(at: stings, withIntermediateDirectories: true)
        var chime = [Int16](repeating: 0, count: 48_000)
        for frame in chime.indices {
            chime[frame] = Int16(8000 * sin(2 * Double.pi * 1500 * Double(frame) / 48_000))
        }
        try AssembleFolder.wav(chime, sampleRate: 48_000).write(to: stings.appendingPathComponent("chime.wav"))
        #expect(try PodwrightProcess.run(["check", fixture.url.path]).status == 0)
        let played = try fixture.assemble()
        #expect(played.status == 0, "\(played.standardError)")
        let segments = try #require(try fixture.timing()["segments"] as? [[String: Any]])
        let firstEnd = try #require(segments[0]["endSample"] as? Int)
        let secondStart = try #require(segments[1]["startSample"] as? Int)
        // The gap holds the pause, the chime (1 s) and its lead-in: more than a second longer than a plain pause.
        #expect(secondStart - firstEnd > 48_000 + 48_000 / 4, "gap \(secondStart - firstEnd)")
    }
}
