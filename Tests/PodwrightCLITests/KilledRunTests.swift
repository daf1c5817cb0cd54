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

    /// An article about `word`, long enough that writing its episode takes a while.
    static func article(_ word: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("\(word.lowercased()).txt")
        var text = "\(word) report\n\n"
        for number in 0..<60 {
            text +=
                "The \(word)word council met for the \(number)th time on Tuesday. “We will build it,” said "
                + "Jane \(word)son, the mayor. The plan was announced in March and debated at length.\n\n"
        }
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Why `script.md`, `episode.json`, `recording-sheet.md` and `article.txt` are not all one run's, or `nil`.
    static func scriptSetInconsistency(_ folder: EpisodeFolder) -> String? {
        func read(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        func word(_ text: String) -> String? {
            let alpha = text.contains("Alpha")
            let bravo = text.contains("Bravo")
            return alpha == bravo ? nil : alpha ? "Alpha" : "Bravo"
        }
        let title = read(folder.script).split(separator: "\n").first { $0.hasPrefix("# ") }.map(String.init) ?? ""
        let manifest = (try? JSONDecoder().decode(Episode.self, from: Data(contentsOf: folder.manifest)))?.title ?? ""
        let sheet = read(folder.recordingSheet).split(separator: "\n").first.map(String.init) ?? ""
        let parts = [
            ("script.md", word(title)), ("episode.json", word(manifest)), ("recording-sheet.md", word(sheet)),
            ("article.txt", word(read(folder.articleText))),
        ]
        guard let first = parts[0].1 else { return "script.md has no title of either article" }
        let others = parts.filter { $0.1 != first }.map(\.0)
        return others.isEmpty ? nil : "script.md is the \(first) article's but \(others) are not"
    }

    @Test func scriptForceKilledAtAnyInstantLeavesOneRunsFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let articles = [try Self.article("Alpha", in: root), try Self.article("Bravo", in: root)]
        let folder = EpisodeFolder(root.appendingPathComponent("EP"))
        let path = folder.url.path
        #expect(try PodwrightProcess.run(["script", articles[0].path, "-o", path]).status == 0)
        let started = Date()
        #expect(try PodwrightProcess.run(["script", articles[1].path, "-o", path, "--force"]).status == 0)
        let length = Date().timeIntervalSince(started)
        for step in 0..<24 {
            // Each run replaces the other article's episode, so a mix shows; half the kills are Ctrl-C.
            let edit = "<!-- hand edit \(step) -->"
            let handle = try FileHandle(forWritingTo: folder.script)
            handle.seekToEndOfFile()
            handle.write(Data("\n\(edit)\n".utf8))
            try handle.close()
            let isAlpha = try String(contentsOf: folder.script, encoding: .utf8).contains("# Alpha report")
            let next = articles[isAlpha ? 1 : 0]
            let signal = step % 2 == 0 ? SIGKILL : SIGINT
            let process = try Self.start(["script", next.path, "-o", path, "--force"])
            // Spread over the run, most of them late, where the files are written.
            usleep(useconds_t(length * (0.3 + 0.75 * Double(step) / 24) * 1_000_000))
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if signal == SIGINT {
                // Ctrl-C removes what it had not finished and never stops the renames half-way.
                // (Or before its handler was installed, when it had written nothing.)
                let status = process.terminationStatus
                #expect(
                    process.terminationReason == .uncaughtSignal || [0, 130].contains(status),
                    "Ctrl-C \(step): exit \(status)")
                #expect(
                    Self.scriptSetInconsistency(folder) == nil,
                    "Ctrl-C \(step): \(Self.scriptSetInconsistency(folder)!)")
            }
            // The next run (here one that only refuses to replace the script) completes whatever a kill left.
            #expect(try PodwrightProcess.run(["script", next.path, "-o", path]).status != 0)
            #expect(Self.scriptSetInconsistency(folder) == nil, "kill \(step): \(Self.scriptSetInconsistency(folder)!)")
            #expect(Self.leftovers(folder.url).isEmpty, "kill \(step): left behind: \(Self.leftovers(folder.url))")
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
            let kept = try
                ([folder.script]
                + names.filter { $0.hasPrefix("script.md.bak-") }.map {
                    folder.url.appendingPathComponent($0)
                }).map { try String(contentsOf: $0, encoding: .utf8) }
            #expect(kept.contains { $0.contains(edit) }, "kill \(step): the hand edit is gone")
        }
        let check = try PodwrightProcess.run(["check", path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(!check.standardOutput.contains("Not from the article"), "\(check.standardOutput)")
    }
}
