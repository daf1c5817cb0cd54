/// Reading speaker cues and the directives that follow or precede them.
extension ScriptParser {
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
            guard seconds <= Self.longestPause else {
                problem(
                    line,
                    "[\(inner)] is longer than the \(Int(Self.longestPause / 60)) minutes a pause may last: "
                        + "write a shorter one, such as [pause 2s]")
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

    /// The longest pause a script may ask for, in seconds: longer ones are typing mistakes (`[pause 86400s]`
    /// would render a day of silence).
    static let longestPause: Double = 600

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
