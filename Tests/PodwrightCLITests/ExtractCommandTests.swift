import Foundation
import PodwrightTestSupport
import Testing

/// End-to-end runs of `podwright extract` on real files.
@Suite(.enabled(if: Repository.hasShared, Repository.sharedSkipMessage)) struct ExtractCommandTests {
    static let sample = Repository.sharedSample
        .standardizedFileURL

    @Test func sampleArticleHasItsStructure() throws {
        let result = try PodwrightProcess.run(["extract", Self.sample.path, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let truth = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: Self.sample.deletingPathExtension().appendingPathExtension("truth.json")))
                as? [String: Any])
        #expect(json["title"] as? String == truth["title"] as? String)
        #expect(json["authors"] as? [String] == truth["authors"] as? [String])
        #expect(json["category"] as? String == truth["category"] as? String)
        let sections = try #require(json["sections"] as? [[String: Any]])
        let headings = sections.compactMap { $0["title"] as? String }
        #expect(headings == truth["sections"] as? [String])
        let body = try #require(json["body"] as? String)
        for line in body.components(separatedBy: "\n\n") {
            #expect(!(truth["boilerplate_lines"] as? [String] ?? []).contains(line), "boilerplate read: \(line)")
        }
        #expect(!body.contains("Duncan Bartlett"))
        // Lose nothing: every other line of the scraped page is a block of the body.
        let blocks = Set(body.components(separatedBy: "\n\n"))
        let bio = try #require(truth["author_bio_starts_with"] as? String)
        let furniture = Set((truth["boilerplate_lines"] as? [String] ?? []) + [truth["title"] as? String ?? ""])
        let source = try String(contentsOf: Self.sample, encoding: .utf8)
        for line in source.components(separatedBy: "\n").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !line.isEmpty && !furniture.contains(line) && !line.hasPrefix(bio) {
            #expect(blocks.contains(line), "lost: \(line)")
        }
        let credits = try #require(json["credits"] as? [String])
        #expect(credits.contains { $0.hasPrefix(bio) })
    }

    @Test func textFormatPrintsTheBodyOnly() throws {
        let result = try PodwrightProcess.run(["extract", Self.sample.path])
        #expect(result.status == 0)
        let blocks = result.standardOutput.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
        #expect(blocks.first?.hasPrefix("In the classic British children’s story") == true)
        #expect(blocks.contains("Trust issues"))
        #expect(!blocks.contains("Connect with us"))
        #expect(!blocks.contains("Trusting Kim and Trump is Like Believing the Impossible"))
        #expect(blocks.last?.hasSuffix("nothing is impossible.") == true)
    }

    @Test func markdownFormatHasHeadlineAndHeadings() throws {
        let result = try PodwrightProcess.run(["extract", Self.sample.path, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("# Trusting Kim and Trump is Like Believing the Impossible\n"))
        #expect(result.standardOutput.contains("\n## Japan’s Support\n"))
        #expect(result.standardOutput.contains("*By Duncan Bartlett · Politics & Security*"))
    }
}
