import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// A show folder for the feed tests: `show.json`, artwork drawn by ImageMagick, and episode folders made from the
/// Core tests' fixture episode (retitled, so each has its own guid) with an MP3 of tones from ffmpeg.
enum ShowFixture {
    static var toolsAvailable: Bool {
        ["/usr/bin/ffmpeg", "/usr/bin/ffprobe", "/usr/bin/convert", "/usr/bin/identify"].allSatisfy {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
    static let toolsMessage: Comment = "ffmpeg or ImageMagick is not installed (Scripts/setup installs them); skipped"

    /// What `show.json` says unless a test changes it: everything Apple and Spotify require.
    static func showJSON(
        title: String = "Harbour Lines", artwork: String = "cover.png", audio: [String: Any]? = nil
    ) -> [String: Any] {
        var show: [String: Any] = [
            "name": "Harbour Lines", "title": title, "description": "Narrated stories from the coast, read aloud.",
            "author": "The Harbour Desk", "ownerName": "Ana Lopes", "ownerEmail": "ana@example.org",
            "language": "en", "categories": ["News/Daily News", "Society & Culture"], "explicit": false,
            "artwork": artwork, "baseURL": "https://example.org/harbour/",
            "guid": "1b6c2b6e-5f7a-4c1e-9a55-2d3c4b5a6f70", "producers": ["Priya Nair"], "narratorName": "Alex Reed",
        ]
        if let audio { show["audio"] = audio }
        return show
    }

    /// A new show folder in a temporary directory, with `cover.png` of `side`×`side` (or `width`×`height`).
    static func show(_ json: [String: Any] = showJSON(), width: Int = 3200, height: Int = 3200) throws -> ShowFolder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try writeJSON(json, to: root.appendingPathComponent("show.json"))
        try image(width: width, height: height, to: root.appendingPathComponent("cover.png"))
        return ShowFolder(root)
    }

    static func writeJSON(_ json: [String: Any], to url: URL) throws {
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    /// An episode folder `name` in the show: the fixture episode titled `title`, published on `date`.
    @discardableResult
    static func episode(
        _ name: String, title: String, date: String, in show: ShowFolder, image: String? = nil
    ) throws -> EpisodeFolder {
        let folder = EpisodeFolder(show.url.appendingPathComponent(name, isDirectory: true))
        try FileManager.default.createDirectory(at: folder.build, withIntermediateDirectories: true)
        var episode = try JSONDecoder().decode(
            Episode.self, from: Data(contentsOf: NotesFixture.fixtures.appendingPathComponent("episode.json")))
        episode.title = title
        episode.image = image
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(episode).write(to: folder.manifest)
        try FileManager.default.copyItem(
            at: NotesFixture.fixtures.appendingPathComponent("timing.json"), to: folder.timing)
        try FileManager.default.copyItem(
            at: NotesFixture.fixtures.appendingPathComponent("peaks.json"), to: folder.peaks)
        let timeline = try JSONDecoder().decode(Timeline.self, from: Data(contentsOf: folder.timing))
        try NotesFixture.tones(seconds: timeline.durationSeconds, to: folder.episodeAudio(extension: "mp3"))
        let when = try #require(NotesWriter.parseDate(date))
        try PublicationRecord(guid: "harbour-lines-\(name)", pubDate: when).save(in: folder)
        return folder
    }

    /// A gradient image by ImageMagick's `convert`.
    static func image(width: Int, height: Int, to url: URL) throws {
        let result = try run("/usr/bin/convert", ["-size", "\(width)x\(height)", "gradient:navy-orange", url.path])
        try #require(result.status == 0, "convert could not draw the artwork: \(result.output)")
    }

    /// Runs a tool and returns its status and standard output (standard error appended).
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `identify -format '%m %w %h'`: the type and size ImageMagick reads in a file.
    static func identify(_ url: URL) throws -> String {
        try run("/usr/bin/identify", ["-format", "%m %w %h", url.path]).output
    }

    /// The feed read by gPodder's podcastparser and by feedparser (Tests/PodwrightCLITests/Readers/read-feed.py).
    static func readFeed(_ feed: URL) throws -> [String: Any] {
        let script = PodwrightProcess.repositoryRoot.appendingPathComponent(
            "Tests/PodwrightCLITests/Readers/read-feed.py")
        let result = try run("/usr/bin/env", ["python3", script.path, feed.path])
        try #require(result.status == 0, "the feed readers failed: \(result.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    static func remove(_ show: ShowFolder) {
        try? FileManager.default.removeItem(at: show.url)
    }
}
