/// Tells speech from the other uses of quote marks (scare quotes, titles of works, terms) and full quotes from
/// partial ones embedded in the writer's sentence.
enum QuoteClassifier {
    static let smallWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "but", "nor", "as",
    ]
    static let joiners: Set<String> = [
        "and", "but", "or", "in", "on", "at", "across", "for", "to", "from", "with", "as", "when", "because",
        "after", "before", "since", "while", "of", "by", "than", "that", "which", "who", "over", "about", "if",
        "until", "during", "among", "against", "into", "though", "although", "so", "yet", "then",
    ]

    /// Word tokens inside quote `range`.
    static func words(_ p: QuoteParagraph, _ range: Range<Int>) -> [QuoteToken] {
        p.tokens[range].filter(\.isWord)
    }

    /// "Steel and Salt: The Harbour Bridge at Ninety": most words capitalised, no sentence stop inside.
    static func isTitleCase(_ p: QuoteParagraph, _ range: Range<Int>) -> Bool {
        let w = words(p, range)
        guard !w.isEmpty else { return false }
        if p.tokens[range].contains(where: { [".", "!", "?", ","].contains($0.text) }) { return false }
        let content = w.filter { !smallWords.contains($0.lower) }
        guard !content.isEmpty else { return false }
        let capitalised = content.filter(\.isCapitalised).count
        return capitalised == content.count && (w.count >= 2 || w[0].text.dropFirst().contains(where: \.isUppercase))
    }

    /// A short quote used as a modifier ("the “temporary” footbridge", "a so-called “reform”") is a scare quote.
    static func isScare(_ p: QuoteParagraph, _ range: Range<Int>) -> Bool {
        let t = p.tokens
        if range.lowerBound > 0, t[range.lowerBound - 1].lower == "so-called" { return true }
        guard range.upperBound < t.count else { return false }
        // "“Only the once,” he says": punctuation inside the marks ends an utterance, not a modifier.
        if range.count >= 2, [",", "?", "!", "."].contains(t[range.upperBound - 2].text) { return false }
        let next = t[range.upperBound]
        if ["he", "she", "they", "i", "we", "it"].contains(next.lower) { return false }
        return next.isWord && !next.isCapitalised && !joiners.contains(next.lower)
            && !QuoteLexicon.speechVerbs.contains(next.lower)
    }

    /// Partial when embedded in the writer's sentence: the sentence carries on after it, or it is a fragment
    /// rather than a clause ("called it “absolutely unacceptable”"). A quote after "that" running to the end of
    /// the sentence is a reported clause and is voiced.
    static func isPartial(_ p: QuoteParagraph, _ range: Range<Int>) -> Bool {
        let t = p.tokens
        let pre = QuoteAttributor.preRange(p, range)
        guard let last = pre.last, ![",", ":", "—", "–", "-", "(", ";"].contains(t[last].text) else { return false }
        let post = QuoteAttributor.postRange(p, range)
        var k = post.lowerBound
        if k < post.upperBound, t[k].text == "," {
            // ", he said" is attribution; ", and that …" carries the writer's sentence on.
            let rest = t[(k + 1)..<post.upperBound].prefix(5)
            if !rest.contains(where: { QuoteLexicon.speechVerbs.contains($0.lower) }) && !rest.isEmpty { return true }
            k = post.upperBound
        }
        if k < post.upperBound, t[k].isWord { return true }
        let w = words(p, range)
        guard let first = w.first else { return true }
        if !first.isCapitalised { return t[last].lower != "that" }
        return w.count < 4
    }
}
