import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// The checks a take gets: its level measured against the loudness the show's audio preset delivers (not a fixed
/// one), and takes already in the folder when the booth starts measured and word-checked in the background.
@Suite(.serialized)
struct BoothChecksTests {
    /// The level finding of a take uploaded to `booth`, with the take's measured loudness.
    private func level(_ booth: BoothFixture, take: Data) async throws -> (level: String, message: String, lufs: Double)
    {
        let answer = try await booth.request("POST", "/api/segments/s1-p1/takes", body: take)
        let report = BoothFixture.object(answer.body)
        #expect(answer.status == 201, "\(report)")
        let findings = report["findings"] as? [[String: Any]] ?? []
        let finding = try #require(findings.first { $0["check"] as? String == "level" }, "\(report)")
        return (
            finding["level"] as? String ?? "", finding["message"] as? String ?? "",
            try #require(report["loudnessLUFS"] as? Double)
        )
    }

    @Test func levelsAreCheckedAgainstTheShowsAudioPreset() async throws {
        let take = BoothFixture.tone(seconds: 4, dBFS: -15)
        // Without a show.json: assemble's podcast preset, −19 LUFS for a mono episode.
        let plain = try BoothFixture()
        defer { plain.remove() }
        #expect(plain.printed.contains("checked against the episode's -19.0 LUFS (mono)"), "\(plain.printed)")
        let podcast = try await level(plain, take: take)
        #expect(podcast.level == "ok", "\(podcast)")
        #expect(podcast.message.contains("the episode is -19 LUFS"), "\(podcast)")

        // The show delivers at −30 LUFS: the same take is now far louder than the episode needs.
        let quiet = try BoothFixture { booth in
            try Data(#"{"audio": {"lufs": -30}}"#.utf8).write(to: booth.folder.showConfiguration)
        }
        defer { quiet.remove() }
        #expect(quiet.printed.contains("checked against the episode's -30.0 LUFS (mono)"), "\(quiet.printed)")
        let loud = try await level(quiet, take: take)
        #expect(abs(loud.lufs - podcast.lufs) < 0.01)
        #expect(loud.level == "warning" && loud.message.hasPrefix("Very loud"), "\(loud) against \(podcast)")
        #expect(loud.message.contains("-30 LUFS"), "\(loud)")

        // EBU R128 in stereo: −23 LUFS, and the mono take measured as it plays on both sides (3 LU louder).
        let broadcast = try BoothFixture { booth in
            try Data(#"{"audio": {"preset": "ebu-r128", "channels": 2}}"#.utf8)
                .write(to: booth.folder.showConfiguration)
        }
        defer { broadcast.remove() }
        #expect(broadcast.printed.contains("-23.0 LUFS (stereo)"), "\(broadcast.printed)")
        let stereo = try await level(broadcast, take: take)
        #expect(abs(stereo.lufs - podcast.lufs - 3.01) < 0.05, "\(stereo.lufs) against \(podcast.lufs)")
        #expect(stereo.message.contains("-23 LUFS"), "\(stereo)")
    }

    @Test func aWrongPresetStopsTheBoothNamingShowJSON() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let episode = EpisodeFolder(folder.appendingPathComponent("ep"))
        try FileManager.default.createDirectory(at: episode.url, withIntermediateDirectories: true)
        try SpeechFolder.saveFerryEpisode(BoothFixture.segments, estimatedSeconds: 4.5, to: episode)
        try Data(#"{"audio": {"lufs": -50}}"#.utf8).write(to: episode.showConfiguration)
        let result = try PodwrightProcess.run(["booth", episode.url.path, "--port", "0"])
        #expect(result.status != 0)
        #expect(
            result.standardError.contains("show.json: the audio preset is wrong: --lufs must be between -40 and -5"),
            "\(result.standardError)")
    }
}

/// Takes in the folder before the booth starts — recorded earlier, or by another tool — get the same checks as the
/// booth's own: levels first, then the words (with the aligner), in the background, while the booth already answers.
@Suite(
    .enabled(
        if: ["/usr/bin/flite", "/usr/bin/sox"].allSatisfy(FileManager.default.isExecutableFile),
        "flite or sox is not installed (Scripts/setup installs them); skipped"),
    .serialized)
struct BoothExistingTakesTests {
    @Test func takesFromBeforeTheSessionAreCheckedInTheBackground() async throws {
        let booth = try BoothFixture { booth in
            try FileManager.default.createDirectory(at: booth.takes, withIntermediateDirectories: true)
            // s1-p1 read as written; s2-p1 with one word changed ("summer" for "winter"); s2-p2 not audio at all.
            try BoothBrowserTests.makeFedAudio(
                BoothFixture.segments[0].text, into: booth.takes.appendingPathComponent("s1-p1.wav"),
                scratch: booth.root)
            try BoothBrowserTests.makeFedAudio(
                "The regional council wants to cut the summer timetable to two crossings a day.",
                into: booth.takes.appendingPathComponent("s2-p1.take2.wav"), scratch: booth.root)
            try Data("not a recording".utf8).write(to: booth.takes.appendingPathComponent("s2-p2.wav"))
        }
        defer { booth.remove() }
        // The booth answers at once; the checks come in as they are done.
        #expect(try await booth.request("GET", "/api/episode").status == 200)
        let aligner = BoothBrowserTests.aligner
        var reports: [String: [String: Any]] = [:]
        let deadline = Date().addingTimeInterval(240)
        while Date() < deadline {
            let state = BoothFixture.object(try await booth.request("GET", "/api/episode").body)
            reports = [:]
            for line in state["segments"] as? [[String: Any]] ?? [] {
                for take in line["takes"] as? [[String: Any]] ?? [] {
                    if let report = take["report"] as? [String: Any] {
                        reports["\(line["id"] ?? "").\(take["number"] ?? 0)"] = report
                    }
                }
            }
            let settled =
                reports.count == 3
                && reports.values.allSatisfy { report in
                    (report["words"] as? [String: Any])?["state"] as? String != "checking"
                }
            if settled { break }
            try await Task.sleep(nanoseconds: 250_000_000)
        }
        #expect(reports.count == 3, "\(reports.keys.sorted())")
        func findings(_ key: String) -> [String: String] {
            let list = reports[key]?["findings"] as? [[String: Any]] ?? []
            return Dictionary(
                list.map { ($0["check"] as? String ?? "", $0["level"] as? String ?? "") }, uniquingKeysWith: { $1 })
        }
        func words(_ key: String) -> [String: Any] { reports[key]?["words"] as? [String: Any] ?? [:] }
        // Levels, as for a take recorded in the booth.
        let read = try #require(reports["s1-p1.1"])
        #expect(read["file"] as? String == "takes/s1-p1.wav")
        #expect((read["durationSeconds"] as? Double ?? 0) > 3)
        #expect(findings("s1-p1.1")["clipping"] == "ok")
        #expect(findings("s1-p1.1")["level"] != nil)
        #expect(reports["s2-p1.2"]?["file"] as? String == "takes/s2-p1.take2.wav")
        // The damaged file is named as such, not left "measuring".
        #expect(findings("s2-p2.1")["file"] == "problem", "\(reports["s2-p2.1"] ?? [:])")
        if aligner {
            #expect(words("s1-p1.1")["verdict"] as? String == "ok", "\(words("s1-p1.1"))")
            #expect(findings("s1-p1.1")["words"] == "ok")
            #expect(words("s2-p1.2")["verdict"] as? String == "misread", "\(words("s2-p1.2"))")
            #expect(findings("s2-p1.2")["words"] == "problem")
            let flagged = (words("s2-p1.2")["flagged"] as? [[String: Any]] ?? []).compactMap { $0["index"] as? Int }
            #expect(flagged == [7], "winter is the line’s eighth word: \(flagged)")
        } else {
            #expect(words("s1-p1.1")["state"] as? String == "unavailable")
        }
    }
}
