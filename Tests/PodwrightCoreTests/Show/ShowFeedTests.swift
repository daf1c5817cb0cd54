import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightCore

/// The show's `show.json`, its feed and page as text, and the requirement checks, without the command line.
@Suite struct ShowFeedTests {
    static let show = Show(
        configuration: ShowConfiguration(name: "Harbour Lines", narratorName: "Alex Reed"),
        description: "Narrated stories from the coast.", author: "The Harbour Desk", ownerName: "Ana Lopes",
        ownerEmail: "ana@example.org", categories: ["News/Daily News", "Society & Culture"], explicit: false,
        artwork: "cover.png", baseURL: "https://example.org/harbour/", guid: "1b6c2b6e-5f7a-4c1e-9a55-2d3c4b5a6f70",
        producers: ["Priya Nair"])
    static let artwork = Artwork(
        url: URL(fileURLWithPath: "/tmp/artwork.jpg"), width: 3000, height: 3000, format: "JPEG")

    func notes(_ day: Int, title: String) throws -> EpisodeNotes {
        var notes = try ExportFixture.notes(
            episode: ExportFixture.episode(title: title), baseURL: "https://example.org/harbour/ep\(day)/")
        notes.publication.date = ExportFixture.date.addingTimeInterval(Double(day) * 86_400)
        notes.publication.image = "artwork.jpg"
        notes.publication.producers = ["Priya Nair"]
        notes.publication.explicit = false
        return notes
    }

    @Test func feedMatchesGolden() throws {
        let items = [try notes(1, title: "Older & wiser"), try notes(2, title: "Newer <b>news</b>")]
        let feed = FeedDocument.render(show: Self.show, artwork: "artwork.jpg", items: items)
        try Golden.check(feed, named: "Export/golden/feed.xml")
        // Well-formed to a parser we did not write; newest first.
        let document = try XMLReader.read(feed)
        #expect(document["root"] as? String == "rss" && XMLReader.elements(document, named: "channel").count == 1)
        let newer = try #require(feed.range(of: "Newer &lt;b&gt;news&lt;/b&gt;"))
        let older = try #require(feed.range(of: "Older &amp; wiser"))
        #expect(newer.lowerBound < older.lowerBound)
    }

    @Test func showPageMatchesGolden() throws {
        let entries = [
            ShowPage.Entry(notes: try notes(1, title: "Older & wiser"), folder: "ep1"),
            ShowPage.Entry(notes: try notes(2, title: "Newer <b>news</b>"), folder: "ep 2"),
        ]
        let page = ShowPage.render(show: Self.show, artwork: "artwork.jpg", entries: entries)
        try Golden.check(page, named: "Export/golden/show-index.html")
        #expect(page.contains("href=\"ep%202/index.html\"") && !page.contains("<b>news</b>"))
    }

    @Test func aCompleteShowHasNoProblems() {
        #expect(FeedRequirements.check(show: Self.show, file: "show.json", artwork: Self.artwork).isEmpty)
    }

    @Test(
        arguments: [
            ("ownerEmail", "owner e-mail"), ("categories", "no category"), ("explicit", "\"explicit\""),
            ("guid", "\"guid\""), ("baseURL", "\"baseURL\""), ("description", "no description"),
        ])
    func eachMissingKeyIsNamed(_ key: String, _ expected: String) {
        var show = Self.show
        switch key {
        case "ownerEmail": show.ownerEmail = "not an address"
        case "categories": show.categories = []
        case "explicit": show.explicit = nil
        case "guid": show.guid = "harbour"
        case "baseURL": show.baseURL = "example.org/harbour"
        default: show.description = " "
        }
        let problems = FeedRequirements.check(show: show, file: "show.json", artwork: Self.artwork)
        #expect(problems.count == 1 && problems[0].description.contains(expected), "\(problems)")
    }

    @Test(
        arguments: [
            ("PNG", 1400, 1400, nil), ("JPEG", 1600, 1500, "must be square"), ("JPEG", 1000, 1000, "at least 1400"),
            ("WEBP", 2000, 2000, "JPEG or PNG"),
        ] as [(String, Int, Int, String?)])
    func artworkRules(_ format: String, _ width: Int, _ height: Int, _ expected: String?) {
        let artwork = Artwork(url: URL(fileURLWithPath: "/tmp/a"), width: width, height: height, format: format)
        let problems = FeedRequirements.check(show: Self.show, file: "show.json", artwork: artwork)
        if let expected {
            #expect(problems.count == 1 && problems[0].reason.contains(expected), "\(problems)")
        } else {
            #expect(problems.isEmpty)
        }
    }

    @Test(arguments: [
        ("News", true), ("News/Politics", true), ("Technology", true), ("News/Cooking", false), ("Cooking", false),
    ])
    func categoriesComeFromApplesList(_ category: String, _ known: Bool) {
        #expect((AppleCategories.parse(category) != nil) == known)
    }

    @Test func episodeFoldersAreNamedAfterTheirArticlesOnce() {
        #expect(
            EpisodeNaming.folderNames(for: [
                "in/Night Ferry.html", "in/b/night-ferry.txt", "https://example.org/news/tide-tables?x=1",
                "in/public.md",
            ]) == ["night-ferry", "night-ferry-2", "tide-tables", "episode-public"])
    }

    @Test func showJSONReadsEveryKeyAndKeepsTheEpisodeKeys() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("show-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(
            """
            {"name": "Harbour Lines", "narratorName": "Alex Reed", "description": "D", "ownerEmail": "a@b.org",
             "categories": ["News"], "explicit": true, "guid": "g", "producers": ["P"],
             "audio": {"format": "mp3", "lufs": -18, "noCache": true}}
            """.utf8
        ).write(to: url)
        let show = try Show.load(from: url)
        #expect(show.title == "Harbour Lines" && show.configuration.narratorName == "Alex Reed")
        #expect(show.explicit == true && show.language == "en" && show.producers == ["P"])
        #expect(show.audio == ["format": .string("mp3"), "lufs": .number(-18), "noCache": .bool(true)])
        try Data(#"{"categories": "News"}"#.utf8).write(to: url)
        #expect(throws: ShowConfigurationError.self) { try Show.load(from: url) }
    }
}
