import Testing

@testable import PodwrightSpeech

@Suite struct WordSequenceAlignmentTests {
    @Test func findsSkipsSubstitutionsAndAdditions() {
        let expected = ["it", "is", "not", "in", "itself", "boring"]
        let heard = ["it", "is", "not", "boring", "really"]
        let alignment = WordSequenceAlignment(expected: expected, heard: heard)
        #expect(alignment.matches == 4)
        #expect(alignment.steps.contains(.skip(expected: 3)))
        #expect(alignment.steps.contains(.skip(expected: 4)))
        #expect(alignment.steps.contains(.add(heard: 4)))
    }

    @Test func fitIsOneForTheSameWordsAndZeroForNothingInCommon() {
        #expect(WordSequenceAlignment.fit(expected: ["a", "b"], heard: ["a", "b"]) == 1)
        #expect(WordSequenceAlignment.fit(expected: ["a", "b"], heard: ["c"]) == 0)
        #expect(WordSequenceAlignment.fit(expected: [], heard: ["c"]) == 0)
    }
}
