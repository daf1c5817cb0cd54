import Foundation
import Testing

@testable import PodwrightCore

/// Extraction quality on our own fixtures, with the figures printed for the record.
@Suite struct ExtractionScoreTests {
    @Test func htmlMainTextShingleF1() throws {
        let fixtures = ArticleFixture.all("html")
        #expect(fixtures.count >= 6)
        var scores: [ShingleScore] = []
        var headings = (found: 0, expected: 0, correct: 0)
        for fixture in fixtures {
            let found = ((try? fixture.read())?.sections ?? []).compactMap(\.title)
            headings.found += found.count
            headings.expected += fixture.truth.sections.count
            headings.correct += found.filter(fixture.truth.sections.contains).count
            // A page the reader refuses scores as an empty extraction.
            let body = (try? fixture.read())?.body ?? ""
            let score = ShingleScore(truth: fixture.truth.bodyText, prediction: body)
            print(String(format: "HTML %@: precision %.3f recall %.3f", fixture.name, score.precision, score.recall))
            scores.append(score)
        }
        let summary = ShingleScore.summary(scores)
        print(
            String(
                format: "HTML main text over %d pages: precision %.3f recall %.3f F1 %.3f", scores.count,
                summary.precision, summary.recall, summary.f1))
        #expect(summary.f1 >= 0.95)
        let precision = Double(headings.correct) / Double(max(headings.found, 1))
        let recall = Double(headings.correct) / Double(max(headings.expected, 1))
        let headingF1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(String(format: "HTML section headings: precision %.3f recall %.3f F1 %.3f", precision, recall, headingF1))
        #expect(headingF1 >= 0.95)
    }

    @Test func plainTextHeadingF1AndNoLoss() throws {
        let fixtures = ArticleFixture.all("text")
        #expect(fixtures.count >= 6)
        var found = 0
        var expected = 0
        var correct = 0
        for fixture in fixtures {
            let article = try fixture.read()
            let headings = article.sections.compactMap(\.title)
            let truthHeadings = fixture.truth.sections
            correct += headings.filter(truthHeadings.contains).count
            found += headings.count
            expected += truthHeadings.count
            let paragraphs = article.sections.flatMap(\.paragraphs).map(\.text)
            let lost = fixture.truth.paragraphs.filter { !paragraphs.contains($0) }
            let furniture =
                paragraphs.filter { !fixture.truth.paragraphs.contains($0) }
                + headings.filter { !truthHeadings.contains($0) }
            print(
                "text \(fixture.name): headings \(headings.count)/\(truthHeadings.count), lost \(lost.count), "
                    + "furniture read \(furniture.count)")
            #expect(lost.isEmpty, "\(fixture.name) lost: \(lost)")
            #expect(furniture.isEmpty, "\(fixture.name) read furniture: \(furniture)")
        }
        let precision = Double(correct) / Double(max(found, 1))
        let recall = Double(correct) / Double(max(expected, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print(String(format: "text section headings: precision %.3f recall %.3f F1 %.3f", precision, recall, f1))
        #expect(f1 >= 0.95)
    }

    @Test(arguments: ArticleFixture.all("markdown"))
    func markdownReadsExactly(fixture: ArticleFixture) throws {
        let article = try fixture.read()
        #expect(article.sections.compactMap(\.title) == fixture.truth.sections)
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == fixture.truth.paragraphs)
    }

    @Test(arguments: ArticleFixture.all("html") + ArticleFixture.all("text") + ArticleFixture.all("markdown"))
    func metadataMatchesTruth(fixture: ArticleFixture) throws {
        let article = try fixture.read()
        #expect(article.title == fixture.truth.title)
        #expect(article.authors == fixture.truth.authors)
        for credit in fixture.truth.credits {
            #expect(article.credits.contains(credit), "credits lack \(credit)")
            #expect(!article.body.contains(credit))
        }
    }
}
