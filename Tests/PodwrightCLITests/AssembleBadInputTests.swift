import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// Bad takes and bad places to write: a clear message naming the file or segment, a non-zero exit where it is
/// fatal, and the previous episode left exactly as it was.
@Suite struct AssembleBadInputTests {
    static let ids = ["s1-p1", "s1-p2", "s1-p3"]

    /// A folder with a good episode already assembled, whose outputs must survive a failed run.
    static func assembled() throws -> (AssembleFolder, [String: Data]) {
        let fixture = try AssembleFolder()
        try fixture.writeEpisode(ids)
        for id in ids { try fixture.writeTake("\(id).wav") }
        let first = try fixture.assemble()
        #expect(first.status == 0, "\(first.standardError)")
        var previous: [String: Data] = [:]
        for name in ["episode.wav", "timing.json", "peaks.json", "report.txt"] {
            previous[name] = fixture.contents(name)
        }
        return (fixture, previous)
    }

    /// The build folder holds exactly the previous outputs (and the analysis cache), nothing half-written.
    static func expectUntouched(_ fixture: AssembleFolder, _ previous: [String: Data]) throws {
        for (name, data) in previous { #expect(fixture.contents(name) == data, "\(name) changed") }
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.build.path).sorted()
        #expect(names == [".cache", "episode.wav", "peaks.json", "report.txt", "timing.json"], "left behind: \(names)")
    }

    enum Damage: String, CaseIterable, Sendable {
        case corrupt, truncated, notAudio, empty

        func write(to url: URL) throws {
            switch self {
            case .corrupt:
                var generator = SystemRandomNumberGenerator()
                try Data((0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: url)
            case .truncated:
                let samples = [Int16](repeating: 1000, count: 48_000)
                let whole = AssembleFolder.wav(samples, sampleRate: 48_000)
                try whole.prefix(whole.count / 3).write(to: url)
            case .notAudio:
                try Data("Interview notes: call back Tuesday.\n".utf8).write(to: url)
            case .empty:
                try Data().write(to: url)
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedTakeIsNamedAndNothingIsLost(damage: Damage) throws {
        let (fixture, previous) = try Self.assembled()
        defer { fixture.remove() }
        try damage.write(to: fixture.takes.appendingPathComponent("s1-p2.take2.wav"))
        let result = try fixture.assemble()
        #expect(result.status != 0, "\(damage) was accepted")
        #expect(result.standardError.contains("takes/s1-p2.take2.wav"), "\(result.standardError)")
        #expect(result.standardError.contains("segment s1-p2"), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count <= 2, "one-line error: \(result.standardError)")
        try Self.expectUntouched(fixture, previous)
    }

    @Test func everyDamagedTakeIsNamedInOneError() throws {
        let (fixture, previous) = try Self.assembled()
        defer { fixture.remove() }
        try Damage.notAudio.write(to: fixture.takes.appendingPathComponent("s1-p2.take2.wav"))
        try Damage.empty.write(to: fixture.takes.appendingPathComponent("s1-p3.take2.wav"))
        let result = try fixture.assemble()
        #expect(result.status != 0)
        let error = result.standardError
        #expect(error.contains("2 files cannot be used"), "\(error)")
        #expect(error.contains("takes/s1-p2.take2.wav") && error.contains("takes/s1-p3.take2.wav"), "\(error)")
        #expect(!error.contains("warning:"), "a fatal error reported as a warning: \(error)")
        try Self.expectUntouched(fixture, previous)
    }

    @Test func aSilentTakeCountsAsMissing() throws {
        let (fixture, previous) = try Self.assembled()
        defer { fixture.remove() }
        try fixture.writeTake("s1-p3.take2.wav", silent: true)
        let result = try fixture.assemble()
        #expect(result.status != 0)
        #expect(result.standardError.contains("s1-p3 (takes/s1-p3.take2.wav is silent)"), "\(result.standardError)")
        try Self.expectUntouched(fixture, previous)
        let allowed = try fixture.assemble(["--allow-missing", "silence"])
        #expect(allowed.status == 0, "\(allowed.standardError)")
    }

    @Test func aClippedTakeIsWarnedAboutByName() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        for id in Self.ids { try fixture.writeTake("\(id).wav", level: -10, clip: id == "s1-p2") }
        let result = try fixture.assemble()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            result.standardError.contains("warning: takes/s1-p2.wav (segment s1-p2) is clipped"),
            "\(result.standardError)")
        #expect(!result.standardError.contains("s1-p1.wav (segment s1-p1) is clipped"))
    }

    @Test(arguments: [8_000, 192_000])
    func extremeSampleRatesAreResampled(rate: Int) throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        for id in Self.ids {
            try fixture.writeTake("\(id).wav", frequency: 300, seconds: 2, sampleRate: id == "s1-p2" ? rate : 48_000)
        }
        let result = try fixture.assemble()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("telephone") == (rate == 8_000))
        let segments = try #require(try fixture.timing()["segments"] as? [[String: Any]])
        let lengths = segments.map { ($0["endSample"] as! Int) - ($0["startSample"] as! Int) }
        // The same tone at any rate keeps the same length once trimmed and resampled to 48 kHz.
        #expect(abs(lengths[1] - lengths[0]) <= 48_000 / 100 + 2, "\(lengths)")
    }

    @Test func anUnwritableBuildFolderIsReported() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        for id in Self.ids { try fixture.writeTake("\(id).wav") }
        // A file where the build folder should be: even root cannot create the folder.
        try Data("not a folder".utf8).write(to: fixture.folder.build)
        let result = try fixture.assemble()
        #expect(result.status != 0)
        #expect(result.standardError.contains(fixture.folder.build.path), "\(result.standardError)")
        #expect(try Data(contentsOf: fixture.folder.build) == Data("not a folder".utf8))
    }

    /// A disk that fills up mid-write, simulated with a file-size limit (`ulimit -f`): writes beyond it fail with
    /// EFBIG, as they would with ENOSPC, after part of the file is written.
    @Test func aDiskThatFillsUpMidWriteLosesNothing() throws {
        let (fixture, previous) = try Self.assembled()
        defer { fixture.remove() }
        try fixture.writeTake("s1-p1.take2.wav", seconds: 30)
        let command = "ulimit -f 256; exec \"$0\" assemble \"$1\" --no-align"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command, PodwrightProcess.binary.path, fixture.url.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(message.contains("episode.wav"), "\(message)")
        #expect(message.contains("untouched"), "\(message)")
        try Self.expectUntouched(fixture, previous)
    }
}

/// Ctrl-C while the episode is being written: the temporary file goes, the previous episode stays.
@Suite struct AssembleInterruptTests {
    @Test func anInterruptedRunLeavesThePreviousEpisode() throws {
        let (fixture, previous) = try AssembleBadInputTests.assembled()
        defer { fixture.remove() }
        for id in AssembleBadInputTests.ids { try fixture.writeTake("\(id).take2.wav", seconds: 90) }
        let process = Process()
        process.executableURL = PodwrightProcess.binary
        process.arguments = ["assemble", fixture.url.path, "--no-cache", "--no-align"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Interrupt once the new episode is being written (in the new build's hidden staging folder).
        var writing = false
        let manager = FileManager.default
        while process.isRunning, !writing {
            let names = (try? manager.contentsOfDirectory(atPath: fixture.url.path)) ?? []
            writing = names.contains {
                $0.hasPrefix(".podwright-staging-build")
                    && manager.fileExists(atPath: fixture.url.appendingPathComponent("\($0)/episode.wav").path)
            }
            if !writing { usleep(2_000) }
        }
        try #require(writing, "the run finished before it could be interrupted")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        try AssembleBadInputTests.expectUntouched(fixture, previous)
        let left = try manager.contentsOfDirectory(atPath: fixture.url.path).filter {
            $0.hasPrefix(".podwright-staging")
        }
        #expect(left.isEmpty, "the interrupted run removes its staging folder: \(left)")
    }
}
