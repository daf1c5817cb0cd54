import Foundation

/// The raw pieces the parser collects line by line, before names and ids are resolved.
extension ScriptParser {
    struct RawSection {
        var line: Int
        var title: String
        var id: String?
        /// True for a heading written without a marker: a new section whose fresh id can be stamped in.
        var isUnmarked = false
    }

    struct Cue {
        var line: Int
        var name: String
        var id: String?
        var kind: Segment.Kind?
        var speaker: String?
        var source: TextRange?
        /// Words written on the cue line itself, radio-style: `**NARRATOR:** Good evening.`
        var inlineText: String?
    }

    struct RawSegment {
        var cue: Cue
        var section: Int
        var music: String?
        var textLines: [String] = []
        var textClosed = false
        var lastTextLine = 0
        var take: Int?
        var pause: Double?
        var isBroken = false
    }

    struct TableRow {
        var line: Int
        var cells: [String]
    }

    struct QuoteRow {
        var line: Int
        var name: String
        var segment: String
        var text: String
        var speaker: String?
        var confidence: Double
        var partial: Bool
        var source: TextRange?
        var reviewed = false
    }

    /// Splits `text` into what comes before a trailing `<!-- marker -->` and the marker's words.
    static func splitMarker(_ text: String) -> (body: String, marker: [String]?) {
        guard text.hasSuffix("-->"), let open = text.range(of: "<!--", options: .backwards) else { return (text, nil) }
        let close = text.index(text.endIndex, offsetBy: -3)
        // `<!-->` and `<!--->`: the opening and the closing overlap (found by the script.md fuzzer; it trapped).
        guard open.upperBound <= close else { return (text, nil) }
        let inner = text[open.upperBound..<close]
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        return (String(text[..<open.lowerBound]).scriptTrimmed, words)
    }

    /// `120-245` as a range, or `nil`.
    static func range(_ word: String) -> TextRange? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Int(parts[0]), let end = Int(parts[1]), start >= 0, start <= end else {
            return nil
        }
        return TextRange(start: start, end: end)
    }

    mutating func readHeading(_ text: String, line: Int) {
        let level = text.prefix { $0 == "#" }.count
        let rest = text.dropFirst(level)
        guard rest.isEmpty || rest.first == " " else {
            problem(line, "malformed heading: put a space after the #, or write \\# to start text with #")
            return
        }
        let (body, marker) = Self.splitMarker(String(rest).scriptTrimmed)
        let heading = ScriptText.unescape(body)
        switch level {
        case 1:
            if title != nil { problem(line, "a second title: the script has one “# Title”; use ## for sections") }
            title = heading
        case 2:
            closeSegment()
            switch marker {
            case ["speakers"]: area = .speakers
            case ["quotes"]: area = .quotes
            case ["pronunciations"]: area = .pronunciations
            case let words? where words.count == 2 && words[0] == "section":
                area = .section
                sections.append(RawSection(line: line, title: heading, id: words[1]))
            case nil:
                area = .section
                sections.append(RawSection(line: line, title: heading, id: nil, isUnmarked: true))
            case let words?:
                problem(
                    line,
                    "malformed section marker <!-- \(words.joined(separator: " ")) -->: write "
                        + "<!-- section ID -->, or leave the marker out for a new section")
                area = .section
                sections.append(RawSection(line: line, title: heading, id: nil))
            }
        default:
            problem(line, "only “# Title” and “## Section” headings are read: use ## for a section")
        }
    }

    mutating func readMetadata(_ text: String, line: Int) {
        guard text.hasPrefix("- **"), let close = text.range(of: ":**") else {
            problem(
                line,
                "unrecognised line before the first section: episode details are written "
                    + "“- **Key:** value”; keep notes in <!-- … -->")
            return
        }
        let key = String(text[text.index(text.startIndex, offsetBy: 4)..<close.lowerBound]).scriptTrimmed
        let value = String(text[close.upperBound...]).scriptTrimmed
        if metadata[key] != nil { problem(line, "“\(key)” is given twice") }
        metadata[key] = (value, line)
    }

    mutating func readTableRow(_ text: String, line: Int) {
        guard text.hasPrefix("|") else {
            problem(line, "the speakers section holds only its table: rows are “| id | name | role | … |”")
            return
        }
        tableLines += 1
        let cells = Self.tableCells(text)
        if tableLines == 2 && Self.isTableRule(cells) { return }
        speakerRows.append(TableRow(line: line, cells: cells))
    }

    /// The cells of a table row `| a | b |`, trimmed, still escaped.
    static func tableCells(_ text: String) -> [String] {
        var cells = ScriptText.split(text, at: "|").map(\.scriptTrimmed)
        cells.removeFirst()
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { cells.removeLast() }
        return cells
    }

    /// Whether `cells` are the rule under a table's header (`| --- | :-: |`).
    static func isTableRule(_ cells: [String]) -> Bool {
        cells.allSatisfy { !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }
    }
}
