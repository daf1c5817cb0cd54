import Foundation
import Testing

@testable import PodwrightCore

/// One fixture under Fixtures/Articles: an article file and its truth file (`NAME.truth.json`).
struct ArticleFixture: CustomTestStringConvertible, Sendable {
    struct Truth: Decodable, Sendable {
        var kind: String
        var title: String
        var authors: [String]
        var category: String?
        var sections: [String]
        /// Paragraphs in order; "## " marks a heading, "- " a list item.
        var body: [String]
        var credits: [String]

        /// The readable body text as the benchmark compares it.
        var bodyText: String { body.map(Self.plain).joined(separator: "\n\n") }

        /// The paragraphs (and list items) without their markers.
        var paragraphs: [String] { body.filter { !$0.hasPrefix("## ") }.map(Self.plain) }

        static func plain(_ block: String) -> String {
            if block.hasPrefix("## ") { return String(block.dropFirst(3)) }
            return block.hasPrefix("- ") ? String(block.dropFirst(2)) : block
        }
    }

    var name: String
    var url: URL
    var truth: Truth

    var testDescription: String { name }

    static var folder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Articles")
    }

    /// Every fixture of one kind ("html" or "text").
    static func all(_ kind: String) -> [ArticleFixture] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".truth.json") }.sorted().compactMap { truthName in
            let name = String(truthName.dropLast(".truth.json".count))
            let url = folder.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(truthName)),
                let truth = try? JSONDecoder().decode(Truth.self, from: data), truth.kind == kind
            else { return nil }
            return ArticleFixture(name: name, url: url, truth: truth)
        }
    }

    func read() throws -> Article {
        try ArticleReader.read(data: Data(contentsOf: url), name: name)
    }
}
