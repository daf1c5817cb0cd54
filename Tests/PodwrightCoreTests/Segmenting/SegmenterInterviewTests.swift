import PodwrightCore
import Testing

/// Interview layouts: a labelled turn ("LB: …", "A: …") is voiced without its label, which is layout, not speech.
@Suite struct SegmenterInterviewTests {
    static let labelled = [
        "Our editor Sam Ortiz talks to the archivist Leah Brandt.",
        "Sam Ortiz: What do you keep?",
        "Leah Brandt: Anything with a date on it.",
        "SO: And what do you throw away?",
        "LB: Almost nothing.",
    ]

    static let questionsAndAnswers = [
        "Baker Tomás Ferreira talks to us about flour and early mornings.",
        "Q: Why did you leave finance?",
        "A: My father died and I chose now.",
        "Q: Did you know how to bake?",
        "A: Not really.",
        "But I learned.",
        "Q: What next?",
        "A: More bread.",
    ]

    static func episode(_ texts: [String], voicing: Segmenter.QuoteVoicing = .voiced) -> (Article, Episode) {
        let article = QuoteFinderTests.article(texts)
        return (article, Segmenter(voicing: voicing).episode(from: article, quotes: QuoteFinder.analyse(article)))
    }

    /// Every segment's source slices the body to exactly its text, and every quote sits in its segment.
    static func expectTraceable(_ article: Article, _ episode: Episode) {
        for segment in episode.segments {
            if let source = segment.source { #expect(article.text(source) == segment.text, "\(segment.id)") }
        }
        #expect(Provenance.strayQuotes(in: episode) == [])
        #expect(Provenance.editedSegments(in: episode, body: article.body) == [])
    }

    @Test func labelledTurnsAreVoicedWithoutTheirLabels() {
        let (article, episode) = Self.episode(Self.labelled)
        let quotes = episode.segments.filter { $0.kind == .quote }
        #expect(
            quotes.map(\.text) == [
                "What do you keep?", "Anything with a date on it.", "And what do you throw away?", "Almost nothing.",
            ])
        #expect(quotes.map(\.speaker) == ["sam-ortiz", "leah-brandt", "sam-ortiz", "leah-brandt"])
        // The label is read by nobody: no narration segment was made of it.
        #expect(episode.segments.filter { $0.kind == .narration }.map(\.text) == [Self.labelled[0]])
        #expect(episode.quotes.map(\.segment) == quotes.map(\.id))
        Self.expectTraceable(article, episode)
    }

    @Test func answersInAQAndALayoutAreVoicedWithoutTheirLabel() {
        let (article, episode) = Self.episode(Self.questionsAndAnswers)
        let answers = episode.segments.filter { $0.kind == .quote }
        #expect(
            answers.map(\.text) == ["My father died and I chose now.", "Not really.", "But I learned.", "More bread."])
        #expect(answers.allSatisfy { !$0.text.hasPrefix("A:") })
        // The questions' "Q:" is layout too: the narrator asks, the answer comes in another voice.
        #expect(
            episode.segments.filter { $0.kind == .narration }.map(\.text) == [
                Self.questionsAndAnswers[0], "Why did you leave finance?", "Did you know how to bake?", "What next?",
            ])
        Self.expectTraceable(article, episode)
    }

    /// Questions labelled "Q:" and answers labelled with the answerer's name: the narrator asks, nobody is called "Q".
    @Test func questionsLabelledQBeforeNamedAnswersAreTheNarrators() {
        let texts = [
            "The union steward Ruth Okafor spoke to us on the picket line.",
            "Q: How long can the union hold out?",
            "OKAFOR: As long as it takes. Our members voted for this.",
            "Q: And the commuters?",
            "OKAFOR: We are sorry for them.",
        ]
        let (article, episode) = Self.episode(texts)
        #expect(!episode.speakers.contains { $0.name == "Q" }, "\(episode.speakers.map(\.name))")
        let quotes = episode.segments.filter { $0.kind == .quote }
        #expect(quotes.map(\.text) == ["As long as it takes. Our members voted for this.", "We are sorry for them."])
        #expect(Set(quotes.map(\.speaker)) == ["ruth-okafor"])
        #expect(
            episode.segments.filter { $0.kind == .narration }.map(\.text) == [
                texts[0], "How long can the union hold out?", "And the commuters?",
            ])
        Self.expectTraceable(article, episode)
    }

    /// A turn that stays with the narrator (its attribution is uncertain) keeps its label: nothing else says who
    /// speaks. Narrated mode keeps every label for the same reason.
    @Test func aTurnLeftWithTheNarratorKeepsItsLabel() {
        let article = QuoteFinderTests.article(Self.questionsAndAnswers)
        var analysis = QuoteFinder.analyse(article)
        analysis.spans[1].confidence = 0.3
        let episode = Segmenter().episode(from: article, quotes: analysis)
        #expect(episode.segments.filter { $0.kind == .quote }.map(\.text).contains("Not really.") == false)
        #expect(episode.segments.contains { $0.text == "A: Not really." && $0.speaker == "narrator" })
        #expect(episode.segments.contains { $0.text == "Did you know how to bake?" })
        Self.expectTraceable(article, episode)
        let narrated = Segmenter(voicing: .narrated).episode(from: article, quotes: analysis)
        #expect(narrated.segments.filter { $0.kind == .narration }.map(\.text) == Self.questionsAndAnswers)
    }

    /// A question the page set as a heading ("SO: …") is read without the interviewer's label; the chapter keeps the
    /// heading as printed.
    @Test func aLabelledQuestionSetAsAHeadingIsReadWithoutItsLabel() {
        var builder = ArticleBuilder()
        builder.section(nil, Array(Self.labelled.prefix(3)))
        builder.section("SO: And what do you throw away?", ["LB: Almost nothing.", "LB: Receipts, sometimes."])
        let article = builder.article()
        let episode = Segmenter().episode(from: article, quotes: QuoteFinder.analyse(article))
        let heading = episode.segments.first { $0.kind == .heading }
        #expect(heading?.text == "And what do you throw away?")
        #expect(heading?.source.map { article.text($0) } == "And what do you throw away?")
        #expect(episode.sections.map(\.title).contains("SO: And what do you throw away?"))
        #expect(
            episode.segments.filter { $0.section == "s1" && $0.kind == .quote }.map(\.text)
                == ["Almost nothing.", "Receipts, sometimes."])
        Self.expectTraceable(article, episode)
    }

    /// Only known labels go: a time or a colon in ordinary narration stays.
    @Test func ordinaryColonsInNarrationStay() {
        let texts =
            Self.questionsAndAnswers + ["Note: the bakery opens at 7:30 daily.", "Q:10 of the survey asked why."]
        let (_, episode) = Self.episode(texts)
        #expect(episode.segments.contains { $0.text == "Note: the bakery opens at 7:30 daily." })
        #expect(episode.segments.contains { $0.text == "Q:10 of the survey asked why." })
    }

    /// With every word in one voice nothing else says who speaks, so the narrator reads the label as printed.
    @Test func narratedTurnsKeepTheirLabels() {
        for texts in [Self.labelled, Self.questionsAndAnswers] {
            let (article, episode) = Self.episode(texts, voicing: .narrated)
            #expect(episode.segments.filter { $0.kind == .narration }.map(\.text) == texts)
            Self.expectTraceable(article, episode)
        }
    }

    @Test func labelledTurnsSurviveRenderThenParse() {
        for texts in [Self.labelled, Self.questionsAndAnswers] {
            let (_, episode) = Self.episode(texts)
            let result = ScriptParser.parse(ScriptRenderer.render(episode), file: "script.md")
            #expect(result.problems == [])
            #expect(result.episode == episode)
        }
    }

    /// On every annotated fixture read as `podwright script` reads it: a voiced segment starts at its quote, never
    /// at a label before it, and stays traceable to the article.
    @Test func noFixtureVoicesALabel() throws {
        for fixture in try QuoteFixture.bundled(reader: true) {
            let article = fixture.article
            let episode = Segmenter().episode(from: article, quotes: QuoteFinder.analyse(article))
            for segment in episode.segments where segment.kind == .quote {
                guard let source = segment.source,
                    let first = episode.quotes.first(where: { $0.segment == segment.id })?.source
                else { continue }
                let lead = article.text(TextRange(start: source.start, end: max(source.start, first.start)))
                #expect(
                    !lead.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil },
                    "\(fixture.name) \(segment.id): “\(lead)”")
            }
            Self.expectTraceable(article, episode)
        }
    }
}
