import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// End-to-end runs of `podwright script` and `podwright check` on real files, editing script.md as a producer would.
@Suite struct ScriptCommandTests {
    static let sample = Repository.sharedSample
        .standardizedFileURL
    static let bundledSample = PodwrightProcess.repositoryRoot.appendingPathComponent("Audio/Sample/article.html")

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func manifest(_ folder: URL) throws -> Episode {
        try JSONDecoder().decode(Episode.self, from: Data(contentsOf: EpisodeFolder(folder).manifest))
    }

    static func script(_ folder: URL) throws -> String {
        try String(contentsOf: EpisodeFolder(folder).script, encoding: .utf8)
    }

    static func write(_ text: String, scriptOf folder: URL) throws {
        try Data(text.utf8).write(to: EpisodeFolder(folder).script)
    }

    /// The sample article becomes an episode folder whose manifest has the article's structure.
    @Test(.enabled(if: Repository.hasShared, Repository.sharedSkipMessage)) func scriptWritesTheEpisodeFolder() throws {
        let folder = try Self.temporaryFolder().appendingPathComponent("ep")
        let result = try PodwrightProcess.run(["script", Self.sample.path, "-o", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let episode = try Self.manifest(folder)
        // The summary counts the speakers episode.json lists, the narrator included.
        let quoted = episode.speakers.filter { $0.role != .narrator }.count
        #expect(episode.speakers.count == quoted + 1)
        #expect(
            result.standardOutput.contains(
                "script.md: \(episode.segments.count) segments, \(quoted) quoted speakers and the narrator, "))
        #expect(episode.title == "Trusting Kim and Trump is Like Believing the Impossible")
        #expect(episode.authors == ["Duncan Bartlett"])
        // The opening paragraphs belong to the intro chapter; every chapter has a title.
        #expect(
            episode.sections.map(\.title)
                == [
                    episode.title, "Trust issues", "Japan’s Support", "Reading Trump", "Seoul’s Concern",
                    "Tokyo Under Threat", "A Clear Agenda", "Credits",
                ])
        #expect(episode.sections.map(\.id) == ["intro", "s1", "s2", "s3", "s4", "s5", "s6", "credits"])
        #expect(episode.segments.filter { $0.section == "intro" }.map(\.id).prefix(2) == ["title", "intro-p1a"])
        #expect(episode.segments.first { $0.kind == .credits }?.text.hasPrefix("Duncan Bartlett is a regular") == true)
        let body = try String(contentsOf: EpisodeFolder(folder).articleText, encoding: .utf8)
        let scalars = Array(body.unicodeScalars)
        for segment in episode.segments {
            guard let source = segment.source else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[source.start..<source.end])
            #expect(String(text) == segment.text, "\(segment.id) is not the article's text")
        }
        let sheet = try String(contentsOf: EpisodeFolder(folder).recordingSheet, encoding: .utf8)
        for segment in episode.segments { #expect(sheet.contains("| `\(segment.id)` | `takes/\(segment.id).wav` |")) }
        // Quotes get their speakers' voices, and every speaker is in the pronunciation list.
        let truth = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.sample.deletingPathExtension().appendingPathExtension("truth.json")))
                as? [String: Any])
        let truthQuotes = try #require(truth["quotes"] as? [[String: Any]])
        #expect(episode.quotes.count == truthQuotes.count)
        for quote in episode.quotes {
            let segment = try #require(episode.segments.first { $0.id == quote.segment })
            #expect(segment.text.contains(quote.text))
            if !quote.partial && quote.confidence >= QuoteSpan.voicingThreshold {
                #expect(segment.speaker == quote.speaker)
                #expect(segment.kind == .quote)
            }
        }
        for speaker in episode.speakers.dropFirst() { #expect(sheet.contains("| \(speaker.name) (speaker) |")) }
    }

    @Test func bundledHTMLSampleWorksWithShowPaceAndNarratedQuotes() throws {
        let folder = try Self.temporaryFolder()
        try Data(#"{"name": "The Morning Read", "narratorName": "Sam Reader", "voices": {"narrator": "en-GB-1"}}"#.utf8)
            .write(to: EpisodeFolder(folder).showConfiguration)
        let result = try PodwrightProcess.run([
            "script", Self.bundledSample.path, "-o", folder.path, "--wpm", "100",
            "--quotes", "narrated", "--format", "html",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let episode = try Self.manifest(folder)
        #expect(episode.show.name == "The Morning Read")
        #expect(episode.show.wordsPerMinute == 100)
        #expect(episode.speakers.first?.name == "Sam Reader")
        #expect(episode.speakers.first?.voice == "en-GB-1")
        #expect(episode.segments.allSatisfy { $0.speaker == "narrator" })
        let first = try #require(episode.segments.first { $0.kind == .narration })
        #expect(first.estimatedSeconds == ReadingTime.seconds(for: first.text, wordsPerMinute: 100))
        #expect(try Self.script(folder).contains("| narrator | Sam Reader | narrator |  |  | en-GB-1 |"))
    }

    /// An article with no headings is one chapter under its title, then the credits; a title's "?" is not doubled.
    @Test func anArticleWithoutHeadingsIsIntroAndCredits() throws {
        let folder = try Self.temporaryFolder()
        let article = folder.appendingPathComponent("ferry.md")
        try Data(
            """
            # Can the Night Ferry Survive?

            The last ferry to the islands leaves at midnight, and fewer people take it every winter.

            The operator says the route loses money. Islanders say it is the only way home after a late shift.

            The council will decide in March whether to keep paying for it.
            """.utf8
        ).write(to: article)
        let episodeFolder = folder.appendingPathComponent("ep")
        let result = try PodwrightProcess.run(["script", article.path, "-o", episodeFolder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let episode = try Self.manifest(episodeFolder)
        #expect(episode.sections.map(\.id) == ["intro", "credits"])
        #expect(episode.sections.first?.title == "Can the Night Ferry Survive?")
        #expect(episode.segments.map(\.id) == ["title", "intro-p1", "intro-p2", "intro-p3", "outro"])
        #expect(episode.segments.first?.text.hasPrefix("Can the Night Ferry Survive?") == true)
        #expect(episode.segments.allSatisfy { !$0.text.contains("?.") && !$0.text.contains("?,") })
        let script = try Self.script(episodeFolder)
        #expect(!script.contains("\n## <!--"))
        let check = try PodwrightProcess.run(["check", episodeFolder.path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(try Self.manifest(episodeFolder).sections == episode.sections)
        #expect(try Self.manifest(episodeFolder).segments == episode.segments)
    }

    @Test func scriptRefusesToReplaceAScriptWithoutForceAndKeepsABackupWithIt() throws {
        let folder = try Self.temporaryFolder()
        #expect(try PodwrightProcess.run(["script", Self.bundledSample.path, "-o", folder.path]).status == 0)
        let edited = try Self.script(folder) + "\n**NARRATOR**\n\nA line added by hand.\n"
        try Self.write(edited, scriptOf: folder)

        let refused = try PodwrightProcess.run(["script", Self.bundledSample.path, "-o", folder.path])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("--force"))
        #expect(try Self.script(folder) == edited)

        let forced = try PodwrightProcess.run(["script", Self.bundledSample.path, "-o", folder.path, "--force"])
        #expect(forced.status == 0, "\(forced.standardError)")
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("script.md.bak-") }
        #expect(backups.count == 1)
        let backup = try String(contentsOf: folder.appendingPathComponent(backups[0]), encoding: .utf8)
        #expect(backup == edited)
        #expect(try !Self.script(folder).contains("A line added by hand."))
    }

    @Test func aBadShowConfigurationWritesNothing() throws {
        let folder = try Self.temporaryFolder().appendingPathComponent("ep")
        let show = try Self.temporaryFolder().appendingPathComponent("show.json")
        try Data(#"{"wordsPerMinute": 0}"#.utf8).write(to: show)
        let result = try PodwrightProcess.run([
            "script", Self.bundledSample.path, "-o", folder.path, "--show", show.path,
        ])
        #expect(result.status != 0)
        #expect(result.standardError.contains("show.json: wordsPerMinute must be 1 or more"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        let badPace = try PodwrightProcess.run(["script", Self.bundledSample.path, "-o", folder.path, "--wpm", "0"])
        #expect(badPace.status != 0)
        #expect(badPace.standardError.contains("--wpm"))
    }

    @Test func aBadArticleWritesNothing() throws {
        let folder = try Self.temporaryFolder().appendingPathComponent("ep")
        let result = try PodwrightProcess.run(["script", "/nonexistent/article.txt", "-o", folder.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("/nonexistent/article.txt"))
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
