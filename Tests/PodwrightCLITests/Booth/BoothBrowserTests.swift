import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// The booth in Debian's headless Chromium with its fake microphone fed from a WAV file of real speech (flite): the
/// talent's session — lines moved through with the arrows, takes recorded with Space and R — files takes with the
/// right ids and numbers whose audio is the fed audio, and a take of the wrong text is flagged.
@Suite(
    .enabled(
        if: ["/usr/bin/chromium", "/usr/bin/chromedriver", "/usr/bin/flite", "/usr/bin/sox"].allSatisfy(
            FileManager.default.isExecutableFile),
        "chromium, chromium-driver, flite or sox is not installed (Scripts/setup installs them); skipped"),
    .serialized)
struct BoothBrowserTests {
    static let screenshots = Repository.root.appendingPathComponent(".build/booth-screenshots", isDirectory: true)
    static var aligner: Bool {
        FileManager.default.fileExists(atPath: "/usr/share/pocketsphinx/model/en-us/en-us/mdef")
    }

    @Test func aTalentRecordsThreeLinesWithTheKeyboard() async throws {
        let booth = try BoothFixture(arguments: ["--speaker", "Narrator"])
        defer { booth.remove() }
        // The fed voice reads s2-p1 with one word changed ("summer" for "winter"), then a pause of room noise.
        let fed = booth.root.appendingPathComponent("fed.wav")
        try Self.makeFedAudio(
            "The regional council wants to cut the summer timetable to two crossings a day.", into: fed,
            scratch: booth.root)
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)

        let driverPort = try LocalProcess.freePort()
        let chromedriver = try LocalProcess("/usr/bin/chromedriver", ["--port=\(driverPort)"])
        defer { chromedriver.stop() }
        try await WebDriver.waitUntilReady(port: driverPort)
        let browser = try await WebDriver.start(
            port: driverPort, width: 1280, height: 900,
            extraArguments: [
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=\(fed.path)",
            ])
        do {
            try await session(browser, booth: booth, fed: fed)
            await browser.quit()
        } catch {
            try? await shoot(browser, "failure")
            await browser.quit()
            throw error
        }
    }

    private func session(_ browser: WebDriver, booth: BoothFixture, fed: URL) async throws {
        try await browser.navigate(booth.address.absoluteString)
        try await waitFor(browser, "return document.getElementById('current').dataset.segment === 's1-p1';")
        #expect(try await browser.execute("return document.getElementById('speaker').value;") as? String == "narrator")
        let lineCount = try await browser.execute("return document.querySelectorAll('#lines li').length;") as? Int
        #expect(lineCount == 4)
        try await shoot(browser, "1-start")

        // s1-p1: Space opens the microphone mid-loop; R in the pause starts the take over cleanly.
        try await browser.press(" ")
        try await waitForLevel(browser, quiet: true, seconds: 0.4)
        try await browser.press("r")
        try await recordOneReading(browser)
        try await waitForSaved(browser, segment: "s1-p1", take: 1)
        try await shoot(browser, "2-s1-p1-take1")
        // A second take of the same line, with R.
        try await waitForLevel(browser, quiet: true, seconds: 0.4)
        try await browser.press("r")
        try await recordOneReading(browser, started: true)
        try await waitForSaved(browser, segment: "s1-p1", take: 2)

        // Two lines on with the arrows: s2-p1 is the line the fed voice reads (misread once).
        try await browser.press("\u{E014}")
        try await browser.press("\u{E014}")
        try await waitFor(browser, "return document.getElementById('current').dataset.segment === 's2-p1';")
        try await waitForLevel(browser, quiet: true, seconds: 0.4)
        try await browser.press(" ")
        try await recordOneReading(browser, started: true)
        try await waitForSaved(browser, segment: "s2-p1", take: 1)
        try await shoot(browser, "3-s2-p1-misread")
        // Back one line (s1-p2): its take holds s2-p1's words.
        try await browser.press("\u{E012}")
        try await waitFor(browser, "return document.getElementById('current').dataset.segment === 's1-p2';")
        try await waitForLevel(browser, quiet: true, seconds: 0.4)
        try await browser.press(" ")
        try await recordOneReading(browser, started: true)
        try await waitForSaved(browser, segment: "s1-p2", take: 1)
        try await shoot(browser, "4-s1-p2-wrong-line")

        // The files: ids and take numbers as recorded, nothing else.
        let names = try FileManager.default.contentsOfDirectory(atPath: booth.takes.path).sorted()
        #expect(names == ["s1-p1.take1.wav", "s1-p1.take2.wav", "s1-p2.take1.wav", "s2-p1.take1.wav"])
        // The audio is the fed audio: its loudness and peak (measured by libebur128 through `podwright measure`),
        // and a duration that is the time between the key presses.
        let reference = try measure(fed)
        for name in names {
            let take = try measure(booth.takes.appendingPathComponent(name))
            let loudness = try #require(take["integratedLUFS"] as? Double)
            let expected = try #require(reference["integratedLUFS"] as? Double)
            #expect(abs(loudness - expected) < 1.5, "\(name): \(loudness) LUFS, fed \(expected)")
            let peak = try #require(take["samplePeakDBFS"] as? Double)
            #expect(abs(peak - (reference["samplePeakDBFS"] as? Double ?? 0)) < 1, "\(name): peak \(peak)")
        }
        let last = try #require(try await browser.execute("return window.boothLastRecording;") as? [String: Any])
        let lastTake = try measure(booth.takes.appendingPathComponent("s1-p2.take1.wav"))
        let seconds = try #require(last["seconds"] as? Double)
        #expect(abs((lastTake["durationSeconds"] as? Double ?? 0) - seconds) < 0.3, "\(lastTake) vs \(seconds) s")
        #expect(lastTake["sampleRate"] as? Int == last["rate"] as? Int)

        // Playback: P plays the shown take.
        try await browser.execute("document.getElementById('player').muted = true;")
        try await browser.press("p")
        try await waitFor(browser, "return document.getElementById('player').currentTime > 0.3;")
        try await browser.press("p")

        guard Self.aligner else { return }
        // The word check: the changed word is marked in s2-p1's text, s1-p2's take is flagged as another line's.
        try await waitFor(
            browser, "return document.querySelector('#lines li[data-segment=\"s1-p2\"]').dataset.status === 'problem';",
            seconds: 60)
        let wrong = BoothFixture.object(try await booth.request("GET", "/api/segments/s1-p2/takes/1").body)
        let words = try #require(wrong["words"] as? [String: Any])
        #expect(words["verdict"] as? String == "wrong-segment", "\(words)")
        #expect(words["matchedSegment"] as? String == "s2-p1")
        try await shoot(browser, "5-s1-p2-flagged")
        try await browser.press("\u{E014}")
        try await waitFor(
            browser, "return document.querySelectorAll('#line mark.changed, #line mark.skipped').length > 0;",
            seconds: 60)
        let marked = try await browser.execute(
            "return Array.from(document.querySelectorAll('#line mark')).map(function (m) { return m.textContent; });")
        #expect((marked as? [String])?.contains("winter") == true, "\(String(describing: marked))")
        let status =
            try await browser.execute(
                "return document.querySelector('#lines li[data-segment=\"s2-p1\"]').dataset.status;") as? String
        #expect(status == "problem")
        try await shoot(browser, "6-s2-p1-word-marked")
        try await browser.setWindow(width: 420, height: 900)
        try await shoot(browser, "7-narrow")
    }

    /// Records from now (or from the press just made) through one whole reading: waits for the voice, then for the
    /// pause after it, then presses Space.
    private func recordOneReading(_ browser: WebDriver, started: Bool = true) async throws {
        try await waitFor(browser, "return document.getElementById('status').dataset.state === 'recording';")
        // A short stretch: on a loaded machine the page's meter and the driver's polls both run late.
        try await waitForLevel(browser, quiet: false, seconds: 0.1)
        try await waitForLevel(browser, quiet: true, seconds: 0.8)
        try await browser.press(" ")
    }

    /// Waits until the page's meter has shown the room (below −40 dBFS) or the voice for `seconds` on end, or 30 s.
    private func waitForLevel(_ browser: WebDriver, quiet: Bool, seconds: Double) async throws {
        let deadline = Date().addingTimeInterval(30)
        var since: Date?
        while Date() < deadline {
            let text = try await browser.execute("return document.getElementById('meter').dataset.levelDb;") as? String
            let level = Double(text ?? "") ?? -120
            if (level < -40) == quiet {
                since = since ?? Date()
                if Date().timeIntervalSince(since!) >= seconds { return }
            } else {
                since = nil
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        // A machine this loaded starves the fake microphone's stream: go on, and let the checks on the files decide.
        print("booth browser test: the meter did not show \(quiet ? "quiet" : "the voice") for \(seconds) s in 30 s")
    }

    private func waitForSaved(_ browser: WebDriver, segment: String, take: Int) async throws {
        try await waitFor(
            browser,
            "return document.querySelector('#lines li[data-segment=\"\(segment)\"]').dataset.status !== 'todo' && "
                + "document.querySelectorAll('#takes li[data-take=\"\(take)\"]').length > 0;", seconds: 30)
    }

    private func waitFor(_ browser: WebDriver, _ script: String, seconds: Double = 15) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await browser.execute(script) as? Bool == true { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw WebDriver.Failure(description: "timed out waiting for: \(script)")
    }

    private func shoot(_ browser: WebDriver, _ name: String) async throws {
        try await browser.screenshot().write(to: Self.screenshots.appendingPathComponent("\(name).png"))
    }

    private func measure(_ url: URL) throws -> [String: Any] {
        let result = try PodwrightProcess.run(["measure", "--json", url.path])
        return (try? JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))) as? [String: Any] ?? [:]
    }

    /// flite's voice at 48 kHz with 3 s of room after it and a quiet noise floor under all of it.
    static func makeFedAudio(_ text: String, into target: URL, scratch: URL) throws {
        let speech = scratch.appendingPathComponent("speech.wav")
        let padded = scratch.appendingPathComponent("padded.wav")
        let noise = scratch.appendingPathComponent("noise.wav")
        try run("/usr/bin/flite", ["-voice", "slt", "-t", text, "-o", speech.path])
        try run("/usr/bin/sox", [speech.path, "-r", "48000", "-b", "16", padded.path, "pad", "0.5", "3"])
        let frames = try Data(contentsOf: padded).count / 2
        try run(
            "/usr/bin/sox",
            [
                "-n", "-r", "48000", "-b", "16", "-c", "1", noise.path, "synth", "\(frames)s", "whitenoise", "vol",
                "0.0015",
            ])
        try run("/usr/bin/sox", ["-m", padded.path, noise.path, target.path])
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw WebDriver.Failure(description: "\(tool) failed") }
    }
}
