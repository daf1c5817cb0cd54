import PodwrightCore
import Testing

@Suite struct SegmenterTests {
    static let tsuruoka = QuotedPerson(
        id: "koji-tsuruoka", name: "Koji Tsuruoka", aliases: ["Ambassador Tsuruoka"],
        title: "Japan’s ambassador to London")
    static let opening = "Japan’s ambassador wishes the meeting success."
    static let quoted = "“We’ve always been consistent,” said Ambassador Tsuruoka."
    static let split = "“The goal is peace,” he said. “Action will bring us there.”"
    static let partial = "The diplomat believes that “the Japanese always follow” when it comes to Korea."

    static func article() -> Article {
        var builder = ArticleBuilder()
        builder.title = "Trust and Summits"
        builder.credits = ["Ada Writer covers diplomacy."]
        builder.section(nil, [opening])
        builder.section("Japan’s Support", [quoted, split, partial])
        return builder.article()
    }

    static func analysis(_ article: Article) throws -> QuoteAnalysis {
        let spans = [
            try #require(
                article.span(
                    "“We’ve always been consistent,”", inner: "We’ve always been consistent",
                    section: 1, paragraph: 0, speaker: "koji-tsuruoka")),
            try #require(
                article.span(
                    "“The goal is peace,”", inner: "The goal is peace", section: 1, paragraph: 1,
                    speaker: "koji-tsuruoka")),
            try #require(
                article.span(
                    "“Action will bring us there.”", inner: "Action will bring us there.",
                    section: 1, paragraph: 1, speaker: "koji-tsuruoka", confidence: 0.7)),
            try #require(
                article.span(
                    "“the Japanese always follow”", inner: "the Japanese always follow",
                    section: 1, paragraph: 2, speaker: nil, confidence: 0.3, partial: true)),
        ]
        return QuoteAnalysis(speakers: [tsuruoka], spans: spans)
    }

    @Test func voicedQuotesGetTheirOwnSegmentsAndAttributionStaysNarration() throws {
        let article = Self.article()
        let episode = Segmenter().episode(from: article, quotes: try Self.analysis(article))
        let byID = Dictionary(uniqueKeysWithValues: episode.segments.map { ($0.id, $0) })
        #expect(byID["s1-p1a"]?.text == "“We’ve always been consistent,”")
        #expect(byID["s1-p1a"]?.speaker == "koji-tsuruoka")
        #expect(byID["s1-p1a"]?.kind == .quote)
        #expect(byID["s1-p1b"]?.text == "said Ambassador Tsuruoka.")
        #expect(byID["s1-p1b"]?.speaker == "narrator")
        #expect(byID["s1-p1b"]?.kind == .narration)
        #expect(
            episode.segments.filter { $0.id.hasPrefix("s1-p2") }.map(\.text)
                == ["“The goal is peace,”", "he said.", "“Action will bring us there.”"])
        #expect(byID["s1-p3"]?.text == Self.partial)
        #expect(byID["s1-p3"]?.speaker == "narrator")
        for segment in episode.segments {
            if let source = segment.source { #expect(article.text(source) == segment.text, "\(segment.id)") }
        }
    }

    @Test func everySpanIsListedWithItsSegment() throws {
        let article = Self.article()
        let episode = Segmenter().episode(from: article, quotes: try Self.analysis(article))
        #expect(episode.quotes.map(\.segment) == ["s1-p1a", "s1-p2a", "s1-p2c", "s1-p3"])
        #expect(episode.quotes.map(\.speaker) == ["koji-tsuruoka", "koji-tsuruoka", "koji-tsuruoka", "narrator"])
        #expect(episode.quotes[3].partial)
        #expect(episode.quotes[0].text == "We’ve always been consistent")
        #expect(episode.quotes.allSatisfy { $0.source.map { article.text($0) } == $0.text })
    }

    @Test func narratedModeKeepsEveryWordWithTheNarrator() throws {
        let article = Self.article()
        let episode = Segmenter(voicing: .narrated).episode(from: article, quotes: try Self.analysis(article))
        #expect(episode.segments.allSatisfy { $0.speaker == "narrator" })
        #expect(episode.segments.first { $0.id == "s1-p1" }?.text == Self.quoted)
        #expect(episode.quotes.count == 4)
        #expect(episode.quotes[0].segment == "s1-p1")
        #expect(episode.speakers.map(\.id) == ["narrator", "koji-tsuruoka"])
    }

    @Test func lowConfidenceQuotesStayWithTheNarrator() throws {
        let article = Self.article()
        var analysis = try Self.analysis(article)
        analysis.spans[0].confidence = 0.4
        let episode = Segmenter().episode(from: article, quotes: analysis)
        #expect(episode.segments.first { $0.id == "s1-p1" }?.speaker == "narrator")
        #expect(episode.quotes[0].speaker == "koji-tsuruoka")
        #expect(episode.quotes[0].segment == "s1-p1")
    }

    @Test func framingSectionsAndIds() throws {
        let episode = Segmenter().episode(from: Self.article(), quotes: .none)
        // The opening paragraphs, under no heading, belong to the intro: its chapter carries the article title.
        #expect(episode.sections.map(\.id) == ["intro", "s1", "credits"])
        #expect(episode.sections.map(\.title) == ["Trust and Summits", "Japan’s Support", "Credits"])
        #expect(episode.segments.first { $0.id == "intro-p1" }?.section == "intro")
        #expect(
            episode.segments.map(\.id)
                == ["title", "intro-p1", "s1-h", "s1-p1", "s1-p2", "s1-p3", "credits-1", "outro"])
        #expect(episode.segments[0].text == "Trust and Summits. By Ada Writer.")
        #expect(episode.segments[0].kind == .title)
        #expect(episode.segments[0].source == nil)
        #expect(
            episode.segments.last?.text
                == "You have been listening to Trust and Summits, by Ada Writer. This is Podwright Narrated Articles.")
        #expect(episode.credits == ["Ada Writer covers diplomacy."])
        #expect(episode.speakers.first?.role == .narrator)
    }

    @Test func titlesEndingInTheirOwnStopAreNotDoubledUp() {
        var article = Self.article()
        article.title = "Can the {show} Train Save {authors}?"
        let episode = Segmenter().episode(from: article, quotes: .none)
        #expect(episode.segments.first?.text == "Can the {show} Train Save {authors}? By Ada Writer.")
        #expect(
            episode.segments.last?.text
                == "You have been listening to Can the {show} Train Save {authors}? by Ada Writer. "
                + "This is Podwright Narrated Articles.")
    }

    /// With the default templates "{title}. By {authors}." and "… {title}, by {authors}. …", a title's own stop
    /// replaces the template's, even inside closing marks; a title without one gets the template's.
    @Test(arguments: [
        ("Can Trust Survive?", "Can Trust Survive? By Ada Writer.", "Can Trust Survive? by"),
        ("Summit Off!", "Summit Off! By Ada Writer.", "Summit Off! by"),
        ("Wait and See…", "Wait and See… By Ada Writer.", "Wait and See… by"),
        ("Who Said “Enough?”", "Who Said “Enough?” By Ada Writer.", "Who Said “Enough?” by"),
        ("  Can Trust Survive?  ", "Can Trust Survive? By Ada Writer.", "Can Trust Survive? by"),
        ("Why They Said “Enough”", "Why They Said “Enough”. By Ada Writer.", "Why They Said “Enough”, by"),
        ("The Jones’", "The Jones’. By Ada Writer.", "The Jones’, by"),
    ])
    func titleWordingHasOneStop(title: String, opening: String, outro: String) {
        var article = Self.article()
        article.title = title
        let episode = Segmenter().episode(from: article, quotes: .none)
        #expect(episode.segments.first?.text == opening)
        #expect(
            episode.segments.last?.text == "You have been listening to \(outro) Ada Writer. "
                + "This is Podwright Narrated Articles.")
        for segment in episode.segments.filter({ $0.source == nil }) {
            for doubled in ["?.", "!.", "….", "?,", "!,", "…,", "?”.", "?”,", " ."] {
                #expect(!segment.text.contains(doubled), "\(segment.id): \(segment.text)")
            }
        }
    }

    @Test func theDeckIsReadAfterTheTitle() {
        var article = Self.article()
        article.deck = "Why the summit still matters."
        let episode = Segmenter().episode(from: article, quotes: .none)
        #expect(episode.segments.prefix(2).map(\.id) == ["title", "deck"])
        #expect(episode.segments[1].text == "Why the summit still matters.")
        #expect(episode.segments[1].section == "intro")
    }

    @Test func showTemplatesPaceAndVoices() throws {
        var show = ShowConfiguration(
            name: "Morning Read", narratorName: "Sam Host", introTemplate: "This is {show}.",
            wordsPerMinute: 60, voices: ["narrator": "en-gb-1"])
        show.outroTemplate = ""
        var article = Self.article()
        article.authors = []
        let episode = Segmenter(show: show).episode(from: article, quotes: .none)
        #expect(episode.segments.prefix(2).map(\.text) == ["This is Morning Read.", "Trust and Summits"])
        #expect(episode.segments.prefix(2).map(\.kind) == [.intro, .title])
        #expect(episode.segments.last?.kind == .credits)
        #expect(episode.speakers[0].name == "Sam Host")
        #expect(episode.speakers[0].voice == "en-gb-1")
        #expect(episode.segments[0].estimatedSeconds == 4)
    }

    @Test(arguments: [
        ("One two three.", 155.0, 1.2), ("", 155, 0), ("— Jae-in U.N. —", 60, 2), ("a b c d e f g h i j", 600, 1),
    ])
    func readingTime(text: String, pace: Double, seconds: Double) {
        #expect(ReadingTime.seconds(for: text, wordsPerMinute: pace) == seconds)
    }

    @Test func stopsAfterAQuoteJoinTheQuote() throws {
        var builder = ArticleBuilder()
        builder.section(nil, ["She said: “It works”."])
        let article = builder.article()
        let span = try #require(
            article.span(
                "“It works”", inner: "It works", section: 0, paragraph: 0,
                speaker: "koji-tsuruoka"))
        let episode = Segmenter().episode(
            from: article, quotes: QuoteAnalysis(speakers: [Self.tsuruoka], spans: [span]))
        #expect(episode.segments.filter { $0.id.hasPrefix("intro-p1") }.map(\.text) == ["She said:", "“It works”."])
    }
}
