import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright produce SHOW FOLDER`: ten short articles, one of them bad, made into a show's episodes with the
/// show's audio preset, then run again with nothing changed.
@Suite(
    .enabled(
        if: ShowFixture.toolsAvailable && FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng"),
        "ffmpeg, ImageMagick or espeak-ng is not installed (Scripts/setup installs them); skipped"))
struct ProduceCLITests {
    /// Places and what happened there: nine short news items of our own, each with a quote.
    static let stories = [
        ("Lanterns return to the canal", "Nell Ortiz", "the festival's organiser"),
        ("A bakery keeps the night shift", "Omar Haddad", "the head baker"),
        ("Ferry timetable moves with the tide", "Ines Costa", "a deckhand"),
        ("The library opens on Sundays", "Ruth Abara", "the chief librarian"),
        ("Bus drivers test an electric route", "Karl Jensen", "a driver of twenty years"),
        ("A school garden feeds the canteen", "Mei Tanaka", "the science teacher"),
        ("Harbour cranes get a fresh coat", "Tomas Novak", "the port engineer"),
        ("The old cinema shows silent films", "Ada Byrne", "the projectionist"),
        ("Cyclists count the new lanes", "Luis Ferreira", "a courier"),
    ]

    static func article(_ index: Int) -> String {
        let (title, name, role) = stories[index]
        return """
            \(title)

            By Sam Okoye

            The change came on a grey Monday, and by the end of the week most people in town had an opinion about \
            it. Some called it overdue; others said nobody had asked them.

            “We tried it for one week and people kept coming back,” said \(name), \(role). “That is the only test \
            that matters.”

            The council will look at the results in the spring.

            """
    }

    @Test func tenArticlesOneBadThenARerunThatRebuildsNothing() throws {
        let show = try ShowFixture.show(
            ShowFixture.showJSON(audio: ["format": "mp3", "mp3Bitrate": 48, "channels": 1, "pauseScale": 0.5]))
        defer { ShowFixture.remove(show) }
        let articles = show.url.deletingLastPathComponent().appendingPathComponent("\(show.url.lastPathComponent)-in")
        defer { try? FileManager.default.removeItem(at: articles) }
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for index in Self.stories.indices {
            try Self.article(index).write(
                to: articles.appendingPathComponent("story-\(index + 1).txt"), atomically: true, encoding: .utf8)
        }
        try Data().write(to: articles.appendingPathComponent("story-bad.txt"))

        let first = try PodwrightProcess.run(["produce", show.url.path, articles.path, "--jobs", "2"])
        #expect(first.status == 1, "\(first.standardError)")
        let errors = first.standardError.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1 && errors[0].contains("story-bad.txt") && errors[0].contains("is empty"), "\(errors)")
        let folders = show.episodes()
        #expect(folders.count == 9)
        let audio = folders.map { $0.episodeAudio(extension: "mp3") }
        #expect(audio.allSatisfy { FileManager.default.fileExists(atPath: $0.path) })
        let read = try ShowFixture.readFeed(show.feed)
        let episodes = try #require((read["podcastparser"] as? [String: Any])?["episodes"] as? [[String: Any]])
        #expect(episodes.count == 9)
        #expect((read["appleMissing"] as? [String]) == [])

        // The MP3's tag carries the show's artwork as a 1400-pixel JPEG (APIC), as ffprobe reads it.
        let probe = try ShowFixture.run(
            "/usr/bin/ffprobe",
            ["-v", "error", "-show_entries", "stream=codec_name,width,height", "-of", "csv=p=0", audio[0].path])
        #expect(probe.output.contains("mjpeg,1400,1400"), "\(probe.output)")
        #expect(probe.output.contains("mp3"))

        // Nothing changed: no stage runs again, no file is rewritten.
        let stamps = try (audio + [show.feed, show.page]).map { try Self.modified($0) }
        let second = try PodwrightProcess.run(["produce", show.url.path, articles.path, "--jobs", "2"])
        #expect(second.status == 1)
        #expect(
            second.standardOutput.components(separatedBy: ": up to date").count - 1 == 9, "\(second.standardOutput)")
        #expect(try (audio + [show.feed, show.page]).map { try Self.modified($0) } == stamps)

        // A flag overrides the preset for one run.
        let wav = try PodwrightProcess.run(["assemble", folders[0].url.path, "--format", "wav", "-q"])
        #expect(wav.status == 0, "\(wav.standardError)")
        #expect(FileManager.default.fileExists(atPath: folders[0].episodeAudio(extension: "wav").path))
    }

    /// A rerun rebuilds what a changed sting or changed show artwork reaches, and nothing when neither changed.
    @Test func aChangedStingOrArtworkRebuildsTheEpisode() throws {
        let show = try ShowFixture.show(
            ShowFixture.showJSON(audio: ["format": "mp3", "mp3Bitrate": 48, "channels": 1, "stings": "stings"]))
        defer { ShowFixture.remove(show) }
        let stings = show.url.appendingPathComponent("stings")
        try FileManager.default.createDirectory(at: stings, withIntermediateDirectories: true)
        let intro = stings.appendingPathComponent("intro.flac")
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent("Audio/Stings/intro.flac"), to: intro)
        let article = show.url.deletingLastPathComponent().appendingPathComponent("\(show.url.lastPathComponent).txt")
        defer { try? FileManager.default.removeItem(at: article) }
        try Self.article(0).write(to: article, atomically: true, encoding: .utf8)

        func produce() throws -> String {
            let result = try PodwrightProcess.run(["produce", show.url.path, article.path, "--jobs", "1", "--no-feed"])
            #expect(result.status == 0, "\(result.standardError)")
            return result.standardOutput
        }
        /// Writes a file again as it was, as a producer saving it after the build would.
        func touch(_ url: URL) throws { try Data(contentsOf: url).write(to: url) }
        #expect(try produce().contains(": script, scratch, assemble, notes"))
        #expect(try produce().contains(": up to date"))
        try touch(intro)
        #expect(try produce().contains(": scratch, assemble, notes"))
        try touch(show.url.appendingPathComponent("cover.png"))
        #expect(try produce().contains(": scratch, assemble, notes"))
        #expect(try produce().contains(": up to date"))
    }

    @Test func aWrongPresetKeyNamesShowJSON() throws {
        let show = try ShowFixture.show(ShowFixture.showJSON(audio: ["loudness": -16]))
        defer { ShowFixture.remove(show) }
        let episode = try ShowFixture.episode("ep-a", title: "The night ferry", date: "2026-11-29", in: show)
        let result = try PodwrightProcess.run(["assemble", episode.url.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("show.json: “audio” has no option “loudness”"), "\(result.standardError)")
        try ShowFixture.writeJSON(ShowFixture.showJSON(audio: ["format": "aiff"]), to: show.showFile)
        let wrong = try PodwrightProcess.run(["assemble", episode.url.path])
        #expect(wrong.status != 0)
        #expect(
            wrong.standardError.contains(
                "show.json: the audio preset is wrong: The value 'aiff' is invalid for '--format"),
            "\(wrong.standardError)")
        try ShowFixture.writeJSON(ShowFixture.showJSON(audio: ["stings": "Stingz"]), to: show.showFile)
        let missing = try PodwrightProcess.run(["assemble", episode.url.path])
        #expect(missing.status != 0)
        #expect(
            missing.standardError.contains("show.json: audio.stings names ")
                && missing.standardError.contains("Stingz, which does not exist"),
            "\(missing.standardError)")
    }

    @Test func scriptTakesAFolderLikeExtract() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "podwright-script-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let articles = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for index in 0..<2 {
            try Self.article(index).write(
                to: articles.appendingPathComponent("story-\(index + 1).txt"), atomically: true, encoding: .utf8)
        }
        let result = try PodwrightProcess.run(["script", articles.path, "-o", root.appendingPathComponent("show").path])
        #expect(result.status == 0, "\(result.standardError)")
        for name in ["story-1", "story-2"] {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("show/\(name)/script.md").path))
        }
        // Again: the scripts exist and may hold hand edits, so each is refused and none replaced.
        let again = try PodwrightProcess.run(["script", articles.path, "-o", root.appendingPathComponent("show").path])
        #expect(again.status != 0)
        #expect(again.standardError.components(separatedBy: "already exists").count - 1 == 2)
    }

    static func modified(_ url: URL) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date)
    }
}
