/// Where each segment's cue stands in `script.md`, so reports can send a producer to the line.
public enum ScriptCueLines {
    /// Segment id → the 1-based line of its cue (`**NAME** · `ID` · …`).
    public static func find(in script: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var number = 0
        for line in script.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            guard line.hasPrefix("**"), let open = line.firstIndex(of: "`") else { continue }
            let rest = line[line.index(after: open)...]
            guard let close = rest.firstIndex(of: "`") else { continue }
            let id = String(rest[..<close])
            if !id.isEmpty, lines[id] == nil { lines[id] = number }
        }
        return lines
    }
}
