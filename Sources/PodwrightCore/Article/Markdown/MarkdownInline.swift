/// Turns Markdown inline markup into the words a listener hears: links keep their text, images go, emphasis and
/// code markers are removed.
enum MarkdownInline {
    /// The plain text of one Markdown paragraph.
    static func plain(_ text: String) -> String {
        let characters = Array(text)
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
                if let end = linkEnd(characters, from: index + 1) {
                    index = end.next
                    continue
                }
            case "[":
                if let end = linkEnd(characters, from: index) {
                    output += plain(String(characters[(index + 1)..<end.labelEnd]))
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
                if let close = characters[index...].firstIndex(of: ">"), close - index < 200 {
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

    /// For `[label](target)` or `[label][ref]` starting at `open`: where the label ends and where the link ends.
    private static func linkEnd(_ characters: [Character], from open: Int) -> (labelEnd: Int, next: Int)? {
        var depth = 0
        var index = open
        while index < characters.count {
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index < characters.count else { return nil }
        let labelEnd = index
        let after = index + 1
        guard after < characters.count else { return nil }
        let closer: Character
        switch characters[after] {
        case "(": closer = ")"
        case "[": closer = "]"
        default: return nil
        }
        guard let close = characters[(after + 1)...].firstIndex(of: closer) else { return nil }
        return (labelEnd, close + 1)
    }
}

extension Character {
    fileprivate var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
