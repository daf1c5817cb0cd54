/// The escaping rules of `script.md`: text is kept literally, and Markdown-special characters are backslash-escaped
/// so the script renders as the words themselves and parses back to exactly the same text.
enum ScriptText {
    /// Characters escaped wherever they appear: Markdown emphasis, code, HTML, links, tables, headings, strikethrough.
    static let alwaysEscaped: Set<Character> = ["\\", "*", "_", "`", "<", ">", "[", "]", "|", "#", "~"]

    /// `text` with Markdown-special characters escaped.
    /// - Parameters:
    ///   - text: Literal text.
    ///   - lineStart: True when the text starts a line, where `-`, `+`, `=` and `1.` would start a list or heading.
    ///   - separators: Further characters to escape, such as the `;` between aliases.
    static func escape(_ text: String, lineStart: Bool = false, separators: Set<Character> = []) -> String {
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(characters.count + 8)
        let orderedListEnd = lineStart ? orderedListMarkerIndex(characters) : nil
        for (index, character) in characters.enumerated() {
            let atStart = lineStart && index == 0 && "-+=".contains(character)
            if alwaysEscaped.contains(character) || separators.contains(character) || atStart
                || index == orderedListEnd || (character == "&" && startsEntity(characters, at: index))
            {
                result.append("\\")
            }
            result.append(character)
        }
        return result
    }

    /// `text` with backslash escapes of ASCII punctuation removed; any other backslash stays.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                if !isASCIIPunctuation(character) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// Splits `text` at every unescaped `separator`, leaving escapes in place.
    static func split(_ text: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaping = false
        for character in text {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                current.append(character)
                escaping = true
            } else if character == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// The index of the first unescaped occurrence of `needle` in `text` at or after `from`.
    static func firstUnescaped(_ needle: String, in text: [Character], from: Int = 0) -> Int? {
        let pattern = Array(needle)
        var index = from
        while index + pattern.count <= text.count {
            if text[index] == "\\" {
                index += 2
                continue
            }
            if Array(text[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }

    static func isASCIIPunctuation(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (33...47).contains(ascii) || (58...64).contains(ascii) || (91...96).contains(ascii)
            || (123...126).contains(ascii)
    }

    /// The index of the `.` or `)` in a line starting `12.` or `3)`, which Markdown reads as an ordered list.
    private static func orderedListMarkerIndex(_ characters: [Character]) -> Int? {
        var index = 0
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        guard index > 0, index < characters.count, characters[index] == "." || characters[index] == ")" else {
            return nil
        }
        return index
    }

    /// True when `&` at `index` starts something HTML would read as an entity (`&amp;`, `&#39;`).
    private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var cursor = index + 1
        while cursor < characters.count, cursor - index <= 32 {
            let character = characters[cursor]
            if character == ";" { return cursor > index + 1 }
            guard character.isASCII, character.isLetter || character.isNumber || character == "#" else { return false }
            cursor += 1
        }
        return false
    }
}
