import Foundation
import PodwrightCore
import Testing

/// Sections become chapters: every one has a title, and paragraphs under no heading join the chapter before them.
@Suite struct SegmenterSectionTests {
    static func episode(_ build: (inout ArticleBuilder) -> Void) -> (Article, Episode) {
        var builder = ArticleBuilder()
        builder.title = "The Night Ferry"
        builder.credits = ["Ada Writer reports on transport."]
        build(&builder)
        let article = builder.article()
        return (article, Segmenter().episode(from: article, quotes: .none))
    }

    static func expectSaneChapters(_ episode: Episode) {
        #expect(episode.sections.allSatisfy { !$0.title.isEmpty }, "\(episode.sections)")
        #expect(!ScriptRenderer.render(episode).contains("\n## <!--"))
        for section in episode.sections {
            #expect(episode.segments.contains { $0.section == section.id }, "section \(section.id) is empty")
        }
        let result = ScriptParser.parse(ScriptRenderer.render(episode), file: "script.md")
        #expect(result.problems == [])
        #expect(result.episode == episode)
    }

    @Test func anArticleWithoutHeadingsIsIntroAndCredits() {
        let (article, episode) = Self.episode {
            $0.section(nil, ["The last ferry leaves at midnight.", "Few passengers take it.", "Most are crew."])
        }
        #expect(episode.sections.map(\.id) == ["intro", "credits"])
        #expect(episode.sections.first?.title == "The Night Ferry")
        #expect(
            episode.segments.map(\.id) == ["title", "intro-p1", "intro-p2", "intro-p3", "credits-1", "outro"])
        #expect(episode.segments.filter { $0.section == "intro" }.count == 4)
        for segment in episode.segments {
            if let source = segment.source { #expect(article.text(source) == segment.text) }
        }
        Self.expectSaneChapters(episode)
    }

    @Test func theFirstHeadingIsSectionOneWhenTheArticleOpensWithOne() {
        let (_, episode) = Self.episode {
            $0.section("Boarding", ["The last ferry leaves at midnight."])
            $0.section("Crossing", ["The sea is calm."])
        }
        #expect(episode.sections.map(\.id) == ["intro", "s1", "s2", "credits"])
        #expect(episode.segments.map(\.id) == ["title", "s1-h", "s1-p1", "s2-h", "s2-p1", "credits-1", "outro"])
        Self.expectSaneChapters(episode)
    }

    @Test func openingParagraphsBelongToTheIntroAndHeadingsCountFromOne() {
        let (_, episode) = Self.episode {
            $0.section(nil, ["The last ferry leaves at midnight.", "Few passengers take it."])
            $0.section("Crossing", ["The sea is calm."])
        }
        #expect(episode.sections.map(\.id) == ["intro", "s1", "credits"])
        #expect(
            episode.segments.map(\.id)
                == ["title", "intro-p1", "intro-p2", "s1-h", "s1-p1", "credits-1", "outro"])
        #expect(episode.segments.map(\.section) == ["intro", "intro", "intro", "s1", "s1", "credits", "credits"])
        Self.expectSaneChapters(episode)
    }

    /// A run under no heading later in the article carries on the chapter before it, its paragraphs numbered on,
    /// and quotes in it still find their segment.
    @Test func aLaterRunWithoutAHeadingCarriesOnTheChapterBeforeIt() throws {
        var builder = ArticleBuilder()
        builder.title = "The Night Ferry"
        builder.section("Boarding", ["The last ferry leaves at midnight."])
        builder.section(nil, ["“It is never late,” said Ines Varga."])
        let article = builder.article()
        let speaker = QuotedPerson(id: "ines-varga", name: "Ines Varga")
        let span = try #require(
            article.span(
                "“It is never late,”", inner: "It is never late", section: 1, paragraph: 0, speaker: "ines-varga"))
        let episode = Segmenter().episode(from: article, quotes: QuoteAnalysis(speakers: [speaker], spans: [span]))
        #expect(episode.sections.map(\.id) == ["intro", "s1", "credits"])
        #expect(episode.segments.map(\.id) == ["title", "s1-h", "s1-p1", "s1-p2a", "s1-p2b", "outro"])
        #expect(episode.segments.first { $0.id == "s1-p2a" }?.speaker == "ines-varga")
        #expect(episode.quotes.map(\.segment) == ["s1-p2a"])
        Self.expectSaneChapters(episode)
    }

    /// Every article fixture and annotated quote fixture, read as `podwright script` reads it: one chapter per
    /// heading plus the intro (and credits), every chapter titled and holding something, ids unique, text traceable.
    @Test func everyFixtureGivesTitledChapters() throws {
        var articles = try ["html", "text", "markdown"].flatMap { kind in
            try ArticleFixture.all(kind).map { try $0.read() }
        }
        articles += try QuoteFixture.bundled(reader: true).map(\.article)
        #expect(articles.count > 40)
        for article in articles {
            let episode = Segmenter().episode(from: article, quotes: QuoteFinder.analyse(article))
            let headings = article.sections.filter { !($0.title ?? "").scriptTrimmedForTests.isEmpty }.count
            let credits = episode.sections.last?.id == "credits" ? 1 : 0
            #expect(episode.sections.count == 1 + headings + credits, "\(article.title)")
            #expect(episode.sections.first?.id == "intro")
            #expect(Set(episode.segments.map(\.id)).count == episode.segments.count, "\(article.title)")
            for segment in episode.segments {
                if let source = segment.source { #expect(article.text(source) == segment.text, "\(segment.id)") }
            }
            Self.expectSaneChapters(episode)
        }
    }
}

extension String {
    fileprivate var scriptTrimmedForTests: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
