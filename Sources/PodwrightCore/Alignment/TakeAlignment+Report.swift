extension TakeAlignment {
    /// One line for a producer about a take with a problem, naming the file, the segment and its line in
    /// `script.md`: `takes/s3-p7.take2.wav (s3-p7, script.md:45): skips “in itself,” after “is not”`.
    /// - Parameter line: the segment's cue line in `script.md`, when known.
    /// - Returns: the line, or `nil` for a take without a problem.
    public func problemLine(scriptLine line: Int?) -> String? {
        guard verdict.isProblem else { return nil }
        let place = "\(file) (\(segment)" + (line.map { ", script.md:\($0)" } ?? "") + ")"
        switch verdict {
        case .wrongSegment:
            let other = matchedSegment.map { "the text of segment \($0)" } ?? "the text of another segment"
            return "\(place): holds \(other), not of \(segment); rename the file or record \(segment) again"
        case .unintelligible:
            return "\(place): unintelligible: \(note ?? "no words of the script could be heard")"
        case .misread:
            return "\(place): " + differences.map(\.description).joined(separator: "; ")
        case .ok, .notChecked:
            return nil
        }
    }
}
