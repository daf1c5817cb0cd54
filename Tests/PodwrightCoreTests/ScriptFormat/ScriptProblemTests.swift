import Foundation
import PodwrightCore
import Testing

/// Broken scripts: every problem is reported, each with its line.
@Suite struct ScriptProblemTests {
    static func script() throws -> (Episode, String) { try ScriptEditingTests.script() }
    static func parse(_ text: String) -> ScriptParseResult { ScriptEditingTests.parse(text) }
    static func line(of needle: String, in text: String) -> Int? { ScriptEditingTests.line(of: needle, in: text) }

    @Test func everyProblemIsReportedWithItsLine() throws {
        let (_, text) = try Self.script()
        var edited = text.replacingOccurrences(of: "\nhe said.\n", with: "\nhe said.\n\n**NOBODY**\nNew words.\n")
        edited = edited.replacingOccurrences(of: "**NARRATOR** · `s1-p3`", with: "**NARRATOR** · `s1-p1a`")
        edited = edited.replacingOccurrences(of: "**KOJI TSURUOKA** · `s1-p2c`", with: "**KOJI TSURUOKA · `s1-p2c`")
        edited = edited.replacingOccurrences(of: "[take 2]", with: "[take two]")
        edited = edited.replacingOccurrences(of: "[pause 1.5s]", with: "[wait 1.5s]")
        edited = edited.replacingOccurrences(
            of: "## Japan’s Support <!-- section s1 -->",
            with: "## Japan’s Support <!-- section intro -->")
        edited = edited.replacingOccurrences(
            of: "\nsaid Ambassador Tsuruoka.\n",
            with: "\nsaid Ambassador Tsuruoka.\n\nA stray second paragraph.\n")
        let result = Self.parse(edited)
        let expected: [(String, String)] = [
            ("[wait 1.5s]", "unknown directive"),
            ("## Japan’s Support", "duplicate section id “intro”"),
            ("[take two]", "malformed directive"),
            ("A stray second paragraph.", "a second paragraph"),
            ("**NOBODY**", "unknown speaker “NOBODY”"),
            ("**KOJI TSURUOKA · `s1-p2c`", "malformed cue"),
            ("`s1-p1a` · 0:05", "duplicate segment id “s1-p1a”"),
        ]
        #expect(result.errors.count == expected.count, "\(result.errors)")
        for (needle, message) in expected {
            let line = try #require(Self.line(of: needle, in: edited))
            #expect(
                result.errors.contains { $0.line == line && $0.message.contains(message) },
                "\(needle): \(result.errors)")
        }
        #expect(result.errors.allSatisfy { $0.description.hasPrefix("EP/script.md:\($0.line): ") })
    }

    @Test func segmentsBeforeAnySectionAndMissingPartsAreReported() {
        let result = Self.parse("# T\n\n**NARRATOR**\nHello.\n")
        #expect(result.errors.contains { $0.message.contains("no speakers table") })
        let segmentProblems = result.errors.filter { $0.line == 3 }
        #expect(segmentProblems.contains { $0.message.contains("unrecognised line") })
        let outside = Self.parse(
            "# T\n\n## Speakers <!-- speakers -->\n\n| id | name | role |\n| - | - | - |\n"
                + "| narrator | N | narrator |\n\n## Speakers\n\n**N**\n\nHi.\n\n**N**\n")
        #expect(outside.errors.map(\.line) == [15])
        #expect(outside.episode.sections.map(\.id) == ["s1"])
        #expect(outside.assignedIDs.map(\.id) == ["s1-n1"])
    }

    /// A mistyped role is one error on its row: the speaker stays, so its cues and quote rows still resolve.
    @Test(arguments: [
        (
            "| koji-tsuruoka | Koji Tsuruoka | quoted |", "| koji-tsuruoka | Koji Tsuruoka | quotedd |",
            Speaker.Role.quoted
        ),
        ("| narrator | Narrator | narrator |", "| narrator | Narrator | narator |", .narrator),
    ])
    func aMistypedRoleIsOneErrorOnItsRow(row: String, typo: String, meant: Speaker.Role) throws {
        let (episode, text) = try Self.script()
        #expect(text.contains(row))
        let edited = text.replacingOccurrences(of: row, with: typo)
        let result = Self.parse(edited)
        let line = try #require(Self.line(of: typo, in: edited))
        #expect(result.problems.count == 1, "\(result.problems)")
        #expect(result.errors.first?.line == line)
        #expect(result.errors.first?.message.contains("has role") == true)
        let id = String(row.split(separator: "|")[0].trimmingCharacters(in: .whitespaces))
        #expect(result.episode.speakers.first { $0.id == id }?.role == meant)
        #expect(result.episode.segments.map(\.speaker) == episode.segments.map(\.speaker))
        #expect(result.episode.quotes.count == episode.quotes.count)
    }
}
