import Foundation
import Testing

/// Compares output with a golden file beside the tests; `PODWRIGHT_RECORD_GOLDEN=1` re-records it.
enum Golden {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Script", isDirectory: true)
    }

    static func check(_ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["PODWRIGHT_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(name): run with PODWRIGHT_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (left, right)) in zip(expectedLines, actualLines).enumerated() where left != right {
            Issue.record(
                "\(name):\(index + 1) differs\n expected: \(left)\n   actual: \(right)", sourceLocation: sourceLocation)
            return
        }
        #expect(expectedLines.count == actualLines.count, "\(name): line count differs", sourceLocation: sourceLocation)
    }
}
