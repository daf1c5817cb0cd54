public import Foundation
public import Testing

/// Golden files: output compared byte for byte with a file kept in the repository.
///
/// Re-record with `PODWRIGHT_RECORD_GOLDEN=1`: the file is rewritten and the test still fails, saying so, so that a
/// recorded baseline is always looked at (`git diff`) before it is trusted. Run again without the variable to pass.
public enum Golden {
    /// Whether this run re-records golden files.
    public static var recording: Bool { ProcessInfo.processInfo.environment["PODWRIGHT_RECORD_GOLDEN"] == "1" }

    /// Checks `actual` against the golden file at `url`, or re-records it (and fails).
    /// - Parameters:
    ///   - actual: The output.
    ///   - url: The golden file.
    public static func check(
        _ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let name = url.lastPathComponent
        if recording {
            let previous = try? String(contentsOf: url, encoding: .utf8)
            guard previous != actual else { return }
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            let message =
                "re-recorded \(url.path): read the change (git diff), then run the tests again without "
                + "PODWRIGHT_RECORD_GOLDEN"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            let message = "no golden file \(url.path); run with PODWRIGHT_RECORD_GOLDEN=1 to record it, then read it"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index =
            Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 }
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
        let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
        Issue.record(
            Comment(
                rawValue:
                    "\(name) differs from its golden file at line \(index + 1):\n  got:  \(got)\n  want: \(want)\n"
                    + "Re-record with PODWRIGHT_RECORD_GOLDEN=1 if the change is intended."),
            sourceLocation: sourceLocation)
    }
}
