import Foundation
import PodwrightCore
import Testing

@Suite struct EpisodeStoreTests {
    static func temporaryFolder() throws -> EpisodeFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return EpisodeFolder(url)
    }

    static func setModified(_ url: URL, secondsAgo: Double) throws {
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-secondsAgo)],
            ofItemAtPath: url.path)
    }

    @Test func saveWritesEveryFileAndLoadReadsItBack() throws {
        let folder = try Self.temporaryFolder()
        let article = SegmenterTests.article()
        let episode = Segmenter().episode(from: article, quotes: try SegmenterTests.analysis(article))
        try EpisodeStore.save(episode, articleBody: article.body, to: folder)
        #expect(try String(contentsOf: folder.articleText, encoding: .utf8) == article.body)
        #expect(try EpisodeStore.load(folder) == episode)
        #expect(try EpisodeStore.readManifest(folder) == episode)
        #expect(try String(contentsOf: folder.script, encoding: .utf8) == ScriptRenderer.render(episode))
        let sheet = try String(contentsOf: folder.recordingSheet, encoding: .utf8)
        #expect(sheet.contains("`takes/s1-p1a.wav`"))
        let manifest = try String(contentsOf: folder.manifest, encoding: .utf8)
        #expect(manifest.contains("\n  \"authors\" : ["))
        #expect(EpisodeStore.manifestData(episode) == EpisodeStore.manifestData(episode))
        let contents = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!contents.contains { $0.hasSuffix(".tmp") }, "no temporary files left behind")
    }

    /// The show's pronunciations outlive an edit of the script, and a show.json beside the episode gives them now.
    @Test func showPronunciationsSurviveEditsAndFollowTheShowFile() throws {
        let folder = try Self.temporaryFolder()
        var episode = try ScriptFormatTests.episode()
        episode.show.pronunciations = ["Tsuruoka": "T S UH R UW OW K AH"]
        try EpisodeStore.save(episode, articleBody: nil, to: folder)
        var edited = try String(contentsOf: folder.script, encoding: .utf8)
        edited = edited.replacingOccurrences(of: "\nhe said.\n", with: "\nhe said, firmly.\n")
        try Data(edited.utf8).write(to: folder.script)
        try Self.setModified(folder.manifest, secondsAgo: 60)
        #expect(try EpisodeStore.load(folder).pronunciationOverrides == ["tsuruoka": "T S UH R UW OW K AH"])
        try Data(#"{"pronunciations": {"Kono": "KOH-no"}}"#.utf8).write(to: folder.showConfiguration)
        #expect(try EpisodeStore.load(folder).pronunciationOverrides == ["kono": "KOH-no"])
        try Self.setModified(folder.script, secondsAgo: 120)
        #expect(try EpisodeStore.load(folder).pronunciationOverrides == ["kono": "KOH-no"], "from episode.json too")
        try Data(#"{"pronunciations": ["Kono"]}"#.utf8).write(to: folder.showConfiguration)
        #expect {
            try EpisodeStore.load(folder)
        } throws: { error in
            "\(error)".contains(folder.showConfiguration.path) && "\(error)".contains("pronunciations")
                && "\(error)".contains("should be an object") && !"\(error)".contains("Dictionary<")
        }
    }

    @Test func loadPrefersTheNewerScript() throws {
        let folder = try Self.temporaryFolder()
        let episode = try ScriptFormatTests.episode()
        try EpisodeStore.save(episode, articleBody: nil, to: folder)
        var edited = try String(contentsOf: folder.script, encoding: .utf8)
        edited = edited.replacingOccurrences(of: "\nhe said.\n", with: "\nhe said, firmly.\n")
        try Data(edited.utf8).write(to: folder.script)
        try Self.setModified(folder.manifest, secondsAgo: 60)
        #expect(try EpisodeStore.load(folder).segments.first { $0.id == "s1-p2b" }?.text == "he said, firmly.")
        try Self.setModified(folder.script, secondsAgo: 120)
        #expect(try EpisodeStore.load(folder).segments.first { $0.id == "s1-p2b" }?.text == "he said.")
        try FileManager.default.removeItem(at: folder.manifest)
        #expect(try EpisodeStore.load(folder).segments.first { $0.id == "s1-p2b" }?.text == "he said, firmly.")
    }

    @Test func loadReportsScriptErrorsAndMissingFiles() throws {
        let folder = try Self.temporaryFolder()
        #expect(throws: EpisodeStoreError.missing(folder.url.path)) { try EpisodeStore.load(folder) }
        try Data(
            "# T\n\n## Speakers <!-- speakers -->\n\n| id | name | role |\n| - | - | - |\n| narrator | N | narrator |\n\n## S\n\n**X**\n\nHi.\n"
                .utf8
        )
        .write(to: folder.script)
        let result = Result { () throws(EpisodeStoreError) -> Episode in try EpisodeStore.load(folder) }
        guard case .failure(let error) = result, case .scriptProblems(let problems) = error else {
            Issue.record("a script with an unknown speaker loaded: \(result)")
            return
        }
        #expect(problems.map(\.line) == [11])
    }

    @Test func backupsNeverOverwriteEachOther() throws {
        let folder = try Self.temporaryFolder()
        #expect(try EpisodeStore.backUpScript(in: folder) == nil)
        try Data("first".utf8).write(to: folder.script)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try #require(try EpisodeStore.backUpScript(in: folder, at: date))
        let second = try #require(try EpisodeStore.backUpScript(in: folder, at: date))
        #expect(first.lastPathComponent == "script.md.bak-20270115T080000Z")
        #expect(second.lastPathComponent == "script.md.bak-20270115T080000Z-2")
        #expect(try String(contentsOf: second, encoding: .utf8) == "first")
    }

    @Test(arguments: ["\n", "\r\n"])
    func stampingWritesFreshIdsIntoTheirCuesOnly(ending: String) {
        let lines = [
            "# T", "", "## S <!-- section s1 -->", "", "**NARRATOR** · `s1-p1` <!-- narration narrator -->",
            "Hello.", "", "**Ann:**", "New words.", "", "**NARRATOR** <!-- narration narrator -->", "More.",
        ]
        let text = lines.joined(separator: ending)
        let stamped = ScriptStamper.stamp([.init(line: 8, id: "s1-n1"), .init(line: 11, id: "s1-n2")], into: text)
        var expected = lines
        expected[7] = "**Ann:** · `s1-n1`"
        expected[10] = "**NARRATOR** · `s1-n2` <!-- narration narrator -->"
        #expect(stamped == expected.joined(separator: ending))
    }

    @Test func showConfigurationKeepsDefaultsForMissingKeys() throws {
        let folder = try Self.temporaryFolder()
        #expect(try ShowConfiguration.load(for: folder) == ShowConfiguration())
        try Data(#"{"name": "Morning Read", "wordsPerMinute": 170, "voices": {"narrator": "Sam"}}"#.utf8)
            .write(to: folder.showConfiguration)
        let show = try ShowConfiguration.load(for: folder)
        #expect(show.name == "Morning Read")
        #expect(show.wordsPerMinute == 170)
        #expect(show.voices == ["narrator": "Sam"])
        #expect(show.introTemplate == ShowConfiguration().introTemplate)
        try Data(#"{"wordsPerMinute": "fast"}"#.utf8).write(to: folder.showConfiguration)
        #expect(throws: ShowConfigurationError.self) { try ShowConfiguration.load(for: folder) }
    }
}
