import Foundation
import PodwrightCore
import PodwrightTestSupport

/// An annotated article: scraped-style text and its truth file, as in `../shared/samples`.
struct QuoteFixture {
    struct Truth: Decodable {
        struct TruthQuote: Decodable {
            var starts_with: String
            var speaker: String
            var speaker_aliases: [String]?
            var attribution: String?
            var partial: Bool?
            var note: String?

            /// The sample marks partial quotes in a note; our fixtures use a flag.
            var isPartial: Bool { partial ?? (note?.contains("partial") ?? false) }
        }
        struct NotQuote: Decodable {
            var text: String
            var kind: String
        }
        var title: String
        /// "held-out" for articles written after the algorithm was tuned and never tuned on.
        var set: String?
        var boilerplate_lines: [String]?
        var sections: [String]?
        var author_bio_starts_with: String?
        var quotes: [TruthQuote]
        var speakers: [String]?
        var not_quotes: [NotQuote]?
    }

    var name: String
    var article: Article
    var truth: Truth

    /// Loads `name.txt` and `name.truth.json` from `folder`.
    /// - Parameter reader: true to read the text with ``ArticleReader`` (as `podwright script` does) rather than
    ///   with the truth file's line roles.
    init(folder: URL, name: String, reader: Bool = false) throws {
        self.name = name
        let file = folder.appendingPathComponent(name + ".txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".truth.json"))
        truth = try JSONDecoder().decode(Truth.self, from: data)
        article =
            reader
            ? try ArticleReader.read(data: Data(contentsOf: file), name: file.lastPathComponent, format: .text)
            : Self.article(from: text, truth: truth)
    }

    /// The fixtures bundled with the tests, by name.
    static func bundled(reader: Bool = false) throws -> [QuoteFixture] {
        guard let folder = Bundle.module.url(forResource: "Fixtures/Quotes", withExtension: nil) else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".truth.json") }.map { String($0.dropLast(".truth.json".count)) }.sorted()
        return try names.map { try QuoteFixture(folder: folder, name: $0, reader: reader) }
    }

    /// The shared sample, read from `../shared/samples` beside the repository.
    static func sample(reader: Bool = false) throws -> QuoteFixture? {
        guard Repository.hasShared else { return nil }
        let folder = Repository.sharedSample.deletingLastPathComponent()
        return try QuoteFixture(folder: folder, name: "trust-kim-trump", reader: reader)
    }

    /// A stand-in for the article reader: the truth file says which lines are title, boilerplate, headings and bio;
    /// every other line is a paragraph, bulleted lines are list items. Body offsets count Unicode scalars.
    static func article(from text: String, truth: Truth) -> Article {
        let boilerplate = Set(truth.boilerplate_lines ?? [])
        let headings = Set(truth.sections ?? [])
        var sections: [ArticleSection] = [ArticleSection(title: nil, paragraphs: [])]
        var body = ""
        var offset = 0
        var credits: [String] = []
        func append(_ line: String) -> TextRange {
            if !body.isEmpty {
                body += "\n\n"
                offset += 2
            }
            let start = offset
            body += line
            offset += line.unicodeScalars.count
            return TextRange(start: start, end: offset)
        }
        for raw in text.components(separatedBy: .newlines) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line == truth.title || boilerplate.contains(line) { continue }
            if let bio = truth.author_bio_starts_with, line.hasPrefix(bio) {
                credits.append(line)
                continue
            }
            if headings.contains(line) {
                let range = append(line)
                sections.append(ArticleSection(title: line, titleRange: range, paragraphs: []))
                continue
            }
            var isListItem = false
            for bullet in ["• ", "- ", "* "] where line.hasPrefix(bullet) {
                line.removeFirst(bullet.count)
                isListItem = true
            }
            let range = append(line)
            sections[sections.count - 1].paragraphs.append(Paragraph(text: line, range: range, isListItem: isListItem))
        }
        if sections[0].paragraphs.isEmpty && sections.count > 1 { sections.removeFirst() }
        return Article(title: truth.title, sections: sections, credits: credits, body: body)
    }
}
