import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightCore

@Suite struct PlainTextReaderTests {
    static let sample = Repository.sharedSample

    @Test(.enabled(if: Repository.hasShared, Repository.sharedSkipMessage)) func sampleStructure() async throws {
        let article = try await ArticleReader.read(contentsOf: Self.sample.path)
        #expect(article.title == "Trusting Kim and Trump is Like Believing the Impossible")
        #expect(article.authors == ["Duncan Bartlett"])
        #expect(article.category == "Politics & Security")
        #expect(
            article.sections.compactMap(\.title) == [
                "Trust issues", "Japan’s Support", "Reading Trump", "Seoul’s Concern", "Tokyo Under Threat",
                "A Clear Agenda",
            ])
        #expect(article.sections.first?.title == nil)
        #expect(article.credits.count == 1)
        #expect(article.credits.first?.hasPrefix("Duncan Bartlett is a regular contributor") == true)
        #expect(!article.body.contains("Connect with us"))
    }

    @Test func bylineWithDateAndDeck() throws {
        let text = """
            World › Asia
            Ferry operators brace for a quiet summer on the inland sea
            Bookings are down by a third, and the smaller lines say they cannot wait for the autumn.
            By Mara Lindqvist and Oskar Bell | June 3, 2025
            Share
            The ferries that stitch together the islands of the inland sea have rarely looked so empty in June, \
            and the people who run them are worried.
            Timetables
            Three of the five operators have already cut their timetables, leaving some islands with one boat a day.
            """
        let article = try ArticleReader.read(data: Data(text.utf8), name: "ferries.txt")
        #expect(article.title == "Ferry operators brace for a quiet summer on the inland sea")
        #expect(article.category == "Asia")
        #expect(article.authors == ["Mara Lindqvist", "Oskar Bell"])
        #expect(article.date == "2025-06-03")
        #expect(article.deck?.hasPrefix("Bookings are down") == true)
        #expect(article.sections.map(\.title) == [nil, "Timetables"])
        #expect(!article.body.contains("Share"))
    }

    @Test(arguments: [
        ("Advertisement", true), ("Read more: Why the port closed", true), ("Share this article", true),
        ("Photo: Ana Ruiz / Getty Images", true), ("10.42 BST", true), ("Sign up for our morning newsletter", true),
        ("We use cookies to improve your experience on our site.", true),
        ("He said the share price had fallen by a third since March.", false),
        ("Advertisers left the paper in droves after the scandal broke.", false),
        ("The newsletter, which has 40,000 subscribers, was sold last year.", false),
    ])
    func boilerplateLines(line: String, isFurniture: Bool) {
        #expect(Boilerplate.isBoilerplate(line) == isFurniture)
    }
}

@Suite struct PlainTextCreditsTests {
    @Test func wireCreditsInParenthesesAndOpinionKicker() throws {
        let text = """
            Opinion
            The harbour needs a second tug before the winter storms arrive
            By Marit Olsen
            Every pilot in the port has now signed the letter, and the port authority should read it twice before \
            its board meets next month to decide.
            The ships are twice the size they were ten years ago, and the margin for error has shrunk with them.
            (Reporting by Marit Olsen; Editing by Jon Vik)
            """
        let article = try ArticleReader.read(data: Data(text.utf8), name: "tug.txt")
        #expect(article.category == "Opinion")
        #expect(article.credits == ["(Reporting by Marit Olsen; Editing by Jon Vik)"])
        #expect(article.sections.flatMap(\.paragraphs).count == 2)
    }
}

@Suite struct PlainTextNothingLostTests {
    @Test func proseAmongHeaderLinesStaysInTheBody() throws {
        let text = """
            Ferry fares rise for the third year running
            Operators blame fuel and crew costs for the increase announced on Monday.
            The rise takes the price of a return ticket to the islands above forty euros for the first time.
            By Ana Ruiz
            Passengers will pay about eight per cent more from April, the two operators on the route said, \
            and season tickets will rise by a little less.
            """
        let article = try ArticleReader.read(data: Data(text.utf8), name: "fares.txt")
        #expect(article.title == "Ferry fares rise for the third year running")
        #expect(article.authors == ["Ana Ruiz"])
        // Standfirst or opening paragraph, whichever the reader takes it for, nothing of it is dropped.
        let readable = article.body + " " + (article.deck ?? "")
        #expect(readable.contains("Operators blame fuel and crew costs for the increase announced on Monday."))
        #expect(article.body.contains("The rise takes the price of a return ticket"))
        #expect(article.body.hasSuffix("season tickets will rise by a little less."))
        #expect(!article.body.contains("By Ana Ruiz"))
    }
}
