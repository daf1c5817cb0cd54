import Foundation
import Testing

@testable import PodwrightCore

@Suite struct HTMLReaderTests {
    static func read(_ html: String) throws -> Article {
        try ArticleReader.read(data: Data(html.utf8), name: "page.html")
    }

    static let paragraph =
        "The ferry to the outer islands will run twice a day from May, the operator said on Tuesday, "
        + "after a winter in which storms cancelled one sailing in three."

    @Test func layoutTablesAreReadAndDataTablesRowByRow() throws {
        let html = """
            <html><body><table><tr><td class="nav"><a href="/">Home</a><br><a href="/n">News</a></td><td>
            <h1>Ferries return to the islands</h1><p>\(Self.paragraph)</p>
            <table><tr><th>Day</th><th>Sailings</th></tr><tr><td>Monday</td><td>2</td></tr></table>
            <p>Fares will stay at last year's prices until the end of the summer, the operator added today.</p>
            </td></tr></table></body></html>
            """
        let article = try Self.read(html)
        #expect(article.title == "Ferries return to the islands")
        #expect(
            article.sections.flatMap(\.paragraphs).map(\.text) == [
                Self.paragraph, "Day, Sailings", "Monday, 2",
                "Fares will stay at last year's prices until the end of the summer, the operator added today.",
            ])
    }

    @Test func laterH1sAreSectionHeadings() throws {
        let html = """
            <html><head><title>Ferries return to the islands</title></head><body><article>
            <h1>Ferries return to the islands</h1><p>\(Self.paragraph)</p>
            <h1>What changes</h1><p>\(Self.paragraph)</p></article></body></html>
            """
        let article = try Self.read(html)
        #expect(article.sections.map(\.title) == [nil, "What changes"])
    }

    @Test func relatedLinkListsAndCaptionsAreDropped() throws {
        let html = """
            <html><body><article><h1>Ferries return to the islands</h1>
            <figure><img src="a.jpg"><figcaption>The ferry at dawn. Photo: Ana Ruiz</figcaption></figure>
            <p>\(Self.paragraph)</p>
            <ul><li><a href="/1">Storm closes the harbour</a></li><li><a href="/2">New pier opens</a></li></ul>
            <p>Read more: <a href="/3">Island schools to share teachers</a></p>
            <ul><li>Two sailings a day from May</li><li>Fares frozen until September</li></ul>
            </article></body></html>
            """
        let article = try Self.read(html)
        let texts = article.sections.flatMap(\.paragraphs)
        #expect(texts.map(\.text) == [Self.paragraph, "Two sailings a day from May", "Fares frozen until September"])
        #expect(texts.map(\.isListItem) == [false, true, true])
    }

    /// A block whose own heading is named as related posts holds other articles, however much prose they have:
    /// the short article before it is the one read.
    /// (A short article, read by structure, and one long enough for class names.)
    @Test(arguments: [false, true])
    func postsUnderARelatedHeadingAreNotTheArticle(long: Bool) throws {
        let other = (1...3).map { number in
            "<article class=\"postbox\"><h2>Harbour story \(number)</h2><p>\(Self.paragraph) \(Self.paragraph)</p>"
                + "<p>\(Self.paragraph)</p></article>"
        }
        let html = """
            <html><body><div id="content"><article class="postbox"><h1>Ferries return to the islands</h1>
            <p>\(Self.paragraph)</p><p>\(long ? Self.paragraph : "")</p>
            <p>Fares will stay at last year's prices until the end of the summer.</p></article>
            <article class="postbox"><h3 class="relatedpoststitle">You may also like</h3>\(other.joined())</article>
            </div></body></html>
            """
        let article = try Self.read(html)
        #expect(
            article.sections.flatMap(\.paragraphs).map(\.text)
                == [Self.paragraph] + (long ? [Self.paragraph] : [])
                + ["Fares will stay at last year's prices until the end of the summer."])
    }
}
