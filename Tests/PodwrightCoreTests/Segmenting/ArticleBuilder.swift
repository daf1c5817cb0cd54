import PodwrightCore

/// Builds articles for tests the way the reader lays them out: headings and paragraphs separated by blank lines,
/// every range counting Unicode scalars into the body.
struct ArticleBuilder {
    var title = "A Test Article"
    var authors = ["Ada Writer"]
    var credits: [String] = []
    private(set) var sections: [(title: String?, paragraphs: [String])] = []

    mutating func section(_ title: String?, _ paragraphs: [String]) {
        sections.append((title, paragraphs))
    }

    func article() -> Article {
        var body = ""
        var offset = 0
        var result: [ArticleSection] = []
        func append(_ text: String) -> TextRange {
            if !body.isEmpty {
                body += "\n\n"
                offset += 2
            }
            let start = offset
            body += text
            offset += text.unicodeScalars.count
            return TextRange(start: start, end: offset)
        }
        for section in sections {
            let titleRange = section.title.map { append($0) }
            let paragraphs = section.paragraphs.map { Paragraph(text: $0, range: append($0)) }
            result.append(ArticleSection(title: section.title, titleRange: titleRange, paragraphs: paragraphs))
        }
        return Article(
            title: title, authors: authors, sections: result, credits: credits, body: body,
            source: "test.txt")
    }
}

extension Article {
    /// The scalar range of the first occurrence of `needle` in the body.
    func range(of needle: String) -> TextRange? {
        let haystack = Array(body.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count)
        where Array(haystack[start..<start + pattern.count]) == pattern {
            return TextRange(start: start, end: start + pattern.count)
        }
        return nil
    }

    /// The body text in `range`.
    func text(_ range: TextRange) -> String {
        let scalars = Array(body.unicodeScalars)[range.start..<range.end]
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// A quote span for `inner` (the words between the marks) and `outer` (with marks), in section/paragraph.
    func span(
        _ outer: String, inner: String, section: Int, paragraph: Int, speaker: String?, confidence: Double = 0.95,
        partial: Bool = false
    ) -> QuoteSpan? {
        guard let outerRange = range(of: outer), let innerRange = range(of: inner) else { return nil }
        return QuoteSpan(
            section: section, paragraph: paragraph, inner: innerRange, outer: outerRange,
            speaker: speaker, confidence: confidence, isPartial: partial)
    }
}
