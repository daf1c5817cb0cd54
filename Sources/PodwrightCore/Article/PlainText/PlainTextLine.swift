/// One non-blank line of scraped text (a hard-wrapped paragraph joined into one), with what it looks like.
struct PlainTextLine: Equatable, Sendable {
    /// The text, whitespace-normalised, list marker removed.
    var text: String
    /// True when the line began with a bullet or a number ("• ", "- ", "1. ").
    var isListItem: Bool
    /// The number of words.
    var words: Int
    /// Page furniture: never body, though a byline or date may still be read from it.
    var isFurniture = false

    init(_ raw: String) {
        let (text, isListItem) = Self.removingListMarker(raw)
        self.text = text
        self.isListItem = isListItem
        self.words = TextCleanup.wordCount(text)
    }

    /// Ends like a sentence: a stop, question or exclamation mark, perhaps inside closing quotes or brackets.
    var endsSentence: Bool {
        guard let last = text.unicodeScalars.last(where: { !Self.closers.contains($0) }) else { return false }
        return last == "." || last == "!" || last == "?" || last == "…"
    }

    /// Reads as running prose: a full sentence of some length, or simply long.
    var isProse: Bool { (words >= 8 && endsSentence) || words >= 20 }

    /// Reads as the first paragraph of a body: longer than a headline or a deck usually is.
    var opensBody: Bool { (words >= 12 && endsSentence) || words >= 25 }

    /// Short, unpunctuated and capitalised, as section headings are.
    var isHeadingLike: Bool {
        guard !isListItem, (1...14).contains(words), text.count <= 100 else { return false }
        guard let first = text.unicodeScalars.first(where: { !Self.openers.contains($0) }) else { return false }
        guard first.properties.isUppercase || ("0"..."9").contains(first) else { return false }
        guard let last = text.unicodeScalars.last(where: { !Self.closers.contains($0) }) else { return false }
        return !".,;:…".unicodeScalars.contains(last)
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]", "»", "*", "_"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "(", "[", "«", "*", "_"]

    private static func removingListMarker(_ raw: String) -> (String, Bool) {
        for marker in ["• ", "- ", "* ", "+ ", "– ", "· ", "▪ ", "◦ ", "‣ "] where raw.hasPrefix(marker) {
            return (String(raw.dropFirst(marker.count)).trimmingSpaces(), true)
        }
        // "1. " or "12) " followed by text.
        let digits = raw.prefix(while: \.isNumber)
        if (1...2).contains(digits.count) {
            let rest = raw.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") {
                let text = rest.dropFirst(2).trimmingSpaces()
                if !text.isEmpty { return (text, true) }
            }
        }
        return (raw, false)
    }
}
