/// Finds every direct quotation in an article and gives it to the right speaker.
///
/// The analysis works on paragraph text and scalar offsets only, so it does not care how the article was read.
/// It reads the article in order, as a person would: each paragraph's quotes are found from their marks, its
/// mentions of people resolved against everyone met so far, and each quote given to the speaker its own
/// sentence names, or the one a pronoun, description, interview layout or the paragraphs before point to.
public enum QuoteFinder {
    /// Finds the quotes and speakers of `article`.
    /// - Parameter article: a read article; its paragraphs' ranges must point into `body`.
    /// - Returns: every quoted span in body order and every speaker they are given to.
    public static func analyse(_ article: Article) -> QuoteAnalysis {
        var paragraphs = prepare(article)
        guard !paragraphs.isEmpty else { return .none }
        InterviewLayout.detect(&paragraphs)
        var state = QuoteFinderState(paragraphs: paragraphs)
        state.run()
        state.attributeInterview(title: article.title)
        state.dropPullQuotes()
        return state.analysis()
    }

    /// The article's paragraphs as scalars, with their offsets into the body.
    static func prepare(_ article: Article) -> [QuoteParagraph] {
        let body = Array(article.body.unicodeScalars)
        var out: [QuoteParagraph] = []
        var sentenceBase = 0
        for (s, section) in article.sections.enumerated() {
            // A heading takes part in the layout (a reader may take an interview's questions for headings) but
            // never becomes a span: spans point at paragraphs.
            if let range = section.titleRange, range.start >= 0, range.end <= body.count, range.start < range.end {
                var title = QuoteParagraph(
                    section: s, index: -1, base: range.start, scalars: Array(body[range.start..<range.end]),
                    isListItem: false)
                title.sentenceBase = sentenceBase
                sentenceBase += title.sentenceCount + 1
                out.append(title)
            }
            for (i, paragraph) in section.paragraphs.enumerated() {
                let range = paragraph.range
                var scalars: [Unicode.Scalar]
                if range.start >= 0, range.end <= body.count, range.start <= range.end {
                    scalars = Array(body[range.start..<range.end])
                } else {
                    scalars = Array(paragraph.text.unicodeScalars)
                }
                if scalars.isEmpty { continue }
                var p = QuoteParagraph(
                    section: s, index: i, base: range.start, scalars: scalars, isListItem: paragraph.isListItem)
                p.sentenceBase = sentenceBase
                sentenceBase += p.sentenceCount + 1
                out.append(p)
            }
        }
        return out
    }
}
