import Foundation
import PodwrightTestSupport
import Testing

/// `podwright extract` with several articles, a folder, and the input-format override.
@Suite struct ExtractManyTests {
    static let fixtures = PodwrightProcess.repositoryRoot
        .appendingPathComponent("Tests/PodwrightCoreTests/Fixtures/Articles")

    @Test func folderGivesAJSONArrayInNameOrder() throws {
        let result = try PodwrightProcess.run(["extract", Self.fixtures.path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        let list = try #require(json as? [[String: Any]])
        let names = list.compactMap { ($0["source"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }
        #expect(names.count >= 12)
        #expect(names == names.sorted())
        for article in list {
            for key in ["title", "authors", "date", "category", "sections", "body"] {
                #expect(article.keys.contains(key), "missing \(key)")
            }
        }
    }

    @Test func severalFilesAreSeparatedByTheirNames() throws {
        let first = Self.fixtures.appendingPathComponent("news-fish-market.txt").path
        let second = Self.fixtures.appendingPathComponent("live-storm.html").path
        let result = try PodwrightProcess.run(["extract", first, second])
        #expect(result.status == 0)
        let output = result.standardOutput
        #expect(output.hasPrefix("==> \(first) <==\nSandhaven’s councillors voted"))
        #expect(output.contains("\n\n==> \(second) <==\nCoastguard warns people to stay away from sea fronts\n"))
    }

    @Test func inputFormatOverridesDetection() throws {
        let page = Self.fixtures.appendingPathComponent("news-fish-market.html").path
        let asText = try PodwrightProcess.run(["extract", page, "--input-format", "text"])
        #expect(asText.status == 0)
        #expect(asText.standardOutput.contains("<p>"))
        let asHTML = try PodwrightProcess.run(["extract", page, "--input-format", "html"])
        #expect(!asHTML.standardOutput.contains("<p>"))
    }
}
