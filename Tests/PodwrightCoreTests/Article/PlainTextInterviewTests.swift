import Foundation
import Testing

@testable import PodwrightCore

/// Interview turns in scraped text stay paragraphs, so their quotes can be found; real question headings stay
/// headings.
@Suite struct PlainTextInterviewTests {
    static func read(_ text: String) throws -> Article {
        try ArticleReader.read(data: Data(text.utf8), name: "page.txt", format: .text)
    }

    static let labelled = """
        Ideas › Conversations
        The beekeeper who counts the city’s flowers
        By Noor Haddad
        Each month we talk to someone whose work keeps the city running without anyone noticing. This month it \
        is Tomas Greer, who keeps forty hives on the roofs of the old tram depots.
        Noor Haddad: You started with a single hive. What made you keep going?
        Tomas Greer: Curiosity, mostly. The honey from the depot roof tasted of lime trees, and I wanted to know \
        which streets the bees were working.
        NH: Why now?
        TG: Because the council is about to cut down half the lime trees, and I have ten years of notes on them.
        NH: You call the hives “the city’s accountants”. Why?
        TG: They keep a record of every flower in three kilometres, and they never round the figures up.
        Noor Haddad edits Conversations.
        """

    @Test func labelledTurnsAreParagraphsNotHeadings() throws {
        let article = try Self.read(Self.labelled)
        #expect(article.sections.compactMap(\.title).isEmpty)
        let paragraphs = article.sections.flatMap(\.paragraphs).map(\.text)
        #expect(paragraphs.contains("NH: Why now?"))
        #expect(paragraphs.contains("NH: You call the hives “the city’s accountants”. Why?"))
        #expect(paragraphs.filter { PlainTextReader.turnLabel($0) != nil }.count == 6)
    }

    @Test func labelledQuestionsAreQuotedAndAttributed() throws {
        let article = try Self.read(Self.labelled)
        let analysis = QuoteFinder.analyse(article)
        let scalars = Array(article.body.unicodeScalars)
        let names = Dictionary(uniqueKeysWithValues: analysis.speakers.map { ($0.id, $0.name) })
        func speaker(of opening: String) -> String? {
            let span = analysis.spans.first { span in
                String(String.UnicodeScalarView(scalars[span.inner.start..<span.inner.end])).hasPrefix(opening)
            }
            return span?.speaker.flatMap { names[$0] }
        }
        #expect(speaker(of: "Why now?") == "Noor Haddad")
        #expect(speaker(of: "You call the hives") == "Noor Haddad")
        #expect(speaker(of: "Because the council") == "Tomas Greer")
    }

    @Test func unlabelledQuestionsBeforeFirstPersonAnswersAreParagraphs() throws {
        let text = """
            The last lamplighter
            By Ana Ruiz
            For thirty years Olek Marsh has lit the gas lamps of the old town by hand, one street at a time, \
            and next week the last of them will be switched to electric timers.
            How did it start?
            My father did the round before me, and one winter his knee gave out, so I took his ladder and never \
            gave it back.
            What will change?
            The lamps will come on at the right minute every night. I used to be late on purpose in summer.
            Will you miss it?
            I will miss the people who waited at their windows to see me pass. The lamps will not miss me at all.
            """
        let article = try Self.read(text)
        #expect(article.sections.compactMap(\.title).isEmpty)
        let paragraphs = article.sections.flatMap(\.paragraphs).map(\.text)
        #expect(paragraphs.contains("How did it start?"))
        #expect(paragraphs.contains("Will you miss it?"))
    }

    @Test func explainerQuestionHeadingsStayHeadings() throws {
        let text = """
            What the new parking rules mean for you
            By Ana Ruiz
            The council’s new parking rules come into force on Monday, and residents have been asking what they \
            will have to do differently.
            Do I need a new permit?
            Only if your current permit runs out before September. Permits issued this year stay valid.
            What about visitors?
            Visitor passes can now be bought online, by the hour, from the council’s website.
            Where can electric cars charge?
            Forty new charging bays open on side streets in the old town, each limited to four hours.
            """
        let article = try Self.read(text)
        #expect(
            article.sections.compactMap(\.title) == [
                "Do I need a new permit?", "What about visitors?", "Where can electric cars charge?",
            ])
    }

    @Test func aQuestionHeadingAmongStatementHeadingsStaysAHeading() throws {
        let text = """
            The case for slower trains
            By Ana Ruiz
            Every few years someone promises to shave ten minutes off the journey to the coast, and every few \
            years I wonder who asked for it.
            What speed costs
            The last upgrade cost more than the line earned in a decade, and I still missed my connection.
            Why now?
            Because the timetable is being rewritten this spring, and I would like someone to ask passengers first.
            What I would do instead
            I would run more trains, not faster ones, and I would keep the buffet car.
            """
        let article = try Self.read(text)
        #expect(article.sections.compactMap(\.title) == ["What speed costs", "Why now?", "What I would do instead"])
    }

    @Test(
        arguments: [
            ("SO: How do you decide?", "SO"), ("Leah Brandt: A box of lists.", "Leah Brandt"), ("Q: Why?", "Q"),
            ("Editor’s note: This was edited.", nil), ("02:58 Polls close", nil), ("Update:", nil),
            ("the mayor said: no", nil),
        ] as [(String, String?)])
    func turnLabels(line: String, label: String?) {
        #expect(PlainTextReader.turnLabel(line) == label)
    }
}
