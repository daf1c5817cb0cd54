import Foundation
import Testing

@testable import PodwrightSpeech

@Suite struct NumberReadingsTests {
    private func read(_ key: String) -> [String] {
        NumberReadings.readings(of: key).map { $0.joined(separator: " ") }
    }

    @Test func aYearIsReadAsACardinalWithAndWithoutAndOrAsAYear() {
        #expect(read("2026") == ["two thousand twenty six", "two thousand and twenty six", "twenty twenty six"])
        #expect(
            read("1999") == [
                "one thousand nine hundred ninety nine",
                "one thousand nine hundred and ninety nine", "nineteen ninety nine",
            ])
        #expect(read("1905").last == "nineteen oh five")
        #expect(read("1900").last == "nineteen hundred")
        #expect(read("2004") == ["two thousand four", "two thousand and four"])
    }

    @Test func aDayOfTheMonthMayBeAnOrdinal() {
        #expect(read("1") == ["one", "first"])
        #expect(read("21") == ["twenty one", "twenty first"])
        #expect(read("12") == ["twelve", "twelfth"])
        #expect(read("30") == ["thirty", "thirtieth"])
        #expect(read("45") == ["forty five"])
    }

    @Test func ordinalsPercentagesAndThousandsSeparators() {
        #expect(read("21st") == ["twenty first"])
        #expect(read("3rd") == ["third"])
        #expect(read("100th") == ["one hundredth"])
        #expect(read("3%") == ["three percent"])
        #expect(read("1,200") == ["one thousand two hundred"])
        #expect(read("150") == ["one hundred fifty", "one hundred and fifty"])
    }

    @Test func whatIsNotANumberInFiguresHasNoReadings() {
        for key in ["march", "1,2", "1.5", "007", "st", "1990s", "1234567890", ""] {
            #expect(read(key).isEmpty, "\(key)")
        }
    }

    @Test func everyWordOfEveryReadingIsInTheVocabularyWhosePhonesAreKept() {
        for key in [
            "0", "7", "13", "19", "21", "99", "101", "999", "1066", "2026", "12,345", "987,654,321", "31st",
            "100%",
        ] {
            for word in NumberReadings.readings(of: key).joined() {
                #expect(NumberReadings.vocabulary.contains(word), "\(key): \(word)")
            }
        }
    }

    @Test func theLexiconGivesTheFirstReadingAndTheOthersAsAlternatives() {
        let phones = [
            "two": "T UW", "thousand": "TH AW Z AH N D", "and": "AH N D", "twenty": "T W EH N T IY",
            "six": "S IH K S",
        ]
        let lexicon = Lexicon.build(
            keys: ["2026", "march"], overrides: [:], lookup: { $0 == "march" ? "" : nil },
            numberWord: { phones[$0] },
            espeak: EspeakPhonemes(executable: URL(fileURLWithPath: "/nonexistent/espeak-ng")))
        #expect(lexicon.additions["2026"] == "T UW TH AW Z AH N D T W EH N T IY S IH K S")
        #expect(lexicon.alternatives["2026"]?.count == 2)
        #expect(lexicon.guessed.isEmpty && lexicon.unpronounceable.isEmpty)
        #expect(lexicon.fromDictionary == 2)
        #expect(lexicon.entries.map(\.word) == ["2026", "2026(2)", "2026(3)"])
    }
}
