import Foundation
import Testing

@testable import PodwrightCore

/// Dates as pages print them, normalised to ISO 8601, and the page's own metadata (canonical address, image,
/// language, JSON-LD) carried onto the article and the episode.
@Suite struct ArticleMetadataTests {
    @Test(arguments: [
        ("Nov 19, 2019 11:34 PM EST", "2019-11-19T23:34:00-05:00"),
        ("11:34 PM EST Nov 19, 2019", "2019-11-19T23:34:00-05:00"),
        ("Updated 14:05 GMT, Tuesday 3 June 2025", "2025-06-03T14:05:00Z"),
        ("21.10.2019", "2019-10-21"),
        ("10/21/2019", "2019-10-21"),
        ("6. August 2009", "2009-08-06"),
        ("3 de março de 2021", "2021-03-03"),
        ("le 14 juillet 2020", "2020-07-14"),
        ("12 dicembre 2018", "2018-12-12"),
        ("2019年11月19日", "2019-11-19"),
        ("June 3rd, 2025", "2025-06-03"),
        ("2019-11-19T23:34:00.000Z", "2019-11-19T23:34:00Z"),
        ("2019-11-19T23:34:00+0100", "2019-11-19T23:34:00+01:00"),
        ("2019-11-19", "2019-11-19"),
    ])
    func writtenDatesBecomeISO8601(printed: String, iso: String) {
        #expect(ArticleDate.iso8601(printed) == iso)
    }

    @Test(arguments: ["Posted 2 hours ago", "Chapter 12", "LONDON"])
    func textThatIsNoDateStaysUnread(text: String) {
        #expect(ArticleDate.iso8601(text) == nil)
    }

    static let page = """
        <html lang="pt_BR"><head><title>Ponte reabre | Gazeta</title>
        <link rel="canonical" href="https://gazeta.example/2021/ponte-reabre">
        <meta property="og:image" content="https://gazeta.example/img/ponte.jpg">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ponte reabre",
        "datePublished": "2021-03-03T08:30:00-03:00", "author": {"@type": "Person", "name": "Ana Lima"}}</script>
        </head><body><article><h1>Ponte reabre</h1><p>Há 2 horas</p>
        <p>A ponte sobre o rio reabriu nesta quarta-feira, depois de seis meses de obras, e os primeiros carros
        passaram às sete da manhã, sob aplausos de moradores que esperavam na margem desde cedo.</p>
        </article></body></html>
        """

    @Test func pageMetadataFillsTheArticleAndEpisode() throws {
        let article = try ArticleReader.read(data: Data(Self.page.utf8), name: "saved/page.html")
        #expect(article.source == "https://gazeta.example/2021/ponte-reabre")
        #expect(article.image == "https://gazeta.example/img/ponte.jpg")
        #expect(article.language == "pt-BR")
        #expect(article.date == "2021-03-03T08:30:00-03:00")
        #expect(article.authors == ["Ana Lima"])
        #expect(article.warnings.isEmpty)
        let episode = Segmenter(show: ShowConfiguration()).episode(from: article, quotes: QuoteFinder.analyse(article))
        #expect(episode.image == article.image)
        #expect(episode.language == "pt-BR")
        #expect(episode.source == article.source)
    }

    @Test func aMissingDateIsAWarningNotToday() throws {
        let text = "Ferry returns\n\nThe ferry to the islands returned on a calm morning, and the harbour was full.\n"
        let article = try ArticleReader.read(data: Data(text.utf8), name: "ferry.txt")
        #expect(article.date == nil)
        #expect(article.warnings == [.noDate])
        #expect(article.source == "ferry.txt")
    }
}
