import Foundation
import PodwrightCore
import Testing

/// The producer's pronunciations: the script's Pronunciations table, show.json's, and what each reader makes of them.
@Suite struct PronunciationTests {
    static func script(with table: String) throws -> String {
        let (_, text) = try ScriptEditingTests.script()
        let speakers = try #require(text.range(of: "<!-- speakers -->"))
        let anchor = try #require(text.range(of: "\n## ", range: speakers.upperBound..<text.endIndex))
        return String(text[..<anchor.lowerBound]) + "\n\n## Pronunciations <!-- pronunciations -->\n\n" + table
            + String(text[anchor.lowerBound...])
    }

    @Test func theTableIsReadAndItsWordsOverTheShows() throws {
        let text = try Self.script(
            with: """
                > A note for whoever reads this.

                | Word | Say as |
                | --- | --- |
                | Tsuruoka | T S UW1 R UW0 OW1 K AH0 |
                | Kono | KOH-no |
                | Moon |  |

                """)
        var result = ScriptEditingTests.parse(text)
        #expect(result.problems == [])
        #expect(
            result.episode.pronunciations == [
                Pronunciation(word: "Tsuruoka", sayAs: "T S UW1 R UW0 OW1 K AH0"),
                Pronunciation(word: "Kono", sayAs: "KOH-no"), Pronunciation(word: "Moon", sayAs: ""),
            ])
        result.episode.show.pronunciations = ["TSURUOKA": "tsoo-roo-OH-kah", "Pyongyang": "P Y AO1 NG Y AE1 NG"]
        // The script's own row wins; an empty row is a name to check, not an override.
        #expect(
            result.episode.pronunciationOverrides == [
                "tsuruoka": "T S UW1 R UW0 OW1 K AH0", "kono": "KOH-no", "pyongyang": "P Y AO1 NG Y AE1 NG",
            ])
    }

    @Test(arguments: [
        ("| word |\n| --- |\n| Tsuruoka |\n", "| word |", "the pronunciations table's columns are"),
        (
            "| word | say as |\n| --- | --- |\n| Koji Tsuruoka | K OW1 JH IY0 |\n", "| Koji Tsuruoka | K",
            "is not one word"
        ),
        ("| word | say as |\n| --- | --- |\n| Kono | K OW1 N OW0 |\n| kono | KOH-no |\n", "| kono", "is given twice"),
        ("| word | say as |\n| --- | --- |\n| Kono | KOH NO |\n", "| Kono", "looks like CMU phones but is not"),
        ("| word | say as |\n| --- | --- |\n| Kono | K OW1 | extra |\n", "| Kono", "this row has 3 cells"),
        ("| word | say as |\n| --- | --- |\n|  | K OW1 |\n", "|  | K", "a pronunciation with no word"),
        ("Kono is said KOH-no.\n", "Kono is said", "the pronunciations section holds only its table"),
    ])
    func badRowsAreReportedOnTheirLine(table: String, row: String, problem: String) throws {
        let text = try Self.script(with: table)
        let result = ScriptEditingTests.parse(text)
        #expect(result.problems.count == 1, "\(result.problems)")
        let found = try #require(result.problems.first)
        #expect(found.message.contains(problem), "\(found)")
        #expect(found.line == ScriptEditingTests.line(of: row, in: text), "\(found)")
    }

    @Test(arguments: [
        ("T S UW1 R UW0 OW1 K AH0", "[[ts'u:ru:'oUk@]]"),
        ("N AA2 T AH0 R AA1 JH AH0 N", "[[n,A:t@r'A:dZ@n]]"),
        ("K OW N OW", "[[k'oUnoU]]"),
        ("KOH-no", "KOH-no"),
        ("tsoo roo OH kah", "tsoo roo OH kah"),
    ])
    func cmuPhonesBecomeEspeakPhonemesAndRespellingsStay(sayAs: String, espeak: String) {
        #expect(Pronunciation(word: "x", sayAs: sayAs).espeakText == espeak)
    }

    @Test func onlyTheCMUPhoneSetWithStressOnVowelsIsPhones() {
        #expect(Pronunciation.cmuPhones("T S UW1")?.map(\.phone) == ["T", "S", "UW"])
        #expect(Pronunciation.cmuPhones("T1 S UW") == nil, "stress on a consonant")
        #expect(Pronunciation.cmuPhones("T S UW3") == nil)
        #expect(Pronunciation.cmuPhones("t s uw") == nil, "lower case is a respelling")
        #expect(Pronunciation.cmuPhones("KONO") == nil)
        #expect(Pronunciation.cmuPhones("") == nil)
    }

    /// espeak-ng itself reads what the scratch voice is given: the phonemes it says are the override's.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng"), "needs espeak-ng"))
    func espeakSaysThePhonemesGiven() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
        let text = "Koji " + Pronunciation(word: "Tsuruoka", sayAs: "T AA1 K OW0").espeakText + " said"
        process.arguments = ["-q", "-x", text]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let phonemes = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(phonemes.contains("t'A:koU"), "\(phonemes)")
        #expect(!phonemes.contains("ts,u:r"), "\(phonemes)")
    }
}
