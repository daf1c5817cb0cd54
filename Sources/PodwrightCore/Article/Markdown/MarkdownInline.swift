/// Turns Markdown inline markup into the words a listener hears: links keep their text, images go, emphasis and
/// code markers are removed.
enum MarkdownInline {
    /// The plain text of one Markdown paragraph.
    static func plain(_ text: String) -> String { plain(text, depth: 0) }

    /// Labels inside labels are read for links this deep; deeper brackets are kept as text (a page of `[[[[…`
    /// would otherwise be read again at every level).
    private static let deepestLabel = 8

    private static func plain(_ text: String, depth: Int) -> String {
        let characters = Array(text)
        let links = LinkIndex(characters)
        var output = ""
        output.reserveCapacity(characters.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < characters.count && characters[index + 1].isPunctuationOrSymbol:
                output.append(characters[index + 1])
                index += 2
                continue
            case "!" where index + 1 < characters.count && characters[index + 1] == "[":
                if let end = links.linkEnd(from: index + 1) {
                    index = end.next
                    continue
                }
            case "[":
                if let end = links.linkEnd(from: index) {
                    let label = String(characters[(index + 1)..<end.labelEnd])
                    output += depth < deepestLabel ? plain(label, depth: depth + 1) : label
                    index = end.next
                    continue
                }
            case "*", "`":
                index += 1
                continue
            case "~" where index + 1 < characters.count && characters[index + 1] == "~":
                index += 2
                continue
            case "_":
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber) {
                    index += 1
                    continue
                }
            case "<":
                // Autolinks and stray inline tags: keep an autolink's address, drop a tag.
                if let close = characters[index..<min(characters.count, index + 200)].firstIndex(of: ">") {
                    let inner = String(characters[(index + 1)..<close])
                    if inner.hasPrefix("http") || inner.contains("@") { output += inner }
                    if inner.first?.isLetter == true || inner.hasPrefix("/") || inner.hasPrefix("http")
                        || inner.hasPrefix("!--")
                    {
                        index = close + 1
                        continue
                    }
                }
            default:
                break
            }
            output.append(character)
            index += 1
        }
        return TextCleanup.normalizeSpaces(output)
    }

}

/// Where each `[` of a paragraph closes and where the next `)` and `]` are, found in one pass each, so reading
/// links stays linear in the paragraph's length however many brackets never close.
private struct LinkIndex {
    private let count: Int
    private var closing: [Int32]
    private var nextParen: [Int32]
    private var nextBracket: [Int32]

    init(_ characters: [Character]) {
        count = characters.count
        closing = [Int32](repeating: -1, count: count)
        nextParen = [Int32](repeating: -1, count: count + 1)
        nextBracket = [Int32](repeating: -1, count: count + 1)
        var open: [Int] = []
        for (index, character) in characters.enumerated() {
            if character == "[" { open.append(index) }
            if character == "]", let start = open.popLast() { closing[start] = Int32(index) }
        }
        for index in stride(from: count - 1, through: 0, by: -1) {
            nextParen[index] = characters[index] == ")" ? Int32(index) : nextParen[index + 1]
            nextBracket[index] = characters[index] == "]" ? Int32(index) : nextBracket[index + 1]
        }
        self.characters = characters
    }

    private let characters: [Character]

    /// For `[label](target)` or `[label][ref]` starting at `open`: where the label ends and where the link ends.
    func linkEnd(from open: Int) -> (labelEnd: Int, next: Int)? {
        let labelEnd = Int(closing[open])
        guard labelEnd >= 0, labelEnd + 1 < count else { return nil }
        let after = labelEnd + 1
        let close: Int32
        switch characters[after] {
        case "(": close = nextParen[after + 1]
        case "[": close = nextBracket[after + 1]
        default: return nil
        }
        guard close >= 0 else { return nil }
        return (labelEnd, Int(close) + 1)
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
