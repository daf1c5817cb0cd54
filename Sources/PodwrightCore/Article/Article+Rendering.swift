public import Foundation

extension Article {
    /// The article as Markdown: headline, byline line, deck, `##` headings, paragraphs and `-` list items,
    /// then the credits in italics.
    public func markdown() -> String {
        var parts = ["# \(title)"]
        let byline = [authors.isEmpty ? nil : "By " + authors.joined(separator: ", "), date, category]
            .compactMap { $0 }.joined(separator: " · ")
        if !byline.isEmpty { parts.append("*\(byline)*") }
        if let deck { parts.append("**\(deck)**") }
        for section in sections {
            if let heading = section.title { parts.append("## \(heading)") }
            var items: [String] = []
            for paragraph in section.paragraphs {
                if paragraph.isListItem {
                    items.append("- \(paragraph.text)")
                    continue
                }
                if !items.isEmpty { parts.append(items.joined(separator: "\n")) }
                items.removeAll()
                parts.append(paragraph.text)
            }
            if !items.isEmpty { parts.append(items.joined(separator: "\n")) }
        }
        parts += credits.map { "*\($0)*" }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The article as `extract --format json` prints it.
    public var extracted: ExtractedArticle { ExtractedArticle(self) }
}

/// The JSON shape of `podwright extract --format json`:
/// `{title, authors, date, category, deck, sections: [{title, paragraphs}], credits, body, source}`.
public struct ExtractedArticle: Codable, Equatable, Sendable {
    /// One section: its heading (`null` for the opening run) and its paragraphs' text.
    public struct Section: Codable, Equatable, Sendable {
        /// The heading, or `nil` for the run before the first heading.
        public var title: String?
        /// The paragraphs' and list items' text, in order.
        public var paragraphs: [String]

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(paragraphs, forKey: .paragraphs)
        }
    }

    /// The headline.
    public var title: String
    /// The byline's names.
    public var authors: [String]
    /// The date in ISO 8601 when it could be read, else as printed, or `null`.
    public var date: String?
    /// The kicker or section label, or `null`.
    public var category: String?
    /// The standfirst, or `null`.
    public var deck: String?
    /// The body by section.
    public var sections: [Section]
    /// Author bio and production credits.
    public var credits: [String]
    /// The readable body exactly as `extract --format text` prints it.
    public var body: String
    /// The page's canonical URL, else the file or URL read.
    public var source: String?
    /// The lead image's URL, or `null`.
    public var image: String?
    /// The language tag, or `null`.
    public var language: String?

    /// The JSON view of `article`.
    public init(_ article: Article) {
        title = article.title
        authors = article.authors
        date = article.date
        category = article.category
        deck = article.deck
        sections = article.sections.map { Section(title: $0.title, paragraphs: $0.paragraphs.map(\.text)) }
        credits = article.credits
        body = article.body
        source = article.source
        image = article.image
        language = article.language
    }

    // Absent fields are written as null so every key of the contract is always present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(authors, forKey: .authors)
        try container.encode(date, forKey: .date)
        try container.encode(category, forKey: .category)
        try container.encode(deck, forKey: .deck)
        try container.encode(sections, forKey: .sections)
        try container.encode(credits, forKey: .credits)
        try container.encode(body, forKey: .body)
        try container.encode(source, forKey: .source)
        try container.encode(image, forKey: .image)
        try container.encode(language, forKey: .language)
    }

    /// Pretty, key-sorted JSON of one article or a list of them.
    /// - Throws: Only if encoding fails, which plain strings cannot make it do.
    public static func json(_ articles: [ExtractedArticle], asArray: Bool) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if asArray || articles.count != 1 { return try encoder.encode(articles) }
        return try encoder.encode(articles[0])
    }
}
