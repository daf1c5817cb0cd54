import Foundation
import Testing

@testable import PodwrightCore

/// A property over every text and Markdown fixture: line-end styles, a byte-order mark, non-breaking and
/// zero-width spaces and trailing blanks change the bytes but not the article read from them.
@Suite struct WhitespaceInvarianceTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func perturbed(_ text: String, seed: UInt64) -> Data {
        var random = SplitMix(state: seed)
        let lineEnd = ["\n", "\r\n", "\r"].randomElement(using: &random)!
        var output = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for index in words.indices where Int.random(in: 0..<10, using: &random) == 0 {
                words[index] += ["\u{200B}", "\u{FEFF}", ""].randomElement(using: &random)!
            }
            let spaces = words.indices.dropLast().map { _ in
                Int.random(in: 0..<8, using: &random) == 0
                    ? ["\u{A0}", "  ", "\t", "\u{2009}"].randomElement(
                        using: &random)! : " "
            }
            var rebuilt = ""
            for (index, word) in words.enumerated() {
                rebuilt += word
                if index < spaces.count { rebuilt += spaces[index] }
            }
            if Bool.random(using: &random) { rebuilt += " \t" }
            output += rebuilt + lineEnd
        }
        let bom = Bool.random(using: &random) ? Data([0xEF, 0xBB, 0xBF]) : Data()
        return bom + Data(output.utf8)
    }

    @Test(arguments: ArticleFixture.all("text") + ArticleFixture.all("markdown"))
    func invisibleChangesReadTheSame(fixture: ArticleFixture) throws {
        let original = try fixture.read()
        let text = try String(contentsOf: fixture.url, encoding: .utf8)
        for seed in UInt64(1)...12 {
            let changed = try ArticleReader.read(data: Self.perturbed(text, seed: seed), name: fixture.name)
            #expect(changed.body == original.body, "seed \(seed)")
            #expect(changed.title == original.title, "seed \(seed)")
            #expect(changed.sections == original.sections, "seed \(seed)")
            #expect(changed.authors == original.authors, "seed \(seed)")
        }
    }
}
