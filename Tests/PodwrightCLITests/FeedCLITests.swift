import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright feed SHOW`, read back by podcastparser, feedparser and ImageMagick.
@Suite(.enabled(if: ShowFixture.toolsAvailable, ShowFixture.toolsMessage))
struct FeedCLITests {
    static let hostile = "<script>alert(1)</script> Fish & \"Chips\" ]]> at £3"

    @Test func theFeedIsReadBackByReadersWeDidNotWrite() throws {
        let show = try ShowFixture.show(ShowFixture.showJSON(title: "Harbour <Lines> & \"Tides\""))
        defer { ShowFixture.remove(show) }
        try ShowFixture.episode("ep-a", title: Self.hostile, date: "2026-11-01T06:00:00Z", in: show)
        try ShowFixture.episode(
            "ep-b", title: "The tide tables", date: "2026-11-15T06:00:00Z", in: show, image: "article.png")
        try ShowFixture.image(width: 2000, height: 1500, to: show.url.appendingPathComponent("ep-b/article.png"))
        try ShowFixture.episode("ep-c", title: "The night ferry", date: "2026-11-29T06:00:00Z", in: show)
        let draft = EpisodeFolder(show.url.appendingPathComponent("draft"))
        try FileManager.default.createDirectory(at: draft.url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: NotesFixture.fixtures.appendingPathComponent("episode.json"), to: draft.manifest)

        let result = try PodwrightProcess.run(["feed", show.url.path])
        try #require(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("skipped draft: not assembled yet"))
        let read = try ShowFixture.readFeed(show.feed)

        let podcast = try #require(read["podcastparser"] as? [String: Any])
        #expect(podcast["title"] as? String == "Harbour <Lines> & \"Tides\"")
        #expect(podcast["cover"] as? String == "https://example.org/harbour/artwork.png")
        let episodes = try #require(podcast["episodes"] as? [[String: Any]])
        #expect(
            episodes.map { $0["guid"] as? String } == [
                "harbour-lines-ep-c", "harbour-lines-ep-b", "harbour-lines-ep-a",
            ])
        #expect(episodes.last?["title"] as? String == Self.hostile)
        let timeline = try JSONDecoder().decode(
            Timeline.self, from: Data(contentsOf: NotesFixture.fixtures.appendingPathComponent("timing.json")))
        for (episode, name) in zip(episodes, ["ep-c", "ep-b", "ep-a"]) {
            #expect(episode["duration"] as? Int == Int(timeline.durationSeconds.rounded()))
            let audio = show.publicFolder.appendingPathComponent("\(name)/episode.mp3")
            let size = try #require(try FileManager.default.attributesOfItem(atPath: audio.path)[.size] as? Int)
            let built = EpisodeFolder(show.url.appendingPathComponent(name)).episodeAudio(extension: "mp3")
            #expect(size == (try FileManager.default.attributesOfItem(atPath: built.path)[.size] as? Int))
            let enclosure = try #require((episode["enclosures"] as? [[String: Any]])?.first)
            #expect(enclosure["url"] as? String == "https://example.org/harbour/\(name)/episode.mp3")
            #expect(enclosure["file_size"] as? Int == size)
            #expect(enclosure["mime_type"] as? String == "audio/mpeg")
            // The inline chapters podcastparser reads are chapters.json's, title for title and start for start (it
            // keeps whole seconds).
            let chapters = try #require(episode["chapters"] as? [[String: Any]])
            let json = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: show.publicFolder.appendingPathComponent("\(name)/chapters.json")))
                    as? [String: Any])
            let written = try #require(json["chapters"] as? [[String: Any]])
            #expect(chapters.map { $0["title"] as? String } == written.map { $0["title"] as? String })
            #expect(
                zip(chapters, written).allSatisfy { read, wrote in
                    Self.seconds(read["start"]) == ((wrote["startTime"] as? Double) ?? -9).rounded(.down)
                })
        }
        #expect(
            read["chapters"] as? [String]
                == ["ep-c", "ep-b", "ep-a"].map { "https://example.org/harbour/\($0)/chapters.json" })

        let feedparser = try #require(read["feedparser"] as? [String: Any])
        #expect(feedparser["bozo"] as? Bool == false, "\(feedparser["bozoException"] ?? "")")
        let entries = try #require(feedparser["entries"] as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == episodes.map { $0["guid"] as? String })
        #expect(entries.last?["title"] as? String == Self.hostile)
        #expect(
            entries.map { $0["duration"] as? String }
                == Array(repeating: "\(Int(timeline.durationSeconds.rounded()))", count: 3))
        #expect((read["appleMissing"] as? [String]) == [], "\(read["appleMissing"] ?? "")")

        // The makers are credited; nobody quoted is a guest.
        let people = try #require(read["people"] as? [[[String?]]])
        #expect(people.allSatisfy { item in item.allSatisfy { $0[1] != "guest" } })
        #expect(people[0].contains(["creative direction", "producer", "Priya Nair"]))

        // Artwork: the show's scaled to 3000, the episode's own image cropped square; others carry the show's.
        #expect(try ShowFixture.identify(show.publicFolder.appendingPathComponent("artwork.png")) == "PNG 3000 3000")
        #expect(
            try ShowFixture.identify(show.publicFolder.appendingPathComponent("ep-b/artwork.png")) == "PNG 1500 1500")
        #expect(
            try ShowFixture.identify(show.publicFolder.appendingPathComponent("ep-c/artwork.png")) == "PNG 3000 3000")
        #expect(entries[1]["image"] as? String == "https://example.org/harbour/ep-b/artwork.png")

        // Nothing changed: nothing is written again.
        let before = try FileManager.default.attributesOfItem(atPath: show.feed.path)[.modificationDate] as? Date
        let feed = try String(contentsOf: show.feed, encoding: .utf8)
        #expect(try PodwrightProcess.run(["feed", show.url.path, "-q"]).status == 0)
        #expect(try String(contentsOf: show.feed, encoding: .utf8) == feed)
        #expect(try FileManager.default.attributesOfItem(atPath: show.feed.path)[.modificationDate] as? Date == before)

        // An episode taken out of the show leaves public/ too.
        try FileManager.default.removeItem(at: show.url.appendingPathComponent("ep-a"))
        #expect(try PodwrightProcess.run(["feed", show.url.path, "-q"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: show.publicFolder.appendingPathComponent("ep-a").path))
    }

    @Test func theFeedRefusesWhatAppleAndSpotifyRejectAndWritesNothing() throws {
        var json = ShowFixture.showJSON()
        json["ownerEmail"] = nil
        json["explicit"] = nil
        json["categories"] = ["Cooking"]
        let show = try ShowFixture.show(json, width: 1600, height: 1200)
        defer { ShowFixture.remove(show) }
        let episode = try ShowFixture.episode("ep-a", title: "The night ferry", date: "2026-11-29", in: show)
        try FileManager.default.moveItem(
            at: episode.episodeAudio(extension: "mp3"), to: episode.episodeAudio(extension: "wav"))
        var timing = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: episode.timing)) as? [String: Any])
        timing["file"] = "episode.wav"
        try ShowFixture.writeJSON(timing, to: episode.timing)

        let result = try PodwrightProcess.run(["feed", show.url.path])
        #expect(result.status != 0)
        for expected in [
            "ownerEmail", "“Cooking” is not one of Apple's categories", "\"explicit\"",
            "1600×1200: the artwork must be square", "WAV",
        ] {
            #expect(result.standardError.contains(expected), "\(expected) in \(result.standardError)")
        }
        #expect(result.standardError.contains("the feed was not written"))
        #expect(!FileManager.default.fileExists(atPath: show.publicFolder.path))
    }

    /// `00:01:02.500` or seconds, as podcastparser gives chapter starts.
    static func seconds(_ value: Any?) -> Double {
        if let number = value as? Double { return number }
        if let number = value as? Int { return Double(number) }
        guard let text = value as? String else { return -1 }
        return text.split(separator: ":").reduce(0) { $0 * 60 + (Double($1) ?? 0) }
    }
}
