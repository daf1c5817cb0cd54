import Foundation

/// Reads a hand-edited `script.md` back into an episode, reporting every problem with its line number.
///
/// The parser never stops at the first problem: it reads the whole script, so a producer fixes everything in one go.
/// See ``ScriptRenderer`` for the format; parsing what it renders gives the same episode.
public struct ScriptParser {
    /// Parses the text of a script.
    /// - Parameters:
    ///   - text: The contents of `script.md`.
    ///   - file: The name to put in problems (`EP/script.md`).
    /// - Returns: The episode, every problem, and the fresh ids given to segments written without one.
    public static func parse(_ text: String, file: String) -> ScriptParseResult {
        var parser = ScriptParser(file: file)
        var lineNumber = 0
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for rawLine in lines {
            lineNumber += 1
            if let control = rawLine.unicodeScalars.first(where: Self.isControl) {
                // A NUL or an escape typed by accident would land raw in the transcripts and show notes.
                let code = "U+" + String(control.value, radix: 16, uppercase: true).leftPadded(to: 4)
                parser.problem(lineNumber, "holds an invisible control character (\(code)): delete it")
                continue
            }
            parser.read(String(rawLine), line: lineNumber)
        }
        return parser.finish()
    }

    /// Characters no script line may hold: C0 controls but tab, DEL, C1 controls, and the noncharacters U+FFFE/F.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09) || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
    }

    /// Where in the script the parser is.
    enum Area {
        case preamble, speakers, pronunciations, quotes, section
    }

    let file: String
    var problems: [ScriptProblem] = []
    var area = Area.preamble
    var inComment = false
    var version: Int?
    var title: String?
    var metadata: [String: (value: String, line: Int)] = [:]
    var speakerRows: [TableRow] = []
    var tableLines = 0
    var sections: [RawSection] = []
    var segments: [RawSegment] = []
    var open: RawSegment?
    var pendingMusic: (name: String, line: Int)?
    var quoteRows: [QuoteRow] = []
    var pronunciationRows: [TableRow] = []
    var assignedSections: [ScriptParseResult.AssignedID] = []
    /// Cues whose name matched nobody and were read by their marker's speaker id: (name, id) → lines.
    var markerFallbacks: [String: [Int]] = [:]

    init(file: String) {
        self.file = file
    }

    mutating func problem(_ line: Int, _ message: String, _ severity: ScriptProblem.Severity = .error) {
        problems.append(ScriptProblem(file: file, line: line, message: message, severity: severity))
    }

    mutating func read(_ rawLine: String, line: Int) {
        let text = rawLine.scriptTrimmed
        if inComment {
            if text.contains("-->") { inComment = false }
            return
        }
        if text.hasPrefix("<!--") {
            if text.contains("-->") { readComment(text) } else { inComment = true }
            return
        }
        if text.isEmpty {
            if open?.textLines.isEmpty == false { open?.textClosed = true }
            return
        }
        if text.hasPrefix("#") {
            readHeading(text, line: line)
            return
        }
        switch area {
        case .preamble: readMetadata(text, line: line)
        case .speakers: readTableRow(text, line: line)
        case .pronunciations: readPronunciationRow(text, line: line)
        case .quotes: readQuoteRow(text, line: line)
        case .section: readSectionLine(text, line: line)
        }
    }

    mutating func readComment(_ text: String) {
        guard version == nil, let range = text.range(of: "podwright script ") else { return }
        version = Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    mutating func readSectionLine(_ text: String, line: Int) {
        if text.hasPrefix("**") {
            closeSegment()
            // A malformed cue still opens a segment, so its text is not reported again as stray text.
            let cue = readCue(text, line: line)
            open = RawSegment(
                cue: cue ?? Cue(line: line, name: ""), section: sections.count - 1,
                music: pendingMusic?.name, isBroken: cue == nil)
            if let inline = cue?.inlineText {
                open?.textLines.append(inline)
                open?.lastTextLine = line
            }
            pendingMusic = nil
        } else if text.hasPrefix("[") {
            readDirective(text, line: line)
        } else if var segment = open {
            if segment.textClosed {
                problem(
                    line,
                    "a second paragraph under the cue on line \(segment.cue.line): a segment is one "
                        + "paragraph, so start a new cue (**NAME**) or join the paragraphs")
            }
            segment.textLines.append(text)
            segment.lastTextLine = line
            open = segment
        } else {
            problem(
                line,
                "text outside a segment: put a speaker cue (**NAME**) before it, or make it a note "
                    + "with <!-- … -->")
        }
    }

    mutating func closeSegment() {
        guard let segment = open else { return }
        open = nil
        if segment.isBroken { return }
        if segment.textLines.isEmpty {
            problem(segment.cue.line, "the cue has no text under it: add the words to read, or delete the cue")
        } else {
            segments.append(segment)
        }
    }

    mutating func finish() -> ScriptParseResult {
        closeSegment()
        if let music = pendingMusic {
            problem(music.line, "[music \(music.name)] has no segment after it: put it before the cue it leads into")
        }
        if title == nil { problem(1, "the script has no title: its first heading should be “# Title”") }
        return resolve()
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
