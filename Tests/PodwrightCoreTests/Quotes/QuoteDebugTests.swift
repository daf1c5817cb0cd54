import Foundation
@testable import PodwrightCore
import Testing

@Suite struct QuoteDebugTests {
    @Test func debugParagraph() throws {
        guard let text = ProcessInfo.processInfo.environment["QUOTES_PARA"] else { return }
        let s = Array(text.unicodeScalars)
        let p = QuoteParagraph(section: 0, index: 0, base: 0, scalars: s, isListItem: false)
        for q in p.quotes { print("quote", q) }
        for t in p.tokens { print(t.text, t.sentence, t.quote, terminator: " | ") }
        print()
        for m in p.mentions { print(m.kind, m.first, m.end, m.display, m.nameWords, m.modifiers, m.description ?? "-", m.isSubject) }
    }
}
