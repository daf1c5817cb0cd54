import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `kill -9` at any instant of `assemble`, `notes` or `script --force`, and two runs at once on one episode: the
/// outputs always describe one run, and nothing left behind trips the next run.
@Suite(.serialized) struct KilledRunTests {
    /// Frames in a PCM WAV file, from its `fmt ` and `data` chunks.
    static func wavFrames(_ url: URL) -> Int? {
        guard let data = try? Data(contentsOf: url), data.count > 44 else { return nil }
        let bytes = [UInt8](data)
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        }
        var offset = 12
        var blockAlign = 0
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = u32(offset + 4)
            if id == "fmt " { blockAlign = Int(bytes[offset + 20]) | Int(bytes[offset + 21]) << 8 }
            if id == "data", blockAlign > 0 { return size / blockAlign }
            offset += 8 + size + size % 2
        }
        return nil
    }

    /// Why the build folder is not one run's outputs, or `nil` when it is.
    static func inconsistency(_ folder: EpisodeFolder) -> String? {
        guard let timing = try? JSONSerialization.jsonObject(with: Data(contentsOf: folder.timing)) as? [String: Any],
            let duration = timing["durationSamples"] as? Int
        else { return "timing.json unreadable" }
        guard let frames = wavFrames(folder.episodeAudio(extension: "wav")) else { return "episode.wav unreadable" }
        if frames != duration { return "episode.wav has \(frames) frames, timing.json says \(duration)" }
        guard let peaks = try? JSONSerialization.jsonObject(with: Data(contentsOf: folder.peaks)) as? [String: Any],
            let perPeak = peaks["samplesPerPeak"] as? Int, let list = peaks["peaks"] as? [Any]
        else { return "peaks.json unreadable" }
        let expected = (duration + perPeak - 1) / perPeak
        if abs(list.count - expected) > 1 {
            return "peaks.json has \(list.count) peaks, timing.json implies \(expected)"
        }
        return nil
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = PodwrightProcess.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func leftovers(_ url: URL) -> [String] {
        let names = FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []
        return names.filter {
            $0.contains(".podwright-staging") || $0.hasSuffix(".tmp") || $0.contains(".podwright-commit")
        }
    }

    @Test func assembleKilledAtAnyInstantLeavesOneRunsBuild() throws {
        let (fixture, _) = try AssembleBadInputTests.assembled()
        defer { fixture.remove() }
        let started = Date()
        let timed = try Self.start(["assemble", fixture.url.path, "-q", "--no-cache", "--pause-scale", "2"])
        timed.waitUntilExit()
        let length = Date().timeIntervalSince(started)
        // Kills spread over the whole run, alternating between two different episodes so a mix would show.
        for step in 0..<10 {
            let scale = step % 2 == 0 ? "1" : "2"
            let process = try Self.start(["assemble", fixture.url.path, "-q", "--no-cache", "--pause-scale", scale])
            usleep(useconds_t(length * Double(step) / 10 * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(Self.inconsistency(fixture.folder) == nil, "kill \(step): \(Self.inconsistency(fixture.folder)!)")
        }
        let clean = try fixture.assemble()
        #expect(clean.status == 0, "\(clean.standardError)")
        #expect(Self.leftovers(fixture.url).isEmpty, "left behind: \(Self.leftovers(fixture.url))")
        #expect(Self.inconsistency(fixture.folder) == nil)
    }

    @Test func twoRunsAtOnceWaitForEachOther() throws {
        let (fixture, _) = try AssembleBadInputTests.assembled()
        defer { fixture.remove() }
        for round in 0..<3 {
            let first = try Self.start(["assemble", fixture.url.path, "-q", "--no-cache"])
            let second = try Self.start(["assemble", fixture.url.path, "-q", "--no-cache", "--pause-scale", "2"])
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0 && second.terminationStatus == 0, "round \(round)")
            #expect(Self.inconsistency(fixture.folder) == nil, "round \(round): \(Self.inconsistency(fixture.folder)!)")
        }
        #expect(Self.leftovers(fixture.url).isEmpty, "left behind: \(Self.leftovers(fixture.url))")
    }

    @Test func notesKilledAtAnyInstantLeaveOneRunsNotes() throws {
        let (fixture, _) = try AssembleBadInputTests.assembled()
        defer { fixture.remove() }
        let notes = fixture.folder.notes
        for step in 0..<8 {
            // A different episode length each time, so notes from two runs would disagree.
            let scale = step % 2 == 0 ? "1" : "2"
            #expect(try PodwrightProcess.run(["assemble", fixture.url.path, "-q", "--pause-scale", scale]).status == 0)
            let process = try Self.start(["notes", fixture.url.path, "--lossless-enclosure", "-q"])
            usleep(useconds_t(step * 15_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: notes.appendingPathComponent("rss-item.xml").path) else {
                continue
            }
            let rss = try String(contentsOf: notes.appendingPathComponent("rss-item.xml"), encoding: .utf8)
            let audio = try FileManager.default.attributesOfItem(
                atPath: notes.appendingPathComponent("episode.wav").path)
            #expect(
                rss.contains("length=\"\(audio[.size] as? Int ?? -1)\""),
                "kill \(step): the RSS item describes other audio")
            let names = try FileManager.default.contentsOfDirectory(atPath: notes.path)
            #expect(
                !names.contains { $0.hasPrefix(".") }, "kill \(step): hidden files in the folder to upload: \(names)")
        }
        #expect(try PodwrightProcess.run(["notes", fixture.url.path, "--lossless-enclosure", "-q"]).status == 0)
        #expect(Self.leftovers(fixture.url).isEmpty, "left behind: \(Self.leftovers(fixture.url))")
    }
}
