import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright booth` refuses what it must: requests without the token, ids that are not the script's, uploads that
/// are too large or not WAV; and it writes nowhere but `EP/takes/` and `EP/script.md`.
@Suite(
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "needs curl (Scripts/setup)"),
    .serialized)
struct BoothSecurityTests {
    @Test func everyRouteRefusesARequestWithoutTheToken() async throws {
        let booth = try BoothFixture()
        defer { booth.remove() }
        #expect(booth.printed.contains("Booth for “The ferry” (4 segments): open http://127.0.0.1:"))
        #expect(booth.token.count == 32)
        let routes = [
            ("GET", "/"), ("GET", "/booth.js"), ("GET", "/recorder.js"), ("GET", "/api/episode"),
            ("GET", "/api/segments/s1-p1/takes/1"), ("GET", "/api/segments/s1-p1/takes/1/audio"),
            ("POST", "/api/segments/s1-p1/takes/1/use"), ("GET", "/nothing-here"),
        ]
        for (method, path) in routes {
            let bare = try await booth.request(method, path, token: false)
            #expect(bare.status == 403, "\(method) \(path)")
            let wrong = try await booth.request(method, path + "?token=0123456789abcdef0123456789abcdef", token: false)
            #expect(wrong.status == 403, "\(method) \(path) with a wrong token")
        }
        let upload = try await booth.request(
            "POST", "/api/segments/s1-p1/takes", body: BoothFixture.tone(seconds: 1), token: false)
        #expect(upload.status == 403)
        #expect(String(decoding: upload.body, as: UTF8.self).contains("token"))
        // With the token: in the query (as the printed address has it) or in the header (as the page sends it).
        #expect(try await booth.request("GET", "/?token=\(booth.token)", token: false).status == 200)
        let page = try await booth.request("GET", "/api/episode")
        #expect(page.status == 200)
        #expect(BoothFixture.object(page.body)["title"] as? String == "The ferry")
        #expect(!FileManager.default.fileExists(atPath: booth.takes.appendingPathComponent("s1-p1.take1.wav").path))
    }

    @Test(arguments: [
        "..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "..", "s1-p1%2F..%2F..%2Fx", "s1-p1%00", "s1-p1;ls", "%C3%A9",
        "S1-P1", "unknown", ".hidden", "s1-p1%20",
    ])
    func oddAndUnknownIDsAreRefused(id: String) async throws {
        let booth = try BoothFixture()
        defer { booth.remove() }
        let before = booth.files()
        let result = try booth.curl([
            "--path-as-is", "-X", "POST", "-H", "X-Booth-Token: \(booth.token)", "--data-binary", "@-",
            "\(booth.base)/api/segments/\(id)/takes",
        ])
        #expect([400, 404].contains(result.status), "\(id): \(result)")
        #expect(booth.files() == before, "\(id) wrote something")
    }

    @Test func rawPathsThatClimbOutOfTheRoutesAreRefused() async throws {
        let booth = try BoothFixture()
        defer { booth.remove() }
        let before = booth.files()
        for path in ["/api/segments/../../../etc/passwd", "/api/segments/s1-p1/takes/../../../../../etc/passwd/audio"] {
            let result = try booth.curl(["--path-as-is", "-H", "X-Booth-Token: \(booth.token)", booth.base + path])
            #expect(result.status == 404 || result.status == 400, "\(path): \(result.status)")
            #expect(!result.body.contains("root:"), "\(path)")
        }
        for take in ["0", "-1", "abc", "99999"] {
            let result = try await booth.request("GET", "/api/segments/s1-p1/takes/\(take)/audio")
            #expect(result.status == 400, "take \(take)")
        }
        #expect(booth.files() == before)
    }

    @Test func uploadsThatAreNotWAVOrTooLargeAreRefusedWithAClearMessage() async throws {
        let booth = try BoothFixture()
        defer { booth.remove() }
        let before = booth.files()
        let text = try await booth.request("POST", "/api/segments/s1-p1/takes", body: Data("just text".utf8))
        #expect(text.status == 415)
        #expect(String(decoding: text.body, as: UTF8.self).contains("not a WAV recording"))
        // A header that promises more audio than arrived, and a RIFF file that is not audio.
        var cut = BoothFixture.tone(seconds: 1)
        cut.removeLast(10_000)
        let truncated = try await booth.request("POST", "/api/segments/s1-p1/takes", body: cut)
        #expect(truncated.status == 415)
        #expect(String(decoding: truncated.body, as: UTF8.self).contains("only"))
        var riff = Data("RIFF".utf8) + Data([100, 0, 0, 0]) + Data("WAVEjunk".utf8)
        riff.append(Data(repeating: 7, count: 100))
        #expect(try await booth.request("POST", "/api/segments/s1-p1/takes", body: riff).status == 415)
        // Over the 64 MB cap: by its declared length (refused before it is read), and streamed without one.
        let small = booth.root.appendingPathComponent("small.wav")
        try BoothFixture.tone(seconds: 1).write(to: small)
        let declared = try booth.curl([
            "-X", "POST", "-H", "X-Booth-Token: \(booth.token)", "-H", "Content-Length: 900000000", "--data-binary",
            "@" + small.path, booth.base + "/api/segments/s1-p1/takes",
        ])
        #expect(declared.status == 413, "\(declared)")
        #expect(declared.body.contains("larger than the booth accepts"))
        let big = booth.root.appendingPathComponent("big.wav")
        var header = BoothFixture.tone(seconds: 0.1)
        header.append(Data(repeating: 0, count: 65 * 1_048_576))
        try header.write(to: big)
        let streamed = try booth.curl([
            "-X", "POST", "-H", "X-Booth-Token: \(booth.token)", "-H", "Transfer-Encoding: chunked",
            "--data-binary", "@" + big.path, booth.base + "/api/segments/s1-p1/takes",
        ])
        #expect(streamed.status == 413, "\(streamed)")
        try FileManager.default.removeItem(at: small)
        try FileManager.default.removeItem(at: big)
        // Nothing was filed, and no temporary upload was left behind.
        var after = booth.files()
        // The takes folder itself is created (so the episode folder's own time changes); nothing else is.
        after["ep/takes"] = nil
        after["ep"] = nil
        var earlier = before
        earlier["ep"] = nil
        #expect(after == earlier)
        let left = (try? FileManager.default.contentsOfDirectory(atPath: booth.takes.path)) ?? []
        #expect(left.isEmpty, "\(left)")
    }

    /// A session of uploads, a retried upload and marking a take changes files in `takes/` and `script.md` only;
    /// an edit made to the script before the take is marked is kept.
    @Test func writesOnlyTakesAndTheScriptAndKeepsEditsMadeMeanwhile() async throws {
        let booth = try BoothFixture()
        defer { booth.remove() }
        let before = booth.files()
        for _ in 0..<2 {
            let result = try await booth.request(
                "POST", "/api/segments/s1-p2/takes", body: BoothFixture.tone(seconds: 4))
            #expect(result.status == 201)
        }
        // A retry of the same recording (same key) is filed once.
        let key = ["X-Upload-Key": "u-retry-1"]
        let first = try await booth.request(
            "POST", "/api/segments/s1-p2/takes", body: BoothFixture.tone(seconds: 3), headers: key)
        let again = try await booth.request(
            "POST", "/api/segments/s1-p2/takes", body: BoothFixture.tone(seconds: 3), headers: key)
        #expect(BoothFixture.object(first.body)["take"] as? Int == 3)
        #expect(BoothFixture.object(again.body)["take"] as? Int == 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: booth.takes.path).sorted()
        #expect(names == ["s1-p2.take1.wav", "s1-p2.take2.wav", "s1-p2.take3.wav"])
        let report = BoothFixture.object(first.body)
        #expect(report["file"] as? String == "takes/s1-p2.take3.wav")
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(
            Set(findings.compactMap { $0["check"] as? String }).isSuperset(of: [
                "clipping", "level", "noise", "duration",
            ]))

        // The producer edits the script (a note and a changed word) before the take is marked.
        var script = try String(contentsOf: booth.folder.script, encoding: .utf8)
        script = script.replacingOccurrences(of: "eleven years", with: "twelve years")
        script += "\n<!-- a producer's note -->\n"
        try script.write(to: booth.folder.script, atomically: true, encoding: .utf8)
        let use = try await booth.request("POST", "/api/segments/s1-p2/takes/2/use")
        #expect(use.status == 200, "\(String(decoding: use.body, as: UTF8.self))")
        let marked = try String(contentsOf: booth.folder.script, encoding: .utf8)
        #expect(marked.contains("twelve years") && marked.contains("<!-- a producer's note -->"))
        #expect(marked.replacingOccurrences(of: "\n\n[take 2]", with: "") == script)
        let parsed = ScriptParser.parse(marked, file: "script.md")
        #expect(!parsed.hasErrors)
        #expect(parsed.episode.segments.first { $0.id == "s1-p2" }?.take == 2)
        // Marking another take replaces the directive.
        #expect(try await booth.request("POST", "/api/segments/s1-p2/takes/3/use").status == 200)
        let remarked = try String(contentsOf: booth.folder.script, encoding: .utf8)
        #expect(remarked.contains("[take 3]") && !remarked.contains("[take 2]"))
        #expect(try await booth.request("POST", "/api/segments/s1-p2/takes/9/use").status == 404)
        // The page sees the pin; `podwright check` accepts the script.
        let episode = BoothFixture.object(try await booth.request("GET", "/api/episode").body)
        let lines = try #require(episode["segments"] as? [[String: Any]])
        #expect(lines.first { $0["id"] as? String == "s1-p2" }?["pinnedTake"] as? Int == 3)
        let after = booth.files()
        let changed = Set(after.keys).union(before.keys).filter { after[$0] != before[$0] }
        let outside = changed.filter {
            !$0.hasPrefix("ep/takes/") && $0 != "ep/takes" && $0 != "ep/script.md" && $0 != "ep"
        }
        #expect(outside.isEmpty, "\(outside.sorted())")
        #expect(try PodwrightProcess.run(["check", booth.episode.path]).status == 0)
    }
}
