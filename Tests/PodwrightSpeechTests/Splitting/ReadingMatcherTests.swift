import Testing

@testable import PodwrightSpeech

/// Finding each segment's readings in what was heard, without audio: the words are laid out 30 windows apart.
@Suite struct ReadingMatcherTests {
    static let segments: [(id: String, keys: [String])] = [
        ("a", "the ferry leaves the harbour with its lights on".split(separator: " ").map(String.init)),
        ("b", "the captain has worked the route for eleven years".split(separator: " ").map(String.init)),
        ("c", "it is not a boring job the sea is different every day".split(separator: " ").map(String.init)),
    ]

    /// Heard words from phrases; each phrase after a pause of 100 windows.
    static func heard(_ phrases: [String]) -> [HeardWord] {
        var words: [HeardWord] = []
        var time = 0
        for phrase in phrases {
            for word in phrase.split(separator: " ") {
                words.append(HeardWord(key: String(word), start: time, end: time + 25))
                time += 30
            }
            time += 100
        }
        return words
    }

    @Test func inOrderReadingsAreFoundWithNothingLeftOver() {
        let heard = Self.heard(Self.segments.map { $0.keys.joined(separator: " ") })
        let matching = ReadingMatcher(segments: Self.segments).match(heard)
        #expect(matching.chosen.keys.sorted() == [0, 1, 2])
        #expect(matching.chosen[1]?.first == 9 && matching.chosen[1]?.last == 17)
        #expect(matching.earlier.isEmpty && matching.falseStarts.isEmpty && matching.unplaced.isEmpty)
    }

    @Test func twoSegmentsSharingPhrasesWithAThirdAreNotAnEarlierReadingOfIt() {
        // d takes its opening from a and its end from b: fitted across a and b read in a row, it matches all its
        // words, with most of a sentence of extra words in between. a and b are each heard with a word wrong, so d, heard
        // whole, fits best and claims its readings first.
        let segments =
            Self.segments + [
                (
                    "d",
                    "the ferry leaves the harbour with its lights for eleven years".split(separator: " ").map(
                        String.init)
                )
            ]
        let phrases =
            ["the ferry leaves the harbour with its lights off", "the captain has worked the road for eleven years"]
            + segments.dropFirst(2).map { $0.keys.joined(separator: " ") }
        let matching = ReadingMatcher(segments: segments).match(Self.heard(phrases))
        #expect(matching.chosen.keys.sorted() == [0, 1, 2, 3])
        #expect(matching.earlier.isEmpty)
        #expect(matching.chosen[0].map { [$0.first, $0.last] } == [0, 8])
        #expect(matching.chosen[1].map { [$0.first, $0.last] } == [9, 17])
    }

    @Test func theLastCompleteReadingWinsAndAFalseStartIsSkipped() {
        let a = Self.segments[0].keys.joined(separator: " ")
        let b = Self.segments[1].keys.joined(separator: " ")
        // b read twice (the second with a misheard word), then a false start of c, then c; and a stray phrase.
        let heard = Self.heard([
            a, b, "the captain has worked the route for seven years", "it is not a", "sorry let me get water",
            Self.segments[2].keys.joined(separator: " "),
        ])
        let matching = ReadingMatcher(segments: Self.segments).match(heard)
        #expect(matching.chosen[1]?.first == 18, "the second reading of b")
        #expect(matching.earlier[1]?.map(\.first) == [9])
        #expect(matching.falseStarts.map(\.segment) == [2])
        #expect(matching.falseStarts.first.map { [$0.first, $0.last] } == [27, 30])
        #expect(matching.unplaced.map { [$0.first, $0.last] } == [[31, 35]])
        #expect(matching.chosen[2]?.first == 36)
    }

    /// A false start right before the segment's reading, whose opening the recogniser then mishears: the best fit
    /// would take the false start's words and the reading would start too early; it starts after the pause.
    @Test(arguments: [
        ("it is not a", "its knot a boring job the sea is different every day"),
        ("it is not", "it his knot a boring job the sea is different every day"),
        // As the recogniser once heard a session: the best fit takes the opening from the false start and the rest
        // from the reading, so the reading's own first word is the only one left unmatched after the pause.
        ("it is not a", "and not a boring job the sea is different every day"),
    ])
    func aFalseStartBeforeAMisheardOpeningIsSkipped(falseStart: String, reading: String) {
        let a = Self.segments[0].keys.joined(separator: " ")
        let b = Self.segments[1].keys.joined(separator: " ")
        let heard = Self.heard([a, b, falseStart, reading])
        let matching = ReadingMatcher(segments: Self.segments).match(heard)
        let startsAt = 17 + falseStart.split(separator: " ").count + 1
        #expect(matching.chosen[2]?.first == startsAt, "\(String(describing: matching.chosen[2]))")
        #expect(matching.chosen[2]?.complete == true)
        #expect(matching.falseStarts.map { [$0.segment, $0.first, $0.last] } == [[2, 18, startsAt - 1]])
        #expect(matching.unplaced.isEmpty)
    }

    /// What the recogniser heard of a session that once failed in CI: the best fit ties between the false start's
    /// opening and the reading's, and the traceback took the false start's first words.
    @Test func aFalseStartWhoseWordsTieWithTheReadingsIsSkipped() {
        let segments: [(id: String, keys: [String])] = [
            ("p2", "the captain has worked the route for eleven years".split(separator: " ").map(String.init)),
            (
                "p3",
                "it is not in itself a boring job the sea is different every day".split(separator: " ").map(String.init)
            ),
        ]
        let heard = Self.heard([
            segments[0].keys.joined(separator: " "), "it is not in itself",
            "and not in itself a boring job the sea is different every day",
        ])
        let matching = ReadingMatcher(segments: segments).match(heard)
        #expect(matching.chosen[1]?.first == 14, "\(String(describing: matching.chosen[1]))")
        #expect(matching.falseStarts.map { [$0.segment, $0.first, $0.last] } == [[1, 9, 13]])
    }

    /// A pause after a segment's first words, read once, is not a restart: the reading keeps its opening.
    @Test(arguments: ["it is", "it is not a boring job", "it"])
    func aPauseInsideAReadingKeepsItsOpening(opening: String) {
        let c = Self.segments[2].keys
        let rest = c.dropFirst(opening.split(separator: " ").count).joined(separator: " ")
        let heard = Self.heard([Self.segments[0].keys.joined(separator: " "), opening, rest])
        let matching = ReadingMatcher(segments: Self.segments).match(heard)
        #expect(matching.chosen[2]?.first == 9)
        #expect(matching.falseStarts.isEmpty && matching.unplaced.isEmpty)
    }

    /// The same with the word after the pause misheard: one unmatched word is a slip, not a restart.
    @Test func aMisheardWordAfterAPauseIsNotARestart() {
        let heard = Self.heard(["it is", "knot a boring job the sea is different every day"])
        let matching = ReadingMatcher(segments: Self.segments).match(heard)
        #expect(matching.chosen[2]?.first == 0)
        #expect(matching.falseStarts.isEmpty && matching.unplaced.isEmpty)
    }

    @Test func aSegmentNotReadIsMissingAndAReadingThatStopsEarlyIsOnlyUsedWhenNothingBetterExists() {
        let heard = Self.heard(["the ferry leaves the harbour with its", Self.segments[2].keys.joined(separator: " ")])
        let matching = ReadingMatcher(segments: Self.segments).match(heard)
        #expect(matching.chosen[1] == nil)
        #expect(matching.chosen[0]?.complete == false, "stopped before the last words: used, but not complete")
        #expect(matching.chosen[2]?.complete == true)
    }
}
