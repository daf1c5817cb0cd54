import Foundation
import PodwrightTestSupport
import Testing

/// `podwright measure` output, text and JSON, against golden files (re-record with `PODWRIGHT_RECORD_GOLDEN=1`).
@Suite struct MeasureGoldenTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden")

    static func check(_ output: String, against name: String) throws {
        try Golden.check(output, against: goldenFolder.appendingPathComponent(name))
    }

    @Test(arguments: [("measure.txt", [String]()), ("measure.json", ["--json"])])
    func outputMatchesGolden(name: String, flags: [String]) throws {
        let folder = try MeasureCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try MeasureCommandTests.writeTone(to: folder.appendingPathComponent("tone.wav"), seconds: 5, peakDBFS: -20)
        try MeasureCommandTests.writeTone(
            to: folder.appendingPathComponent("quiet-mono.wav"), seconds: 2.5, peakDBFS: -40, rate: 44_100,
            channels: 1)
        let result = try PodwrightProcess.run(["measure"] + flags + ["tone.wav", "quiet-mono.wav"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        try Self.check(result.standardOutput, against: name)
    }
}
