import Foundation
import PodwrightTestSupport
import Testing

extension Golden {
    /// The Core tests' golden files, under `Fixtures/`.
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }

    /// Checks `actual` against `Fixtures/NAME`.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try check(actual, against: fixtures.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
