import Foundation
import Testing

/// Golden files under `Fixtures/`: compared byte for byte, re-recorded when `PODWRIGHT_RECORD_GOLDEN=1`.
enum Golden {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["PODWRIGHT_RECORD_GOLDEN"] == "1" }

    /// Checks `actual` against the golden file `name`, or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no golden file \(url.path); run with PODWRIGHT_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let index =
                Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 }
                ?? min(actualLines.count, expectedLines.count)
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let message =
                "\(name) differs from its golden file at line \(index + 1):\n  got:  \(got)\n  want: \(want)\n"
                + "Re-record with PODWRIGHT_RECORD_GOLDEN=1 if the change is intended."
            Issue.record(
                Comment(rawValue: message),
                sourceLocation: sourceLocation)
        }
    }
}
