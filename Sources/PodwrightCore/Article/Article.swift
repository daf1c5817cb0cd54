/// An article after reading and cleaning: its metadata and its readable body, split into sections and paragraphs.
///
/// `body` is the readable text exactly as `podwright extract --format text` prints it: headings and paragraphs
/// separated by blank lines, no title, byline or boilerplate. Every ``TextRange`` in the article and in the episode
/// made from it counts Unicode scalars into `body`.
public struct Article: Codable, Equatable, Sendable {
    /// The headline.
    public var title: String
    /// Every author named in the byline, in order.
    public var authors: [String]
    /// The publication date in ISO 8601 (`2019-11-19`, or `2019-11-19T23:34:00-05:00` when the time and zone are
    /// known) when it could be read, else as printed; `nil` when the article has none (see ``warnings``).
    public var date: String?
    /// The category or kicker label above the headline ("Politics & Security"), if any.
    public var category: String?
    /// The deck or standfirst under the headline, if any.
    public var deck: String?
    /// The body, in order. The first section has no title when the article opens without a heading.
    public var sections: [ArticleSection]
    /// The author bio or credits at the end: kept for the credits, never read as body.
    public var credits: [String]
    /// The readable body text that every range points into.
    public var body: String
    /// Where the article came from: the page's canonical URL when it declares one, else the file path or URL read.
    public var source: String?
    /// The article's lead image as an absolute URL, from the page's metadata.
    public var image: String?
    /// The article's language as a BCP 47 tag ("en", "pt-BR"), from the page's metadata.
    public var language: String?
    /// What the reader forgave or could not find.
    public var warnings: [ArticleWarning]

    public init(
        title: String,
        authors: [String] = [],
        date: String? = nil,
        category: String? = nil,
        deck: String? = nil,
        sections: [ArticleSection] = [],
        credits: [String] = [],
        body: String = "",
        source: String? = nil,
        image: String? = nil,
        language: String? = nil,
        warnings: [ArticleWarning] = []
    ) {
        self.title = title
        self.authors = authors
        self.date = date
        self.category = category
        self.deck = deck
        self.sections = sections
        self.credits = credits
        self.body = body
        self.source = source
        self.image = image
        self.language = language
        self.warnings = warnings
    }
}

/// A run of the body under one heading.
public struct ArticleSection: Codable, Equatable, Sendable {
    /// The heading as printed, or `nil` for the opening run before the first heading.
    public var title: String?
    /// Where the heading sits in ``Article/body``, when there is one.
    public var titleRange: TextRange?
    /// The paragraphs under this heading, in order.
    public var paragraphs: [Paragraph]

    public init(title: String?, titleRange: TextRange? = nil, paragraphs: [Paragraph]) {
        self.title = title
        self.titleRange = titleRange
        self.paragraphs = paragraphs
    }
}

/// One paragraph of body text (a list item counts as a paragraph).
public struct Paragraph: Codable, Equatable, Sendable {
    /// The text exactly as the article has it, whitespace normalised.
    public var text: String
    /// Where it sits in ``Article/body``.
    public var range: TextRange
    /// True for an item of a bulleted or numbered list.
    public var isListItem: Bool

    public init(text: String, range: TextRange, isListItem: Bool = false) {
        self.text = text
        self.range = range
        self.isListItem = isListItem
    }
}

/// A half-open range of Unicode scalar offsets into an article's body text.
///
/// Scalar offsets are what most other languages index strings by, so tools outside Swift can slice `body` with them.
public struct TextRange: Codable, Equatable, Hashable, Sendable {
    /// The first scalar offset.
    public var start: Int
    /// One past the last scalar offset.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var count: Int { end - start }
}
