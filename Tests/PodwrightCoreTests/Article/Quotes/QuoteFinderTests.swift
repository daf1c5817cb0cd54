import Foundation
import PodwrightCore
import Testing

/// The behaviours quote detection promises, one small article each.
@Suite struct QuoteFinderTests {
    /// An article of one section whose paragraphs are `texts`; those at `list` are list items.
    static func article(_ texts: [String], list: Set<Int> = []) -> Article {
        var body = ""
        var paragraphs: [Paragraph] = []
        for (index, text) in texts.enumerated() {
            if !body.isEmpty { body += "\n\n" }
            let start = body.unicodeScalars.count
            body += text
            paragraphs.append(
                Paragraph(
                    text: text, range: TextRange(start: start, end: body.unicodeScalars.count),
                    isListItem: list.contains(index)))
        }
        return Article(title: "Test", sections: [ArticleSection(title: nil, paragraphs: paragraphs)], body: body)
    }

    /// Each span as (inner text, speaker name, partial).
    static func found(_ texts: [String], list: Set<Int> = []) -> [(text: String, speaker: String?, partial: Bool)] {
        let article = article(texts, list: list)
        let analysis = QuoteFinder.analyse(article)
        let scalars = Array(article.body.unicodeScalars)
        return analysis.spans.map { span in
            let text = String(String.UnicodeScalarView(scalars[span.inner.start..<span.inner.end]))
            let name = analysis.speakers.first { $0.id == span.speaker }?.name
            return (text, name, span.isPartial)
        }
    }

    @Test func apostrophesAreNotQuoteMarks() {
        let spans = Self.found(["‘I don’t miss the ’90s,’ said Ms Grey, whose students’ union paid for the trip."])
        #expect(spans.map(\.text) == ["I don’t miss the ’90s"])
        #expect(spans.first?.speaker == "Grey")
    }

    @Test func nestedQuotesStayInsideTheirQuote() {
        let spans = Self.found([
            "‘He told me “go home”, so I did,’ said Peter Ross.",
            "“My boss said, ‘Take Friday off,’ and I laughed,” Anna Bell said.",
        ])
        #expect(
            spans.map(\.text) == ["He told me “go home”, so I did", "My boss said, ‘Take Friday off,’ and I laughed"])
        #expect(spans.map(\.speaker) == ["Peter Ross", "Anna Bell"])
    }

    @Test func aSplitQuoteGivesTwoSpansToOneSpeaker() {
        let spans = Self.found(["“We are not leaving,” said Mayor Ruth Kline, “not this year and not next.”"])
        #expect(spans.map(\.text) == ["We are not leaving", "not this year and not next."])
        #expect(spans.allSatisfy { $0.speaker == "Ruth Kline" && !$0.partial })
    }

    @Test func aQuoteOverParagraphsGivesOneSpanEach() {
        let spans = Self.found([
            "Omar Said, the harbourmaster, remembered the storm.",
            "“The water came over the wall at midnight.",
            "“By morning the boats were in the car park,” he said.",
        ])
        #expect(
            spans.map(\.text) == [
                "The water came over the wall at midnight.", "By morning the boats were in the car park",
            ])
        #expect(spans.allSatisfy { $0.speaker == "Omar Said" })
    }

    @Test func colonsAndListItemsIntroduceQuotes() {
        let spans = Self.found(
            [
                "The minister, Clara Voigt, told reporters: “The budget is balanced.”",
                "Here is how members reacted:",
                "Sen. Hugo Brandt (R): “This bill is a mistake and I will vote against it.”",
                "“It is the best day this chamber has had in years.” — Rep. Ida Lund",
            ], list: [2, 3])
        #expect(spans.map(\.speaker) == ["Clara Voigt", "Hugo Brandt", "Ida Lund"])
    }

    @Test(arguments: [
        "The so-called “reform” was dropped in March.",
        "Critics have called the plan a “holiday” for landlords.",
        "Her new book, “The Salt Road”, is out in May.",
        "The mayor said the “temporary” bridge would stay for ten years.",
    ])
    func scareQuotesAndTitlesStayNarration(text: String) {
        #expect(Self.found(["Mayor Jo Penn spoke on Monday.", text]).isEmpty)
    }

    @Test func aQuoteInAHeadingIsNotSpeech() {
        #expect(Self.found(["‘We are not finished yet’ says captain", "The team won on Saturday."]).isEmpty)
    }

    @Test func partialQuotesAreListedWithTheirSpeaker() {
        let spans = Self.found([
            "Shinzo Abe has called the prospect “absolutely unacceptable” and asked for talks.",
            "He notes that “the talks must go on until there is a deal everyone can sign.”",
        ])
        #expect(spans.map(\.partial) == [true, false])
        #expect(spans.allSatisfy { $0.speaker == "Shinzo Abe" })
    }

    @Test func namesakesAreKeptApart() {
        let spans = Self.found([
            "Council leader Linda Okafor backed the plan. Daniel Okafor, no relation, opposed it.",
            "“It is a good plan,” Mrs Okafor said.",
            "“It is a bad plan,” he said.",
            "“I will keep fighting it,” Mr Okafor added.",
        ])
        #expect(spans.map(\.speaker) == ["Linda Okafor", "Daniel Okafor", "Daniel Okafor"])
    }

    @Test func labelledTurnsAreSpeechWithoutMarks() throws {
        let article = Self.article([
            "Our editor Sam Ortiz talks to the archivist Leah Brandt.",
            "Sam Ortiz: What do you keep?",
            "Leah Brandt: Anything with a date on it.",
            "SO: And what do you throw away?",
            "LB: Almost nothing.",
        ])
        let analysis = QuoteFinder.analyse(article)
        let scalars = Array(article.body.unicodeScalars)
        func text(_ r: TextRange) -> String { String(String.UnicodeScalarView(scalars[r.start..<r.end])) }
        #expect(analysis.spans.map { text($0.inner) }.last == "Almost nothing.")
        #expect(analysis.spans.map { text($0.outer) }.last == "LB: Almost nothing.")
        #expect(analysis.spans.compactMap(\.speaker) == ["sam-ortiz", "leah-brandt", "sam-ortiz", "leah-brandt"])
        let leah = try #require(analysis.speakers.first { $0.id == "leah-brandt" })
        #expect(leah.aliases.contains("LB"))
    }

    /// On every fixture: spans in body order, inside their paragraph, the inner range inside the outer one.
    @Test func spansSitInsideTheirParagraphs() throws {
        for fixture in try QuoteFixture.bundled() {
            let analysis = QuoteFinder.analyse(fixture.article)
            var previous = -1
            for span in analysis.spans {
                let paragraph = fixture.article.sections[span.section].paragraphs[span.paragraph]
                #expect(span.outer.start >= paragraph.range.start && span.outer.end <= paragraph.range.end)
                #expect(span.inner.start >= span.outer.start && span.inner.end <= span.outer.end)
                #expect(span.outer.start >= previous, "\(fixture.name): spans out of order")
                previous = span.outer.end
                #expect((0...1).contains(span.confidence))
                if let id = span.speaker { #expect(analysis.speakers.contains { $0.id == id }) }
            }
            #expect(Set(analysis.speakers.map(\.id)).count == analysis.speakers.count)
        }
    }
}

extension QuoteFinderTests {
    @Test func institutionsAndGroupsSpeakButAreNeverHeOrShe() {
        let spans = Self.found([
            "Northern Air cut its forecast. Philip Arkwright, its chief executive, met the union on Monday.",
            "The airline said it was “disappointed” by the vote. “We urge the union to think again,” it said.",
            "Residents say they have been “living upstairs” since Saturday.",
            "“We are not going anywhere,” he said.",
        ])
        #expect(spans.map(\.speaker) == ["the airline", "the airline", "Residents", "Philip Arkwright"])
    }

    @Test func anAttributionCanFollowInItsOwnSentence() {
        let spans = Self.found(["Grace Obi runs the shelter. “Why now?” Obi asked. “Because the winter is here.”"])
        #expect(spans.map(\.text) == ["Why now?", "Because the winter is here."])
        #expect(spans.allSatisfy { $0.speaker == "Grace Obi" })
    }

    @Test func qAndALabelsGiveTheAnswersToTheInterviewee() {
        let spans = Self.found([
            "Baker Tomás Ferreira talks to us about flour and early mornings.",
            "Q: Why did you leave finance?",
            "A: My father died and I chose now.",
            "Q: Did you know how to bake?",
            "A: Not really.",
            "But I learned.",
            "Q: What next?",
            "A: More bread.",
        ])
        #expect(
            spans.map(\.text) == ["My father died and I chose now.", "Not really.", "But I learned.", "More bread."])
        #expect(spans.allSatisfy { $0.speaker == "Tomás Ferreira" })
    }
}

extension QuoteFinderTests {
    @Test(arguments: [
        ("\"We start on Monday,\" said Jan Weber.", "We start on Monday"),
        ("„Wir fangen am Montag an“, sagte Jan Weber. He said it twice.", "Wir fangen am Montag an"),
        ("«Nous commençons lundi», said Jan Weber.", "Nous commençons lundi"),
        ("'We start on Monday,' said Jan Weber.", "We start on Monday"),
    ])
    func everyKindOfMarkOpensAndCloses(text: String, inner: String) {
        #expect(Self.found([text]).first?.text == inner)
    }
}

extension QuoteFinderTests {
    @Test func theWritersOwnWordsStayNarrated() {
        let spans = Self.found([
            "I met Hana Ito at the station in Leeds.",
            "“Where are you from?” I asked. “Kyoto,” she said.",
            "I told her: “I have never been to Kyoto.”",
        ])
        #expect(spans.map(\.text) == ["Kyoto"])
        #expect(spans.first?.speaker == "Hana Ito")
    }
}

extension QuoteFinderTests {
    @Test func anFAQExplainerIsNotAnInterview() {
        let spans = Self.found([
            "New rules for e-scooters take effect on 1 July.",
            "What changes on 1 July?",
            "Scooters become a class of vehicle of their own.",
            "Do I need a licence?",
            "No. Riders must be at least sixteen.",
            "What about helmets?",
            "They are recommended but not required.",
            "Will the rental schemes continue?",
            "Yes, they will be folded into the new system.",
        ])
        #expect(spans.isEmpty)
    }
}

extension QuoteFinderTests {
    @Test func oneOfAGroupSpeaks() {
        let spans = Self.found([
            "Residents of Mill Lane were angry on Monday. One said: “Nobody asked us about the road.”"
        ])
        #expect(spans.map(\.speaker) == ["one resident"])
    }
}
