/// Writes what `check` derives back into a hand-edited script, changing nothing else.
///
/// Takes are saved under segment ids, so an id given once must stay: stamping it into `script.md` keeps it when the
/// producer later adds segments above. The values the script shows but does not own — each cue's estimated time, the
/// episode's estimated total and the Quotes list — are rewritten from the episode, so the script never shows a time
/// or an attribution that `episode.json` no longer has.
public enum ScriptStamper {
    /// `text` with every derived value brought up to date from `result`: fresh segment and section ids stamped in,
    /// each cue's `m:ss`, the `Estimated time` detail and the Quotes list rewritten. Every other line is untouched byte
    /// for byte, so refreshing a script that is already up to date returns it unchanged.
    /// - Parameters:
    ///   - result: The parse of `text` (without errors).
    ///   - text: The script as read.
    /// - Returns: The refreshed script.
    public static func refresh(_ result: ScriptParseResult, into text: String) -> String {
        let episode = result.episode
        let ending = lineEnding(of: text)
        var lines = splitLines(text)
        stampSections(result.assignedSectionIDs, into: &lines)
        let seconds = Dictionary(
            episode.segments.map { ($0.id, $0.estimatedSeconds) }, uniquingKeysWith: { first, _ in first })
        let assigned = Set(result.assignedIDs.map(\.line))
        for cue in result.cueLines where cue.line >= 1 && cue.line <= lines.count {
            guard let estimate = seconds[cue.id] else { continue }
            lines[cue.line - 1] = refreshCue(
                lines[cue.line - 1], id: assigned.contains(cue.line) ? cue.id : nil,
                clock: ReadingTime.clock(estimate))
        }
        refreshTotal(of: episode, in: &lines)
        refreshQuotes(of: episode, in: &lines)
        return lines.joined(separator: ending)
    }

    /// `text` with `` · `id` `` inserted after the speaker's name on each assigned cue line, and
    /// `<!-- section ID -->` after each new section heading.
    /// - Parameters:
    ///   - ids: The segment ids ``ScriptParser`` assigned, with their cue lines.
    ///   - sections: The section ids it assigned, with their heading lines.
    ///   - text: The script as read.
    /// - Returns: The script with the ids in place; other lines are untouched byte for byte.
    public static func stamp(
        _ ids: [ScriptParseResult.AssignedID], sections: [ScriptParseResult.AssignedID] = [], into text: String
    ) -> String {
        guard !ids.isEmpty || !sections.isEmpty else { return text }
        var lines = splitLines(text)
        for assigned in ids where assigned.line >= 1 && assigned.line <= lines.count {
            lines[assigned.line - 1] = refreshCue(lines[assigned.line - 1], id: assigned.id, clock: nil)
        }
        stampSections(sections, into: &lines)
        return lines.joined(separator: lineEnding(of: text))
    }

    /// Lines as the parser counts them.
    static func splitLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
    }

    /// The file keeps its own line ending.
    static func lineEnding(of text: String) -> String {
        text.contains("\r\n") ? "\r\n" : text.contains("\n") ? "\n" : text.contains("\r") ? "\r" : "\n"
    }

    static func stampSections(_ sections: [ScriptParseResult.AssignedID], into lines: inout [String]) {
        for section in sections where section.line >= 1 && section.line <= lines.count {
            let heading = lines[section.line - 1]
            guard heading.hasPrefix("##"), !heading.contains("<!--") else { continue }
            lines[section.line - 1] = heading + " <!-- section \(section.id) -->"
        }
    }

    /// A cue line with `id` inserted after the name (when given) and its `· m:ss` set to `clock` (when given):
    /// replaced where the cue shows a time, added after the id where it shows none.
    static func refreshCue(_ line: String, id: String?, clock: String?) -> String {
        var characters = Array(line)
        let indent = characters.prefix { $0 == " " || $0 == "\t" }.count
        guard characters.count > indent + 2, characters[indent] == "*", characters[indent + 1] == "*",
            let close = ScriptText.firstUnescaped("**", in: characters, from: indent + 2)
        else { return line }
        var position = close + 2
        if let id {
            let inserted = Array(" · `\(id)`")
            characters.insert(contentsOf: inserted, at: position)
        }
        guard let clock else { return String(characters) }
        // Walk the ` · token` run after the name: the id in backticks and the time, in any order.
        var afterID: Int?
        while true {
            var cursor = position
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            if cursor < characters.count, characters[cursor] == ":" {
                position = cursor + 1
                continue
            }
            guard cursor < characters.count, characters[cursor] == "·" else { break }
            cursor += 1
            while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
            if cursor < characters.count, characters[cursor] == "`",
                let end = characters[(cursor + 1)...].firstIndex(of: "`")
            {
                position = end + 1
                afterID = position
                continue
            }
            var end = cursor
            while end < characters.count, characters[end].isNumber || characters[end] == ":" { end += 1 }
            let time = characters[cursor..<end]
            guard time.contains(":"), end == characters.count || characters[end] == " " else { break }
            characters.replaceSubrange(cursor..<end, with: Array(clock))
            return String(characters)
        }
        guard let afterID else { return String(characters) }
        characters.insert(contentsOf: Array(" · \(clock)"), at: afterID)
        return String(characters)
    }

    /// The `- **Estimated time:**` detail, where the script has one.
    static func refreshTotal(of episode: Episode, in lines: inout [String]) {
        let prefix = "- **Estimated time:**"
        guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }),
            let rendered = ScriptRenderer.metadata(episode).first(where: { $0.hasPrefix(prefix) })
        else { return }
        lines[index] = rendered
    }

    /// The Quotes section, from its heading to the next heading or the end, as the renderer writes it for the
    /// episode's quotes now; removed when no quote is left.
    static func refreshQuotes(of episode: Episode, in lines: inout [String]) {
        guard
            let start = lines.firstIndex(where: {
                $0.hasPrefix("##") && ScriptParser.splitMarker($0).marker == ["quotes"]
            })
        else { return }
        var end = start + 1
        while end < lines.count, !lines[end].hasPrefix("#") { end += 1 }
        // The section ends where the rendered one does: the blank lines before the next heading stay.
        var kept = end
        while kept > start + 1, lines[kept - 1].scriptTrimmed.isEmpty { kept -= 1 }
        let trailing = end < lines.count ? Array(lines[kept..<end]) : (lines[kept..<end].isEmpty ? [] : [""])
        var replacement = episode.quotes.isEmpty ? [] : Array(ScriptRenderer.quoteList(episode).dropFirst())
        if replacement.isEmpty {
            // Remove the blank line that led into the section too.
            var first = start
            while first > 0, lines[first - 1].scriptTrimmed.isEmpty { first -= 1 }
            lines.replaceSubrange(first..<end, with: [""])
            return
        }
        replacement += trailing
        lines.replaceSubrange(start..<end, with: replacement)
    }
}
