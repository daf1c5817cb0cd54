import Foundation
import PodwrightCore
import Testing

/// Quote analysis on generated articles full of marks, names and attribution words: it never traps, and its spans
/// always sit inside their paragraphs.
@Suite struct QuoteFinderPropertyTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = [
        "“", "”", "‘", "’", "\"", "'", "„", "«", "»", ",", ".", ":", "?", "—", "(", ")", "’s", "’90s", "don’t",
        "said", "says", "told", "added", "according to", "he", "she", "it", "they", "I", "we", "who", "the", "a",
        "Mr", "Ms.", "Dr", "Sen.", "Linda", "Okafor", "Koji Tsuruoka", "the diplomat", "a spokesman", "the airline",
        "Q:", "A:", "SO:", "LB:", "Jane Doe:", "that", "and", "called", "was", "the 23-year-old", "the younger",
        "Residents", "house", "bridge", "We", "will", "not", "leave", "Council", "•", "- ", "\n", "é", "🙂",
    ]

    static func paragraph(_ g: inout Generator) -> String {
        var words: [String] = []
        for _ in 0..<(1 + g.next(24)) { words.append(pieces[g.next(pieces.count)]) }
        return words.joined(separator: g.next(3) == 0 ? "" : " ").replacingOccurrences(of: "\n", with: " ")
    }

    @Test(arguments: 0..<60)
    func spansAlwaysSitInsideTheirParagraphs(seed: Int) {
        var g = Generator(state: UInt64(seed) &+ 1)
        let texts = (0..<(1 + g.next(12))).map { _ in Self.paragraph(&g) }.filter { !$0.isEmpty }
        let article = QuoteFinderTests.article(texts, list: Set(texts.indices.filter { $0 % 4 == 3 }))
        let analysis = QuoteFinder.analyse(article)
        for span in analysis.spans {
            let range = article.sections[span.section].paragraphs[span.paragraph].range
            #expect(span.outer.start >= range.start && span.outer.end <= range.end, "seed \(seed)")
            #expect(span.inner.start >= span.outer.start && span.inner.end <= span.outer.end, "seed \(seed)")
            #expect(span.inner.start <= span.inner.end, "seed \(seed)")
            #expect((0...1).contains(span.confidence))
            if let id = span.speaker { #expect(analysis.speakers.contains { $0.id == id }, "seed \(seed)") }
        }
        #expect(Set(analysis.speakers.map(\.id)).count == analysis.speakers.count)
    }
}
