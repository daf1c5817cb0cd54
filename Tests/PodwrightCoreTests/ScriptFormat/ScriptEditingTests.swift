import Foundation
import PodwrightCore
import Testing

/// Hand edits a producer makes to `script.md`, and what the parser makes of them.
@Suite struct ScriptEditingTests {
    static func script() throws -> (Episode, String) {
        let episode = try ScriptFormatTests.episode()
        return (episode, ScriptRenderer.render(episode))
    }

    static func parse(_ text: String) -> ScriptParseResult { ScriptParser.parse(text, file: "EP/script.md") }

    /// The 1-based number of the first line containing `needle`.
    static func line(of needle: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    @Test func editedTextIsReadAndReTimed() throws {
        let (episode, text) = try Self.script()
        let edited = text.replacingOccurrences(
            of: "\nhe said.\n", with: "\nhe said, and then he said it again\nat length.\n")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let segment = try #require(result.episode.segments.first { $0.id == "s1-p2b" })
        #expect(segment.text == "he said, and then he said it again at length.")
        #expect(segment.estimatedSeconds == ReadingTime.seconds(for: segment.text, wordsPerMinute: 155))
        #expect(segment.source == episode.segments.first { $0.id == "s1-p2b" }?.source)
    }

    @Test func provenanceNamesEditedAndAddedSegmentsAndStrayQuotes() throws {
        let (_, text) = try Self.script()
        var edited = text.replacingOccurrences(of: "\nhe said.\n", with: "\nhe added.\n")
        edited = edited.replacingOccurrences(of: "“Action will bring us there.”\n", with: "“Action will help.”\n")
        edited = edited.replacingOccurrences(of: "\n## Credits", with: "\n**NARRATOR**\n\nMy own words.\n\n## Credits")
        let episode = Self.parse(edited).episode
        let body = SegmenterTests.article().body
        #expect(Provenance.editedSegments(in: episode, body: body) == ["s1-p2b", "s1-p2c"])
        #expect(Provenance.addedSegments(in: episode) == ["s1-n1"])
        #expect(Provenance.strayQuotes(in: episode).map(\.segment) == ["s1-p2c"])
        let original = Self.parse(text).episode
        #expect(Provenance.editedSegments(in: original, body: body) == [])
        #expect(Provenance.strayQuotes(in: original) == [])
    }

    @Test func deletingASegmentDropsItAndWarnsAboutItsQuotes() throws {
        let (_, text) = try Self.script()
        let cue = try #require(text.split(separator: "\n").first { $0.contains("`s1-p2c`") })
        let edited = text.replacingOccurrences(of: cue + "\n\n“Action will bring us there.”\n", with: "")
        let result = Self.parse(edited)
        #expect(!result.hasErrors)
        #expect(!result.episode.segments.contains { $0.id == "s1-p2c" })
        #expect(result.episode.quotes.count == 3)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.line == Self.line(of: "“Action will bring us there.” <!--", in: edited))
    }

    @Test func movedSegmentsKeepTheirIdsInTheirNewPlace() throws {
        let (_, text) = try Self.script()
        let block =
            "\n**NARRATOR** · `intro-p1` · 0:02 <!-- narration narrator 0-46 -->\n\n"
            + "Japan’s ambassador wishes the meeting success.\n\n[pause 1.5s]\n"
        #expect(text.contains(block))
        var edited = text.replacingOccurrences(of: block, with: "")
        edited = edited.replacingOccurrences(
            of: "\n## Credits <!-- section credits -->\n",
            with: block + "\n## Credits <!-- section credits -->\n")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let moved = try #require(result.episode.segments.first { $0.id == "intro-p1" })
        #expect(moved.section == "s1")
        #expect(moved.pauseAfterSeconds == 1.5)
        #expect(result.episode.segments.firstIndex { $0.id == "intro-p1" } == 8)
    }

    @Test func aSegmentWithoutAnIdGetsAFreshOne() throws {
        let (_, text) = try Self.script()
        let edited = text.replacingOccurrences(
            of: "\n## Credits <!-- section credits -->\n",
            with: "\n**Koji Tsuruoka:**\nA line the producer added.\n\n**narrator**\n\nAnd another.\n\n"
                + "## Credits <!-- section credits -->\n")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let added = result.episode.segments.filter { $0.id.hasPrefix("s1-n") }
        #expect(added.map(\.id) == ["s1-n1", "s1-n2"])
        #expect(added.map(\.speaker) == ["koji-tsuruoka", "narrator"])
        #expect(added.map(\.kind) == [.quote, .narration])
        #expect(
            result.assignedIDs.map(\.line) == [
                Self.line(of: "**Koji Tsuruoka:**", in: edited),
                Self.line(of: "**narrator**", in: edited),
            ])
    }

    @Test func radioStyleCuesWithTheWordsOnTheSameLine() throws {
        let (_, text) = try Self.script()
        let edited = text.replacingOccurrences(
            of: "\n## Credits <!-- section credits -->\n",
            with: "\n**NARRATOR:** Good evening.\n\n**Koji Tsuruoka**: Thank you,\nall of you.\n\n"
                + "## Credits <!-- section credits -->\n")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let added = result.episode.segments.filter { $0.id.hasPrefix("s1-n") }
        #expect(added.map(\.text) == ["Good evening.", "Thank you, all of you."])
        #expect(added.map(\.speaker) == ["narrator", "koji-tsuruoka"])
        let stamped = ScriptStamper.stamp(result.assignedIDs, into: edited)
        #expect(stamped.contains("\n**NARRATOR:** · `s1-n1` Good evening.\n"))
        let again = Self.parse(stamped)
        #expect(again.problems == [] && again.assignedIDs == [])
        #expect(again.episode == result.episode)
    }

    @Test func aNewSectionGetsAFreshIdThatIsStampedIn() throws {
        let (_, text) = try Self.script()
        let edited = text.replacingOccurrences(
            of: "\n## Credits <!-- section credits -->\n",
            with: "\n## An Added Section\n\n**NARRATOR**\n\nNew words.\n\n## Credits <!-- section credits -->\n")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        #expect(result.episode.sections.map(\.id) == ["intro", "s1", "s2", "credits"])
        #expect(result.episode.sections[2].title == "An Added Section")
        #expect(
            result.assignedSectionIDs == [.init(line: try #require(Self.line(of: "## An Added", in: edited)), id: "s2")]
        )
        #expect(result.assignedIDs.map(\.id) == ["s2-n1"])
        let stamped = ScriptStamper.stamp(result.assignedIDs, sections: result.assignedSectionIDs, into: edited)
        #expect(stamped.contains("\n## An Added Section <!-- section s2 -->\n\n**NARRATOR** · `s2-n1`\n"))
        let again = Self.parse(stamped)
        #expect(again.problems == [] && again.assignedIDs == [] && again.assignedSectionIDs == [])
        #expect(again.episode == result.episode)
    }

    @Test func splittingANarratedQuoteIntoItsOwnCueGivesItThatSpeaker() throws {
        let (_, text) = try Self.script()
        let narrated =
            "**NARRATOR** · `s1-p3` · 0:05 <!-- narration narrator 185-264 -->\n\n"
            + "The diplomat believes that “the Japanese always follow” when it comes to Korea.\n"
        #expect(text.contains(narrated))
        let edited = text.replacingOccurrences(
            of: narrated,
            with: "**NARRATOR** · `s1-p3` · 0:05 <!-- narration narrator 185-264 -->\n\nThe diplomat believes that\n\n"
                + "**Koji Tsuruoka**\n\n“the Japanese always follow”\n\n**NARRATOR**\n\nwhen it comes to Korea.\n")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let quote = try #require(result.episode.quotes.last)
        #expect(quote.segment == "s1-n1")
        #expect(quote.speaker == "koji-tsuruoka")
        #expect(result.episode.segments.first { $0.id == "s1-n1" }?.kind == .quote)
    }

    @Test func renamingASpeakerInTheTableCarriesThroughOldCues() throws {
        let (_, text) = try Self.script()
        let edited = text.replacingOccurrences(
            of: "| koji-tsuruoka | Koji Tsuruoka |", with: "| koji-tsuruoka | Kōji Tsuruoka |")
        let result = Self.parse(edited)
        #expect(result.problems == [], "the old cue's slug is the speaker's id: nothing to warn about")
        #expect(result.episode.speaker(id: "koji-tsuruoka")?.name == "Kōji Tsuruoka")
        #expect(result.episode.segments.filter { $0.speaker == "koji-tsuruoka" }.count == 3)
    }

    @Test func aCueNamingNobodyFallsBackToItsMarkerWithOneWarning() throws {
        let (_, text) = try Self.script()
        let edited = text.replacingOccurrences(of: "**KOJI TSURUOKA**", with: "**TSURUOKA-SAN**")
        let result = Self.parse(edited)
        #expect(!result.hasErrors)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.message.contains("“TSURUOKA-SAN” names no speaker") == true)
        #expect(result.warnings.first?.message.contains("and on 2 more lines") == true)
        #expect(result.warnings.first?.line == Self.line(of: "**TSURUOKA-SAN**", in: edited))
        #expect(result.episode.segments.filter { $0.speaker == "koji-tsuruoka" }.count == 3)
    }

    @Test func changingACueReassignsTheQuote() throws {
        let (_, text) = try Self.script()
        var edited = text.replacingOccurrences(
            of: "| koji-tsuruoka |", with: "| moon | Moon Jae-in | quoted |  | Mr. Moon |  |\n| koji-tsuruoka |")
        edited = edited.replacingOccurrences(of: "**KOJI TSURUOKA** · `s1-p2c`", with: "**Mr. Moon** · `s1-p2c`")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        #expect(result.episode.segments.first { $0.id == "s1-p2c" }?.speaker == "moon")
        #expect(result.episode.quotes.first { $0.segment == "s1-p2c" }?.speaker == "moon")
        #expect(result.episode.quotes.first { $0.segment == "s1-p2a" }?.speaker == "koji-tsuruoka")
    }

    @Test func givingAQuoteToTheNarratorMakesItNarrationButKeepsTheAttribution() throws {
        let (_, text) = try Self.script()
        let edited = text.replacingOccurrences(of: "**KOJI TSURUOKA** · `s1-p2c`", with: "**NARRATOR** · `s1-p2c`")
        let result = Self.parse(edited)
        #expect(result.problems == [])
        let segment = try #require(result.episode.segments.first { $0.id == "s1-p2c" })
        #expect(segment.speaker == "narrator")
        #expect(segment.kind == .narration)
        #expect(result.episode.quotes.first { $0.segment == "s1-p2c" }?.speaker == "koji-tsuruoka")
    }

    @Test func mergingTwoSpeakersThroughAliases() throws {
        let (_, text) = try Self.script()
        // First split Tsuruoka into two speakers, as quote detection sometimes does…
        var split = text.replacingOccurrences(
            of: "| koji-tsuruoka |", with: "| the-ambassador | The Ambassador | quoted |  |  |  |\n| koji-tsuruoka |")
        split = split.replacingOccurrences(
            of: "**KOJI TSURUOKA** · `s1-p2c` · 0:02 <!-- quote koji-tsuruoka",
            with: "**THE AMBASSADOR** · `s1-p2c` · 0:02 <!-- quote the-ambassador")
        let before = Self.parse(split)
        #expect(before.problems == [])
        #expect(before.episode.segments.first { $0.id == "s1-p2c" }?.speaker == "the-ambassador")
        // …then merge: delete the duplicate's row and add its name to the other's aliases.
        var merged = split.replacingOccurrences(of: "| the-ambassador | The Ambassador | quoted |  |  |  |\n", with: "")
        merged = merged.replacingOccurrences(
            of: "| Ambassador Tsuruoka |", with: "| Ambassador Tsuruoka; The Ambassador |")
        let after = Self.parse(merged)
        #expect(after.problems == [])
        #expect(after.episode.speakers.map(\.id) == ["narrator", "koji-tsuruoka"])
        #expect(after.episode.segments.first { $0.id == "s1-p2c" }?.speaker == "koji-tsuruoka")
        #expect(after.episode.speaker(id: "koji-tsuruoka")?.aliases == ["Ambassador Tsuruoka", "The Ambassador"])
    }
}
