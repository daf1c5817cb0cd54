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

    struct SpeakerRow {
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
    }

    /// Splits `text` into what comes before a trailing `<!-- marker -->` and the marker's words.
    static func splitMarker(_ text: String) -> (body: String, marker: [String]?) {
        guard text.hasSuffix("-->"), let open = text.range(of: "<!--", options: .backwards) else { return (text, nil) }
        let inner = text[open.upperBound..<text.index(text.endIndex, offsetBy: -3)]
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
        var cells = ScriptText.split(text, at: "|").map(\.scriptTrimmed)
        cells.removeFirst()
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { cells.removeLast() }
        tableLines += 1
        if tableLines == 2 && cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }) { return }
        speakerRows.append(SpeakerRow(line: line, cells: cells))
    }

    mutating func readCue(_ text: String, line: Int) -> Cue? {
        let characters = Array(text)
        guard let close = ScriptText.firstUnescaped("**", in: characters, from: 2) else {
            problem(line, "malformed cue: the speaker's name needs a closing ** (**NAME** · `id`)")
            return nil
        }
        let name = ScriptText.unescape(String(characters[2..<close])).scriptTrimmed
        var cue = Cue(line: line, name: name)
        let (body, marker) = Self.splitMarker(String(characters[(close + 2)...]))
        readCueDetails(body, into: &cue)
        if let words = marker {
            guard words.count >= 2, words.count <= 3, let kind = Segment.Kind(rawValue: words[0]) else {
                problem(
                    line,
                    "malformed cue marker <!-- \(words.joined(separator: " ")) -->: delete it (the cue "
                        + "then gets a fresh id) or restore it as <!-- KIND SPEAKER START-END -->")
                return cue
            }
            cue.kind = kind
            cue.speaker = words[1]
            if words.count == 3 {
                cue.source = Self.range(words[2])
                if cue.source == nil { problem(line, "malformed source range “\(words[2])” in the cue marker") }
            }
        }
        return cue
    }

    /// Reads what follows the name: `` · `id` `` and `· m:ss` in any order, then any words of a radio-style cue
    /// (`**NARRATOR:** Good evening.`, or after the id once `check` has stamped one in).
    mutating func readCueDetails(_ body: String, into cue: inout Cue) {
        var rest = Substring(body.scriptTrimmed)
        if rest.hasPrefix(":") { rest = rest.dropFirst().drop { $0 == " " } }
        while rest.hasPrefix("·") {
            rest = rest.dropFirst().drop { $0 == " " }
            if rest.hasPrefix("`"), let end = rest.dropFirst().firstIndex(of: "`") {
                cue.id = String(rest[rest.index(after: rest.startIndex)..<end])
                rest = rest[rest.index(after: end)...].drop { $0 == " " }
                continue
            }
            let time = rest.prefix { $0.isNumber || $0 == ":" }
            if !time.isEmpty, time.contains(":"), rest.dropFirst(time.count).first.map({ $0 == " " }) ?? true {
                rest = rest.dropFirst(time.count).drop { $0 == " " }
                continue
            }
            problem(cue.line, "malformed cue: unexpected “\(rest.prefix(30))”; a cue is **NAME** · `id` · time")
            return
        }
        if rest.hasPrefix(":") { rest = rest.dropFirst().drop { $0 == " " } }
        if !rest.isEmpty { cue.inlineText = String(rest) }
    }

    mutating func readDirective(_ text: String, line: Int) {
        guard text.hasSuffix("]") else {
            problem(line, "malformed directive: it needs a closing ] (write \\[ to start text with a bracket)")
            return
        }
        let inner = String(text.dropFirst().dropLast()).scriptTrimmed
        let word = String(inner.prefix { $0 != " " })
        let argument = String(inner.dropFirst(word.count)).scriptTrimmed
        switch word {
        case "music" where !argument.isEmpty:
            if let pending = pendingMusic { problem(pending.line, "two music cues in a row: keep one") }
            pendingMusic = (ScriptText.unescape(argument), line)
        case "take":
            guard let take = Int(argument), take >= 1 else {
                problem(line, "malformed directive [\(inner)]: write [take N] with N = 1, 2, …")
                return
            }
            attach(line: line, directive: "[take \(argument)]") { $0.take = take }
        case "pause":
            guard let seconds = Self.seconds(argument) else {
                problem(line, "malformed directive [\(inner)]: write [pause 1.5s] or [pause 500ms]")
                return
            }
            attach(line: line, directive: "[pause \(argument)]") { $0.pause = seconds }
        default:
            problem(
                line,
                "unknown directive [\(inner)]: the directives are [pause 1.5s], [music NAME] and "
                    + "[take N] (write \\[ to start text with a bracket)")
        }
    }

    mutating func attach(line: Int, directive: String, _ apply: (inout RawSegment) -> Void) {
        guard var segment = open, !segment.textLines.isEmpty else {
            problem(line, "\(directive) must come after a segment's text")
            return
        }
        apply(&segment)
        segment.textClosed = true
        open = segment
    }

    /// `1.5s`, `1.5`, `500ms` as seconds.
    static func seconds(_ text: String) -> Double? {
        let value: Double?
        if text.hasSuffix("ms") {
            value = Double(text.dropLast(2)).map { $0 / 1000 }
        } else {
            value = Double(text.hasSuffix("s") ? String(text.dropLast()) : text)
        }
        guard let value, value.isFinite, value >= 0 else { return nil }
        return value
    }
}
