/// What a format reader found, before the body text and its ranges are laid out.
struct ArticleDraft: Sendable {
    /// One readable block of the body, in order.
    struct Block: Equatable, Sendable {
        enum Kind: Equatable, Sendable {
            case heading
            case paragraph
            case listItem
        }

        var kind: Kind
        var text: String
    }

    var title = ""
    var authors: [String] = []
    var date: String?
    var category: String?
    var deck: String?
    /// The page's own address, lead image and language, from its metadata.
    var canonical: String?
    var image: String?
    var language: String?
    /// What the reader had to forgive or could not find.
    var warnings: [ArticleWarning] = []
    var blocks: [Block] = []
    var credits: [String] = []

    /// Lays the blocks out as the body text (blank lines between blocks) and records every block's range.
    /// - Parameter source: The file or URL, kept on the article unless the page names its own canonical address.
    /// - Returns: The finished article.
    func build(source: String?) -> Article {
        var body = ""
        var offset = 0
        var sections: [ArticleSection] = []
        for block in blocks where !block.text.isEmpty {
            if !body.isEmpty {
                body += "\n\n"
                offset += 2
            }
            let length = block.text.unicodeScalars.count
            let range = TextRange(start: offset, end: offset + length)
            body += block.text
            offset += length
            switch block.kind {
            case .heading:
                sections.append(ArticleSection(title: block.text, titleRange: range, paragraphs: []))
            case .paragraph, .listItem:
                if sections.isEmpty { sections.append(ArticleSection(title: nil, paragraphs: [])) }
                let paragraph = Paragraph(text: block.text, range: range, isListItem: block.kind == .listItem)
                sections[sections.count - 1].paragraphs.append(paragraph)
            }
        }
        var warnings = warnings
        if date == nil { warnings.append(.noDate) }
        return Article(
            title: title,
            authors: authors,
            date: date.map { ArticleDate.iso8601($0) ?? $0 },
            category: category,
            deck: deck,
            sections: sections,
            credits: credits,
            body: body,
            source: canonical ?? source,
            image: image,
            language: language,
            warnings: warnings
        )
    }

    /// The number of words in paragraphs, to tell an article from a page of links.
    var paragraphWords: Int {
        blocks.reduce(0) { $0 + ($1.kind == .heading ? 0 : TextCleanup.wordCount($1.text)) }
    }
}
