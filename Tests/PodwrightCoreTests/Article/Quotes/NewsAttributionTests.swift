import Foundation
import PodwrightCore
import Testing

/// Attributions the way wire and political copy writes them: a role or an owner before the name, a long appositive,
/// the verb first, initials and party tags, a mistyped mark, a surname that is also a place.
@Suite struct NewsAttributionTests {
    /// One paragraph each and the speaker its quote must get.
    static let cases: [(paragraph: String, speaker: String)] = [
        ("“It is unanimous,” councilmember Mara Lind said of the vote.", "Mara Lind"),
        ("“Every minute counts,” said Tory strategist Keith Nahigan, a veteran of many campaigns.", "Keith Nahigan"),
        ("“It will annoy the other side,” Commentary’s Noah Rotham tweeted on Friday.", "Noah Rotham"),
        ("“Hardship is a small price,” explained Lisbon-based attorney Edgar Marti.", "Edgar Marti"),
        ("“Riders are at risk,” said Abara constituent Dan Golva when asked.", "Dan Golva"),
        (
            "“He out-talked everyone,” said Montclair State University political scientist Brigid Harris.",
            "Brigid Harris"
        ),
        (
            "“They feel he says what is on their minds,” Thomas Hanifin, the president of the state firefighters "
                + "union, said of his members.", "Thomas Hanifin"
        ),
        (
            "The house is a museum now. Said Dora Quill, who grew up in the street, “We were all so proud of him.”",
            "Dora Quill"
        ),
        ("“The ferry has ramped up its service,” said J.M. Burger, a fellow at the harbour institute.", "J.M. Burger"),
        (
            "“If they did not pay, they have nothing to fear,” Sen. Chuck Shulman (D-N.Y.) said Tuesday.",
            "Chuck Shulman"
        ),
        ("“It's unusual,“ said Piet Olsen, an attorney with the harbour board.", "Piet Olsen"),
        ("“This is fantastic!” beamed Tomas Ferrer of Wyke.", "Tomas Ferrer"),
        ("“That is the harbour master,” another child responded.", "another child"),
        ("“The gap is too wide,” said a Nevada Democrat.", "a Nevada Democrat"),
        ("\"All the way!\" Dawson shouted, shorthand for taking the fight all the way to the harbour.", "Dawson"),
        ("“I was hoping for something else,” said Navy 1st Lt. Tyler Brandt.", "Tyler Brandt"),
        ("“It is a waste of money,” said Oversight ranking Democrat Rosa Ledger (D-Md.).", "Rosa Ledger"),
        (
            "“He is playing that role again,” said former Halden Gov. and Harbour Party Chairman Edwin Rourke.",
            "Edwin Rourke"
        ),
        (
            "''I would use the word 'steady,''' said Greg W. Tamsin, whom the governor appointed to the board, and who "
                + "now supports Senator Marco Ruiz.", "Greg W. Tamsin"
        ),
    ]

    @Test(arguments: cases)
    func theSpeakerIsTheOneNamed(_ example: (paragraph: String, speaker: String)) {
        let spans = QuoteFinderTests.found(["The council met on Tuesday to talk about the ferry.", example.paragraph])
        #expect(spans.first?.speaker == example.speaker, "\(example.paragraph): \(spans.map(\.speaker))")
    }

    /// A surname that is also a place speaks only when the article met a person of that name.
    @Test func aPlaceNamedSurnameSpeaksOnlyWhenThePersonWasMet() {
        let met = QuoteFinderTests.found([
            "The board also heard from Rep. Steve Israel, who chairs the transport panel.",
            "“When the ferry comes, people will come,” Israel said.",
        ])
        #expect(met.map(\.speaker) == ["Steve Israel"])
        let country = QuoteFinderTests.found(["“The border stays shut,” Israel said."])
        #expect(country.allSatisfy { $0.speaker != "Israel" }, "\(country.map(\.speaker))")
    }

    /// "Sen. Ted Corr and Gov. Jan Kasi": "and" joins two people, not a role run; the first named speaks.
    @Test func twoTitledNamesAfterTheVerbAreNotARoleRun() {
        let spans = QuoteFinderTests.found([
            "“We will fund the ferry,” said Sen. Ted Corr and Gov. Jan Kasi in a joint statement."
        ])
        #expect(spans.first?.speaker == "Ted Corr", "\(spans.map(\.speaker))")
    }

    /// "Paris, who …, said": "who" tells a person from a place, and the person met before speaks.
    @Test func aRelativeClauseAfterAPlaceNamedSurnameSpeaks() {
        let spans = QuoteFinderTests.found([
            "Lena Paris was at the quay when the ferry came in.",
            "“You get your house ready for a party,” Paris, who used to work at the council, said of the work.",
        ])
        #expect(spans.map(\.speaker) == ["Lena Paris"])
    }

    /// "Mr. Zahid said:" introduces the quote after it; the one before stays with the last speaker.
    @Test func aSaidColonSentenceIntroducesTheNextQuote() {
        let spans = QuoteFinderTests.found([
            "“We are refugees,” Ms. Alawa said. “We are not terrorists.” Mr. Zahid said: “The attack was the work of "
                + "terrorists.”"
        ])
        #expect(spans.map(\.speaker) == ["Alawa", "Alawa", "Zahid"])
    }
}
