extension ScriptStamper {
    /// `text` with `[take N]` set under one segment: an existing `[take …]` line of the segment is replaced, else the
    /// directive is added (after a blank line) right after the segment's paragraph. Every other line is kept byte for
    /// byte.
    /// - Parameters:
    ///   - take: The take number to pin (1, 2, …).
    ///   - segmentID: The segment's id.
    ///   - result: The parse of `text` (without errors).
    ///   - text: The script as read.
    /// - Returns: The script with the take pinned, or `nil` when the segment is not in it.
    public static func pinning(
        take: Int, of segmentID: String, parsed result: ScriptParseResult, in text: String
    ) -> String? {
        guard let cue = result.cueLines.first(where: { $0.id == segmentID }) else { return nil }
        var lines = splitLines(text)
        let cueIndex = cue.line - 1
        guard cueIndex >= 0, cueIndex < lines.count else { return nil }
        // The segment's lines run to the next cue, heading or music cue (which belongs to the segment after it).
        var end = cueIndex + 1
        while end < lines.count {
            let line = lines[end].scriptTrimmed
            if line.hasPrefix("**") || line.hasPrefix("#") || line.hasPrefix("[music") { break }
            end += 1
        }
        let directive = "[take \(take)]"
        if let existing = (cueIndex + 1..<end).first(where: { lines[$0].scriptTrimmed.hasPrefix("[take") }) {
            let indent = String(lines[existing].prefix { $0 == " " || $0 == "\t" })
            lines[existing] = indent + directive
            return lines.joined(separator: lineEnding(of: text))
        }
        // The paragraph: the first text line after the cue (or the cue itself, radio style) to the next blank line.
        var index = cueIndex + 1
        while index < end, lines[index].scriptTrimmed.isEmpty { index += 1 }
        var last = cueIndex
        if index < end, !lines[index].scriptTrimmed.hasPrefix("["), !lines[index].scriptTrimmed.hasPrefix("<!--") {
            last = index
            while last + 1 < end, !lines[last + 1].scriptTrimmed.isEmpty,
                !lines[last + 1].scriptTrimmed.hasPrefix("[")
            {
                last += 1
            }
        }
        lines.insert(contentsOf: ["", directive], at: last + 1)
        return lines.joined(separator: lineEnding(of: text))
    }
}
