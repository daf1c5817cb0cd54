import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright script` and `check` on real files: the sample's quotes and speakers match its truth file, and an
/// uncertain attribution stays with the narrator and is listed for the producer.
@Suite struct QuotesEndToEndTests {
    typealias Helpers = ScriptCommandTests

    static func person(_ name: String) -> String {
        var n = name.lowercased().replacingOccurrences(of: "’", with: "'")
        for article in ["the ", "a ", "an "] where n.hasPrefix(article) { n.removeFirst(article.count) }
        return n
    }

    @Test(.enabled(if: Repository.hasShared, Repository.sharedSkipMessage)) func sampleQuotesAndSpeakersMatchTheTruth()
        throws
    {
        let folder = try Helpers.temporaryFolder().appendingPathComponent("ep")
        let result = try PodwrightProcess.run(["script", Helpers.sample.path, "-o", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        let episode = try Helpers.manifest(folder)
        let truthURL = Helpers.sample.deletingPathExtension().appendingPathExtension("truth.json")
        let truth = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: truthURL)) as? [String: Any])
        let quotes = try #require(truth["quotes"] as? [[String: Any]])
        #expect(episode.quotes.count == quotes.count)
        for wanted in quotes {
            let start = try #require(wanted["starts_with"] as? String)
            let quote = try #require(episode.quotes.first { $0.text.hasPrefix(start) }, "no quote «\(start)»")
            let speaker = try #require(episode.speaker(id: quote.speaker), "no speaker \(quote.speaker)")
            let names = ([speaker.name] + speaker.aliases).map(Self.person)
            let truthNames = ([wanted["speaker"] as? String ?? ""] + (wanted["speaker_aliases"] as? [String] ?? []))
                .map(Self.person)
            #expect(names.contains { truthNames.contains($0) }, "«\(start)» went to \(speaker.name)")
            let segment = try #require(episode.segments.first { $0.id == quote.segment })
            if !quote.partial {
                #expect(segment.kind == .quote)
                #expect(segment.speaker == speaker.id)
            }
        }
        // Every speaker the truth names is in the manifest, and in the recording sheet's pronunciation list.
        let sheet = try String(contentsOf: EpisodeFolder(folder).recordingSheet, encoding: .utf8)
        for name in try #require(truth["speakers"] as? [String]) {
            let speaker = episode.speakers.first {
                ([$0.name] + $0.aliases).map(Self.person).contains(Self.person(name))
            }
            #expect(speaker != nil, "no speaker for \(name)")
            if let speaker { #expect(sheet.contains(speaker.name)) }
        }
        #expect(episode.speakers.first?.role == .narrator)
    }

    @Test func uncertainQuotesStayNarratedAndAreListed() throws {
        let folder = try Helpers.temporaryFolder()
        let article = folder.appendingPathComponent("meeting.txt")
        let text = """
            Neighbours meet over the old mill

            Two neighbours, Tom Reed and Sam Hale, met at the old mill on Monday to settle a long argument about \
            the footpath that runs between their farms.

            “We will not move the fence another inch, whatever the council decides,” he said.

            The council will decide the matter in June.
            """
        try Data(text.utf8).write(to: article)
        let episodeFolder = folder.appendingPathComponent("ep")
        let script = try PodwrightProcess.run(["script", article.path, "-o", episodeFolder.path])
        #expect(script.status == 0, "\(script.standardError)")
        let episode = try Helpers.manifest(episodeFolder)
        let quote = try #require(episode.quotes.first)
        #expect(quote.confidence < QuoteSpan.voicingThreshold)
        #expect(episode.segments.first { $0.id == quote.segment }?.speaker == "narrator")
        #expect(try Helpers.script(episodeFolder).contains("⚠"))
        let check = try PodwrightProcess.run(["check", episodeFolder.path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.standardOutput.contains("Quotes to review"))
        #expect(check.standardOutput.contains("We will not move the fence"))
    }
}
