/// Reading the quotes list at the end of the script.
extension ScriptParser {
    /// Reads `- ⚠ **NAME** · `segment` · 45% · “text” <!-- quote SPEAKER CONFIDENCE [partial] [START-END] -->`.
    mutating func readQuoteRow(_ text: String, line: Int) {
        if text.hasPrefix(">") { return }
        guard text.hasPrefix("- ") else {
            problem(line, "the quotes section holds only its list: “- **NAME** · `segment` · “quoted words”")
            return
        }
        var rest = String(text.dropFirst(2)).scriptTrimmed
        // ⚠ is written for an uncertain attribution; the producer replaces it with ✓ once it is reviewed.
        let reviewed = rest.hasPrefix("✓")
        if rest.hasPrefix("⚠") || reviewed { rest = String(rest.dropFirst()).scriptTrimmed }
        let characters = Array(rest)
        guard rest.hasPrefix("**"), let close = ScriptText.firstUnescaped("**", in: characters, from: 2) else {
            problem(line, "malformed quote: it starts with the speaker's name in bold (**NAME**)")
            return
        }
        let name = ScriptText.unescape(String(characters[2..<close])).scriptTrimmed
        let (body, marker) = Self.splitMarker(String(characters[(close + 2)...]))
        guard let open = body.firstIndex(of: "`"), let end = body[body.index(after: open)...].firstIndex(of: "`"),
            let textStart = body[end...].firstIndex(of: "“"), let textEnd = body.lastIndex(of: "”"), textStart < textEnd
        else {
            problem(line, "malformed quote: write the segment id in backticks and the words in “…” after the name")
            return
        }
        var row = QuoteRow(
            line: line, name: name, segment: String(body[body.index(after: open)..<end]),
            text: ScriptText.unescape(String(body[body.index(after: textStart)..<textEnd])),
            speaker: nil, confidence: 1, partial: body[..<textStart].contains("partial"), source: nil,
            reviewed: reviewed)
        if let words = marker {
            guard words.count >= 3, words[0] == "quote", let confidence = Double(words[2]), (0...1).contains(confidence)
            else {
                problem(
                    line,
                    "malformed quote marker <!-- \(words.joined(separator: " ")) -->: restore it as "
                        + "<!-- quote SPEAKER CONFIDENCE [partial] [START-END] --> or delete it")
                return
            }
            row.speaker = words[1]
            row.confidence = confidence
            row.partial = words.contains("partial")
            for word in words.dropFirst(3) where word != "partial" {
                row.source = Self.range(word)
                if row.source == nil { problem(line, "malformed source range “\(word)” in the quote marker") }
            }
        }
        quoteRows.append(row)
    }

    /// The quotes, each attributed: a quote read as its own segment by a quoted speaker belongs to that speaker (so
    /// changing the segment's cue reassigns it); any other quote to the speaker its row names.
    ///
    /// A quote whose words are no longer in its segment follows them to the one segment that now holds them: that is
    /// how splitting a narrated quote into its own cue gives it that cue's speaker.
    mutating func resolveQuotes(speakers: SpeakerIndex, segments: [Placed]) -> [Quote] {
        var byID: [String: Segment] = [:]
        for placed in segments { byID[placed.segment.id] = placed.segment }
        var quotes: [Quote] = []
        for row in quoteRows {
            var found = byID[row.segment]
            if !row.text.isEmpty, !(found?.text.contains(row.text) ?? false) {
                let holders = segments.filter { $0.segment.text.contains(row.text) }
                if holders.count == 1 { found = holders[0].segment }
            }
            guard let segment = found else {
                problem(
                    row.line,
                    "quote “\(row.text.prefix(40))” is in segment `\(row.segment)`, which is no longer "
                        + "in the script: it is dropped from the quotes", .warning)
                continue
            }
            let speaker: String
            if segment.kind == .quote {
                speaker = segment.speaker
            } else if let resolved = resolveSpeaker(row.name, marker: row.speaker, in: speakers, line: row.line) {
                speaker = resolved
            } else {
                continue
            }
            quotes.append(
                Quote(
                    text: row.text, speaker: speaker, segment: segment.id, confidence: row.confidence,
                    partial: row.partial, source: row.source, reviewed: row.reviewed))
        }
        return quotes
    }
}
