import Foundation
import Testing

@testable import PodwrightCore

/// `check` rewrites every value the script shows but does not own — cue times, the estimated total, the Quotes list —
/// and nothing else; and no other stage invents an id it would not write back.
@Suite struct ScriptRefreshTests {
    static func parse(_ text: String) -> ScriptParseResult { ScriptParser.parse(text, file: "EP/script.md") }

    @Test(arguments: 0..<10)
    func refreshingARenderedScriptChangesNothing(batch: Int) {
        for case_ in 0..<10 {
            let seed = UInt64(40_000 + batch * 10 + case_)
            var generator = EpisodeGenerator(seed: seed)
            let text = ScriptRenderer.render(generator.episode())
            let result = Self.parse(text)
            #expect(!result.hasErrors, "seed \(seed)")
            #expect(ScriptStamper.refresh(result, into: text) == text, "seed \(seed)")
        }
    }

    @Test func aNewPaceRetimesEveryCueAndTheTotalAndNothingElse() throws {
        let (episode, text) = try ScriptEditingTests.script()
        let edited = text.replacingOccurrences(
            of: "- **Words per minute:** 155\n", with: "- **Words per minute:** 60\n")
        #expect(edited != text)
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let refreshed = ScriptStamper.refresh(result, into: edited)
        var expected = episode
        expected.show.wordsPerMinute = 60
        for index in expected.segments.indices {
            expected.segments[index].estimatedSeconds = ReadingTime.seconds(
                for: expected.segments[index].text, wordsPerMinute: 60)
        }
        // Exactly what the renderer writes for the re-timed episode.
        #expect(refreshed == ScriptRenderer.render(expected))
        #expect(Self.parse(refreshed).episode == result.episode)
    }

    @Test func timesOfHandEditedCuesAreRewrittenAndAddedWhereMissing() throws {
        let (_, text) = try ScriptEditingTests.script()
        let edited = text.replacingOccurrences(
            of: "\n## Credits <!-- section credits -->\n",
            with: "\n**NARRATOR:** Good evening, and a long welcome to all of you listening tonight.\n\n"
                + "**NARRATOR** · 9:59\n\nA line with a wrong time.\n\n## Credits <!-- section credits -->\n")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let refreshed = ScriptStamper.refresh(result, into: edited)
        let added = result.episode.segments.filter { $0.id.hasPrefix("s1-n") }
        #expect(added.count == 2)
        let first = ReadingTime.clock(added[0].estimatedSeconds)
        let second = ReadingTime.clock(added[1].estimatedSeconds)
        #expect(refreshed.contains("\n**NARRATOR:** · `s1-n1` · \(first) Good evening, and a long welcome"))
        #expect(refreshed.contains("\n**NARRATOR** · `s1-n2` · \(second)\n"))
        #expect(!refreshed.contains("9:59"))
        let again = Self.parse(refreshed)
        #expect(again.problems == [] && again.assignedIDs == [])
        #expect(again.episode == result.episode)
        #expect(ScriptStamper.refresh(again, into: refreshed) == refreshed)
    }

    @Test func theQuotesListFollowsARenamedSpeaker() throws {
        let (episode, text) = try ScriptEditingTests.script()
        let quote = try #require(episode.quotes.first { !$0.partial })
        let speaker = try #require(episode.speaker(id: quote.speaker))
        // Rename the speaker in the table: cues keep working through their markers, and the list must follow.
        let row = "| \(speaker.id) | \(speaker.name) |"
        #expect(text.contains(row))
        let edited = text.replacingOccurrences(of: row, with: "| \(speaker.id) | Dana Renamed |")
        let result = Self.parse(edited)
        #expect(!result.hasErrors, "\(result.problems)")
        let refreshed = ScriptStamper.refresh(result, into: edited)
        let rows = refreshed.components(separatedBy: "\n").filter { $0.hasPrefix("- ") && $0.contains("<!-- quote ") }
        #expect(rows.count == episode.quotes.count)
        for quote in episode.quotes where quote.speaker == speaker.id {
            #expect(rows.contains { $0.contains("**Dana Renamed** · `\(quote.segment)`") })
        }
        #expect(!rows.contains { $0.contains("**\(speaker.name)**") })
        #expect(Self.parse(refreshed).episode == result.episode)
    }

    @Test func deletingEveryQuotedSegmentRemovesTheQuotesSection() throws {
        let (episode, text) = try ScriptEditingTests.script()
        var lines = text.components(separatedBy: "\n")
        for id in Set(episode.quotes.map(\.segment)) {
            guard let range = ScriptEditPropertyTests.block(of: id, in: lines) else { continue }
            lines.removeSubrange(range)
        }
        let edited = lines.joined(separator: "\n")
        let result = Self.parse(edited)
        #expect(!result.hasErrors)
        let refreshed = ScriptStamper.refresh(result, into: edited)
        if result.episode.quotes.isEmpty {
            #expect(!refreshed.contains("<!-- quotes -->"))
        }
        #expect(refreshed.hasSuffix("\n") && !refreshed.hasSuffix("\n\n"))
        #expect(Self.parse(refreshed).episode.quotes == result.episode.quotes)
    }

    @Test func tenThousandIdlessCuesAreNamedInOneShortLine() {
        let lines = Array(stride(from: 61, through: 40_057, by: 4))
        let message = EpisodeStoreError.unstampedIDs("/ep", lines: lines).description
        #expect(
            message.hasPrefix("/ep/script.md: lines 61, 65, 69, 73, 77, 81, 85, 89, 93, 97 and 9990 more have no id"))
        #expect(message.count < 300, "\(message.count) characters")
        #expect(EpisodeStoreError.unstampedIDs("/ep", lines: [7]).description.contains("line 7 has no id yet"))
    }

    @Test func loadingAScriptWithIdlessCuesRefusesAndNamesCheck() throws {
        let folder = try EpisodeStoreTests.temporaryFolder()
        let article = SegmenterTests.article()
        let episode = Segmenter().episode(from: article, quotes: try SegmenterTests.analysis(article))
        try EpisodeStore.save(episode, articleBody: article.body, to: folder)
        try EpisodeStoreTests.setModified(folder.manifest, secondsAgo: 60)
        let text = try String(contentsOf: folder.script, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "\n## Credits <!-- section credits -->\n",
            with: "\n**NARRATOR**\n\nNew words.\n\n## Credits <!-- section credits -->\n")
        #expect(edited != text)
        try Data(edited.utf8).write(to: folder.script)
        let line = try #require(Self.cueLine(in: edited))
        #expect(throws: EpisodeStoreError.unstampedIDs(folder.url.path, lines: [line])) {
            try EpisodeStore.load(folder)
        }
        // Nothing was written: the script stays as the producer left it.
        #expect(try String(contentsOf: folder.script, encoding: .utf8) == edited)
        // Once `check` has written the id in, every stage reads the same one.
        let result = ScriptParser.parse(edited, file: "script.md")
        try EpisodeStore.saveChecked(result, scriptText: edited, to: folder)
        try EpisodeStoreTests.setModified(folder.manifest, secondsAgo: 60)
        #expect(try EpisodeStore.load(folder).segments.map(\.id) == result.episode.segments.map(\.id))
    }

    /// The line of the first cue without an id.
    static func cueLine(in text: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex { $0 == "**NARRATOR**" }.map { $0 + 1 }
    }
}

/// A producer marks an uncertain attribution as reviewed, and the warning stops.
@Suite struct QuoteReviewTests {
    @Test func aTickInsteadOfTheWarningMarksTheQuoteReviewed() throws {
        let (episode, text) = try ScriptEditingTests.script()
        var uncertain = episode
        let index = try #require(uncertain.quotes.indices.first)
        for other in uncertain.quotes.indices { uncertain.quotes[other].confidence = 1 }
        uncertain.quotes[index].confidence = 0.4
        let rendered = ScriptRenderer.render(uncertain)
        #expect(rendered.contains("**Review the quote marked ⚠**"))
        let row = try #require(rendered.components(separatedBy: "\n").first { $0.hasPrefix("- ⚠ ") })
        let edited = rendered.replacingOccurrences(of: row, with: "- ✓ " + row.dropFirst(4))
        let result = ScriptParser.parse(edited, file: "script.md")
        #expect(result.problems == [])
        #expect(result.episode.quotes[index].reviewed)
        #expect(!result.episode.quotes.contains { $0.needsReview })
        // The tick stays, and the list no longer asks for a review.
        let refreshed = ScriptStamper.refresh(result, into: edited)
        #expect(refreshed.contains("\n- ✓ **"))
        #expect(!refreshed.contains("⚠"))
        #expect(refreshed.contains("The uncertain attributions are reviewed (✓)."))
        #expect(ScriptParser.parse(refreshed, file: "script.md").episode == result.episode)
        // The manifest carries it; an unreviewed quote's manifest has no such key.
        let manifest = String(decoding: EpisodeStore.manifestData(result.episode), as: UTF8.self)
        #expect(manifest.contains("\"reviewed\" : true"))
        #expect(!String(decoding: EpisodeStore.manifestData(episode), as: UTF8.self).contains("reviewed"))
        _ = text
    }
}

/// Found by the script.md fuzzer (on the reliability branch): a marker whose opening and closing overlap trapped the
/// parser.
@Suite struct OverlappingMarkerTests {
    @Test func overlappingCommentMarkersAreText() {
        for line in ["## One <!-->", "## One <!--->", "# <!-->", "**NARRATOR** · `s1-p1` <!-->"] {
            _ = ScriptParser.parse("# Title\n\n\(line)\n\nWords.\n", file: "script.md")
            #expect(ScriptParser.splitMarker(line).marker == nil, "\(line)")
        }
    }
}
