import Foundation
import PodwrightCore
import Testing

/// The quotation marks of real copy beyond English curly and straight quotes: archives' doubled apostrophes,
/// German, Danish and French marks, and CJK corner brackets.
@Suite struct QuoteMarksTests {
    @Test func doubledApostrophesAreDoubleMarks() {
        let spans = QuoteFinderTests.found([
            "''We can't wait another winter for the council's plan,'' said Nora Pell, who runs the food bank.",
            "Mr. Pell's brother, Owen Pell, added that the vans ''have been ready since June.''",
        ])
        #expect(
            spans.map(\.text) == ["We can't wait another winter for the council's plan", "have been ready since June."])
        #expect(spans.map(\.speaker) == ["Nora Pell", "Owen Pell"])
    }

    @Test func aDoubledApostropheQuoteCanRunOverParagraphs() {
        let spans = QuoteFinderTests.found([
            "Tomas Greer, the ferry's captain, described the night.",
            "''The engine stopped twice before we cleared the point.",
            "''By then nobody on deck was talking,'' Mr. Greer said.",
        ])
        #expect(spans.count == 2)
        #expect(spans.allSatisfy { $0.speaker == "Tomas Greer" })
    }

    @Test func germanAndGuillemetMarksOpenAndClose() {
        let spans = QuoteFinderTests.found([
            "„Wir bleiben hier, bis die Brücke fertig ist“, said Mayor Anke Roth.",
            "»Das Wasser stand bis zur Tür«, said Jens Holm, a baker on the quay.",
            "« Nous ne partirons pas », said Claire Faure, the union's secretary.",
            "‚Bald‘ is all the notice said.",
        ])
        #expect(
            spans.map(\.text) == [
                "Wir bleiben hier, bis die Brücke fertig ist", "Das Wasser stand bis zur Tür", "Nous ne partirons pas",
            ])
        #expect(spans.map(\.speaker) == ["Anke Roth", "Jens Holm", "Claire Faure"])
    }

    @Test func cornerBracketsAreQuoteMarks() {
        let spans = QuoteFinderTests.found([
            "「We will open the line again in April,」 said Kenji Mori, the rail operator's president."
        ])
        #expect(spans.map(\.text) == ["We will open the line again in April,"].map { String($0.dropLast()) })
        #expect(spans.first?.speaker == "Kenji Mori")
    }
}
