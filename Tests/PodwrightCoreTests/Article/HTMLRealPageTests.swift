import Foundation
import Testing

@testable import PodwrightCore

/// Layouts of real pages that once had their article refused or cut: a page wrapped in one form, articles nested
/// in articles, Japanese text without spaces, links inside sentences.
@Suite struct HTMLRealPageTests {
    static let paragraphs = [
        "The river authority opened the new flood gates on Monday, two years after the spring floods reached the "
            + "market square and closed the bridge for a month.",
        "Engineers tested each gate at dawn, and the first barge passed through the lock shortly after nine, "
            + "watched by a crowd of residents on the bank.",
        "The authority said the gates would be closed only when the river rose above its winter mark, which "
            + "happens on average twice a year.",
    ]

    static func body() -> String { paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n") }

    @Test func aPageWrappedInOneFormIsRead() throws {
        let html = """
            <html><body><form id="aspnetForm" method="post" action="./page.aspx">
            <input type="hidden" name="__VIEWSTATE" value="abc">
            <div class="page"><h1>Flood gates open on the river</h1><div class="story">\(Self.body())</div></div>
            </form></body></html>
            """
        let article = try HTMLReaderTests.read(html)
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == Self.paragraphs)
    }

    @Test func aSearchFormIsStillFurniture() throws {
        let html = """
            <html><body><form action="/search"><p>Search the site</p><input name="q"></form>
            <article><h1>Flood gates open on the river</h1>\(Self.body())</article></body></html>
            """
        let article = try HTMLReaderTests.read(html)
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == Self.paragraphs)
    }

    @Test func aBodyInsideAFurnitureNamedWrapperIsRead() throws {
        let html = """
            <html><body><article><h1>Flood gates open on the river</h1><div class="article-body">
            <div class="paywall">\(Self.body())</div></div>
            <div class="related-stories"><p>Storm closes the harbour</p></div></article></body></html>
            """
        let article = try HTMLReaderTests.read(html)
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == Self.paragraphs)
    }

    @Test func nestedArticlesAreOneArticleNotALiveBlog() throws {
        let html = """
            <html><body><article id="page"><div class="col"><article class="content">
            <h1>Flood gates open on the river</h1><article id="fragment">\(Self.body())</article>
            </article></div></article></body></html>
            """
        let article = try HTMLReaderTests.read(html)
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == Self.paragraphs)
    }

    @Test func japaneseTextWithoutSpacesIsNotRefused() throws {
        let html = """
            <html lang="ja"><body><article><h1>川の新しい水門が開く</h1>
            <p>川の管理局は月曜日、新しい水門を開きました。二年前の春の洪水では市場の広場まで水が来ました。</p>
            <p>技術者たちは夜明けに水門を一つずつ試し、九時過ぎに最初の船が通りました。</p>
            </article></body></html>
            """
        let article = try HTMLReaderTests.read(html)
        #expect(article.sections.flatMap(\.paragraphs).count == 2)
    }

    @Test func aPageWithNoArticleIsStillRefused() {
        let html = """
            <html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <form action="/login"><p>Sign in</p><input name="user"></form>
            <footer><p>© River Gazette</p></footer></body></html>
            """
        #expect(throws: ArticleError.self) { try HTMLReaderTests.read(html) }
    }

    @Test func punctuationAfterALinkKeepsItsPlace() throws {
        let html = """
            <html><body><article><h1>Flood gates open on the river</h1>\(Self.body())
            <p>The <a href="/authority">river authority</a>, which runs the lock, said the <a href="/gates">gates</a>
            cost less than planned.</p></article></body></html>
            """
        let article = try HTMLReaderTests.read(html)
        #expect(
            article.sections.flatMap(\.paragraphs).last?.text
                == "The river authority, which runs the lock, said the gates cost less than planned.")
    }
}
