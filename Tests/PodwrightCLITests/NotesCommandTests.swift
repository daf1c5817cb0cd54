import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright notes EP` run as a producer would, on an episode folder in a temporary directory.
@Suite struct NotesCommandTests {
    /// A folder with the fixture episode and a stand-in audio file (the command never decodes it).
    func episodeFolder() throws -> URL {
        let url = try NotesFixture.episodeFolder(audio: false)
        try Data(repeating: 0xAB, count: 12_345).write(to: EpisodeFolder(url).episodeAudio(extension: "mp3"))
        return url
    }

    @Test func writesEveryFileAndTheAudioBesideThePage() throws {
        let episode = try episodeFolder()
        defer { NotesFixture.remove(episode) }
        let result = try PodwrightProcess.run([
            "notes", episode.path, "--base-url", "https://example.org/ep12", "--pub-date", "2026-11-29T06:00:00Z",
            "--episode-type", "bonus",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let notes = EpisodeFolder(episode).notes
        for name in NotesWriter.fileNames + ["episode.mp3"] {
            #expect(FileManager.default.fileExists(atPath: notes.appendingPathComponent(name).path), "\(name)")
            #expect(result.standardOutput.contains(name))
        }
        #expect(result.standardOutput.contains("open "))
        #expect(try Data(contentsOf: notes.appendingPathComponent("episode.mp3")).count == 12_345)
        let rss = try String(contentsOf: notes.appendingPathComponent("rss-item.xml"), encoding: .utf8)
        #expect(
            rss.contains(
                "<enclosure url=\"https://example.org/ep12/episode.mp3\" length=\"12345\" type=\"audio/mpeg\"/>"))
        #expect(rss.contains("<itunes:episodeType>bonus</itunes:episodeType>"))
        #expect(rss.contains("<pubDate>Sun, 29 Nov 2026 06:00:00 +0000</pubDate>"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: notes.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test func runningAgainReplacesEverythingAndLeavesNoTemporaryFiles() throws {
        let episode = try episodeFolder()
        defer { NotesFixture.remove(episode) }
        for _ in 0..<2 { #expect(try PodwrightProcess.run(["notes", episode.path, "-q"]).status == 0) }
        let notes = EpisodeFolder(episode).notes
        let names = try FileManager.default.contentsOfDirectory(atPath: notes.path).sorted()
        #expect(names == (NotesWriter.fileNames + ["episode.mp3"]).sorted())
    }

    @Test func missingTimingSaysToAssembleAndWritesNothing() throws {
        let episode = try episodeFolder()
        defer { NotesFixture.remove(episode) }
        let folder = EpisodeFolder(episode)
        try FileManager.default.removeItem(at: folder.timing)
        let result = try PodwrightProcess.run(["notes", episode.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("timing.json does not exist"))
        #expect(result.standardError.contains("Run podwright assemble \(episode.path)"))
        #expect(result.standardError.split(separator: "\n").count == 1, "one line: \(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.notes.path))
    }

    @Test func staleTimingNamesTheSegmentsAndWritesNothing() throws {
        let episode = try episodeFolder()
        defer { NotesFixture.remove(episode) }
        let folder = EpisodeFolder(episode)
        var timeline = try JSONDecoder().decode(Timeline.self, from: Data(contentsOf: folder.timing))
        timeline.segments[3].id = "s1-p9"
        try JSONEncoder().encode(timeline).write(to: folder.timing)
        let result = try PodwrightProcess.run(["notes", episode.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("stale") && result.standardError.contains("s1-p9"))
        #expect(result.standardError.contains("s1-p2"))
        #expect(result.standardError.contains("Run podwright assemble"))
        #expect(!FileManager.default.fileExists(atPath: folder.notes.path))
    }

    @Test func missingAudioSaysToAssemble() throws {
        let episode = try NotesFixture.episodeFolder(audio: false)
        defer { NotesFixture.remove(episode) }
        let result = try PodwrightProcess.run(["notes", episode.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("episode.mp3 does not exist"))
    }

    @Test(arguments: [
        (["--episode-type", "special"], "--episode-type"), (["--pub-date", "yesterday"], "--pub-date"),
        (["--base-url", "example.org"], "--base-url"),
    ])
    func badArgumentsAreRefused(_ arguments: [String], _ mentioned: String) throws {
        let episode = try episodeFolder()
        defer { NotesFixture.remove(episode) }
        let result = try PodwrightProcess.run(["notes", episode.path] + arguments)
        #expect(result.status != 0)
        #expect(result.standardError.contains(mentioned))
        #expect(!FileManager.default.fileExists(atPath: EpisodeFolder(episode).notes.path))
    }

    @Test func withoutABaseURLTheItemIsRelativeAndSaysSo() throws {
        let episode = try episodeFolder()
        defer { NotesFixture.remove(episode) }
        let result = try PodwrightProcess.run(["notes", episode.path, "--pub-date", "2026-11-29"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("relative URLs"))
        let rss = try String(
            contentsOf: EpisodeFolder(episode).notes.appendingPathComponent("rss-item.xml"), encoding: .utf8)
        #expect(rss.contains("<enclosure url=\"episode.mp3\""))
    }
}
