/// Writes fresh segment ids back into a hand-edited script, changing nothing but the cue lines that lacked one.
///
/// Takes are saved under segment ids, so an id given once must stay: stamping it into `script.md` keeps it when the
/// producer later adds segments above.
public enum ScriptStamper {
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
        let byLine = Dictionary(ids.map { ($0.line, $0.id) }, uniquingKeysWith: { first, _ in first })
        // Lines are counted as the parser counts them; the file keeps its own line ending.
        let ending = text.contains("\r\n") ? "\r\n" : text.contains("\n") ? "\n" : text.contains("\r") ? "\r" : "\n"
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map(String.init)
        for (line, id) in byLine where line >= 1 && line <= lines.count {
            var characters = Array(lines[line - 1])
            let indent = characters.prefix { $0 == " " || $0 == "\t" }.count
            guard characters.count > indent + 2, characters[indent] == "*", characters[indent + 1] == "*",
                let close = ScriptText.firstUnescaped("**", in: characters, from: indent + 2)
            else { continue }
            characters.insert(contentsOf: Array(" · `\(id)`"), at: close + 2)
            lines[line - 1] = String(characters)
        }
        for section in sections where section.line >= 1 && section.line <= lines.count {
            let heading = lines[section.line - 1]
            guard heading.hasPrefix("##"), !heading.contains("<!--") else { continue }
            lines[section.line - 1] = heading + " <!-- section \(section.id) -->"
        }
        return lines.joined(separator: ending)
    }
}
