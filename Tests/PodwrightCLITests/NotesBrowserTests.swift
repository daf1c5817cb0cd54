import Foundation
import PodwrightCore
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
import PodwrightTestSupport
#endif

/// The episode page in a real browser: Debian's headless Chromium driven through chromedriver over WebDriver.
@Suite(
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") && NotesFixture.ffmpegAvailable,
        "chromium, chromium-driver or ffmpeg is not installed (Scripts/setup installs them); browser test skipped"),
    .serialized)
struct NotesBrowserTests {
    @Test func theEpisodePagePlaysSeeksAndFollowsTheTranscript() async throws {
        let episode = try NotesFixture.episodeFolder()
        defer { NotesFixture.remove(episode) }
        let webPort = try LocalProcess.freePort()
        let notes = try PodwrightProcess.run([
            "notes", episode.path, "--base-url", "http://127.0.0.1:\(webPort)/notes/", "--pub-date", "2026-11-29",
        ])
        try #require(notes.status == 0, "podwright notes failed: \(notes.standardError)")

        let server = try LocalProcess.fileServer(port: webPort, serving: episode.appendingPathComponent("build"))
        defer { server.stop() }
        let driverPort = try LocalProcess.freePort()
        let chromedriver = try LocalProcess("/usr/bin/chromedriver", ["--port=\(driverPort)"])
        defer { chromedriver.stop() }
        try await WebDriver.waitUntilReady(port: driverPort)
        let browser = try await WebDriver.start(port: driverPort)
        do {
            try await exercise(browser, url: "http://127.0.0.1:\(webPort)/notes/index.html")
            await browser.quit()
        } catch {
            await browser.quit()
            throw error
        }
    }

    private func exercise(_ browser: WebDriver, url: String) async throws {
        try await waitForServer(url)
        try await browser.navigate(url)
        let ready =
            try await browser.executeAsync(
                """
                var done = arguments[arguments.length - 1], audio = document.getElementById('audio');
                var check = function (n) { if (audio.readyState >= 1) { done(audio.duration); } else if (n > 200) { done(-1); }
                  else { setTimeout(function () { check(n + 1); }, 50); } };
                check(0);
                """) as? Double
        try #require((ready ?? -1) > 20, "the browser could not load the episode audio")

        // A chapter link seeks the audio to the chapter's start.
        try await browser.click("ol.chapters li:nth-child(3) a")
        let chapter = try #require(
            try await browser.execute(
                """
                var audio = document.getElementById('audio'); audio.pause();
                var link = document.querySelector('ol.chapters li:nth-child(3) a');
                return [parseFloat(link.getAttribute('data-chapter-start')), audio.currentTime];
                """) as? [Double])
        #expect(chapter[0] > 10)
        #expect(
            chapter[1] >= chapter[0] - 0.01 && chapter[1] < chapter[0] + 1,
            "currentTime \(chapter[1]) after clicking the chapter at \(chapter[0])")

        // Seeking anywhere highlights the line being spoken, and only that line.
        let lines = try #require(
            try await browser.execute(
                "return Array.from(document.querySelectorAll('#transcript [data-start][data-end]')).map(function (l) "
                    + "{ return [parseFloat(l.getAttribute('data-start')), parseFloat(l.getAttribute('data-end'))]; });"
            )
                as? [[Double]])
        try #require(lines.count > 10)
        for index in [0, lines.count / 3, lines.count / 2, lines.count - 1] {
            let middle = (lines[index][0] + lines[index][1]) / 2
            let current = try await seekAndReadCurrent(browser, to: middle)
            #expect(current.count == 1, "exactly one line is current at \(middle)")
            #expect(
                current.first == lines[index], "at \(middle) the current line is \(current), expected \(lines[index])")
        }

        // While playing, the highlight moves on with the audio.
        let start = lines[lines.count / 2][0]
        let played = try #require(
            try await browser.executeAsync(
                """
                var done = arguments[arguments.length - 1], audio = document.getElementById('audio');
                audio.currentTime = \(start); audio.play();
                var check = function (n) {
                  if (audio.currentTime > \(start) + 1.2 || n > 200) {
                    audio.pause();
                    var c = document.querySelector('#transcript .current');
                    done([audio.currentTime, parseFloat(c.getAttribute('data-start')), parseFloat(c.getAttribute('data-end'))]);
                  } else { setTimeout(function () { check(n + 1); }, 50); }
                };
                check(0);
                """) as? [Double])
        #expect(played[0] > start + 1, "the audio did not play")
        #expect(
            played[1] <= played[0] + 0.3 && played[0] < played[2] + 0.3,
            "after playing to \(played[0]) the current line is \(played[1])–\(played[2])")

        // Clicking a transcript line seeks to it.
        try await browser.click("#transcript .turn.quote .line")
        let clicked = try #require(
            try await browser.execute(
                """
                var audio = document.getElementById('audio'); audio.pause();
                var line = document.querySelector('#transcript .turn.quote .line');
                return [parseFloat(line.getAttribute('data-start')), audio.currentTime, line.classList.contains('current') ? 1 : 0,
                        parseFloat(line.getAttribute('data-end'))];
                """) as? [Double])
        // (The click lands on a word of the line when the takes were aligned, and seeks to that word.)
        #expect(clicked[1] >= clicked[0] - 0.01 && clicked[1] < clicked[3])
        #expect(clicked[2] == 1)

        // Aligned takes give every word a span with its start: clicking one seeks there and marks it spoken.
        try await browser.click("#transcript .line .word:last-child")
        let word = try #require(
            try await browser.execute(
                """
                var audio = document.getElementById('audio'); audio.pause();
                var word = document.querySelector('#transcript .line .word:last-child');
                return [parseFloat(word.getAttribute('data-start')), audio.currentTime,
                        word.classList.contains('spoken') ? 1 : 0];
                """) as? [Double])
        // An MP3 seeks to a frame boundary (26 ms), and the player runs on until it is paused here (longer on a
        // loaded machine): the time lands at the word's start or just after it, inside the word (marked spoken).
        #expect(word[1] - word[0] > -0.05 && word[1] - word[0] < 0.25, "clicking a word seeks to it: \(word)")
        #expect(word[2] == 1, "the word clicked is marked as spoken")

        // The browser parsed transcript.vtt: the track has the cues the page has lines for, with voice tags.
        let track = try #require(
            try await browser.executeAsync(
                """
                var done = arguments[arguments.length - 1], track = document.getElementById('audio').textTracks[0];
                track.mode = 'hidden';
                var check = function (n) {
                  if (track.cues && track.cues.length > 0) { done([track.cues.length, track.cues[0].text]); }
                  else if (n > 200) { done([0, '']); } else { setTimeout(function () { check(n + 1); }, 50); }
                };
                check(0);
                """) as? [Any])
        #expect(track.first as? Int == lines.count)
        #expect((track.last as? String)?.hasPrefix("<v Alex Reed>") == true)

        try await screenshots(browser)
    }

    /// A title that tries to run script, with an ampersand and non-ASCII: the browser shows it as text everywhere,
    /// in the page and in the parsed captions, and runs nothing.
    @Test func aHostileTitleIsTextInThePageAndTheCaptions() async throws {
        let episode = try NotesFixture.episodeFolder()
        defer { NotesFixture.remove(episode) }
        let title = "<script>window.pwned = 1</script> Tom & Jerry’s “Épisode” — Moon Jae-in"
        let folder = EpisodeFolder(episode)
        var script = try JSONDecoder().decode(Episode.self, from: Data(contentsOf: folder.manifest))
        script.title = title
        script.sections[0].title = title
        script.segments[0].text = "\(title). By Mara Okafor."
        try JSONEncoder().encode(script).write(to: folder.manifest)
        let notes = try PodwrightProcess.run(["notes", episode.path, "--pub-date", "2026-11-29"])
        try #require(notes.status == 0, "podwright notes failed: \(notes.standardError)")

        let webPort = try LocalProcess.freePort()
        let server = try LocalProcess.fileServer(port: webPort, serving: folder.build)
        defer { server.stop() }
        let driverPort = try LocalProcess.freePort()
        let chromedriver = try LocalProcess("/usr/bin/chromedriver", ["--port=\(driverPort)"])
        defer { chromedriver.stop() }
        try await WebDriver.waitUntilReady(port: driverPort)
        let browser = try await WebDriver.start(port: driverPort)
        do {
            let url = "http://127.0.0.1:\(webPort)/notes/index.html"
            try await waitForServer(url)
            try await browser.navigate(url)
            let seen = try #require(
                try await browser.executeAsync(
                    """
                    var done = arguments[arguments.length - 1], track = document.getElementById('audio').textTracks[0];
                    track.mode = 'hidden';
                    var check = function (n) {
                      if (track.cues && track.cues.length > 0 || n > 200) {
                        var cue = track.cues && track.cues.length ? track.cues[0].getCueAsHTML().textContent : '';
                        done([document.querySelector('h1').textContent, document.title,
                          document.querySelector('ol.chapters span').textContent, cue, String(window.pwned)]);
                      } else { setTimeout(function () { check(n + 1); }, 50); }
                    };
                    check(0);
                    """) as? [String])
            #expect(seen[0] == title)
            #expect(seen[1].hasPrefix(title))
            #expect(seen[2] == title)
            #expect(seen[3].hasPrefix("<script>window.pwned = 1</script> Tom"), "caption text: \(seen[3])")
            #expect(seen[4] == "undefined", "the title's script ran")
            await browser.quit()
        } catch {
            await browser.quit()
            throw error
        }
    }

    private func seekAndReadCurrent(_ browser: WebDriver, to time: Double) async throws -> [[Double]] {
        try #require(
            try await browser.executeAsync(
                """
                var done = arguments[arguments.length - 1], audio = document.getElementById('audio');
                audio.pause();
                audio.addEventListener('seeked', function handler() {
                  audio.removeEventListener('seeked', handler);
                  setTimeout(function () {
                    done(Array.from(document.querySelectorAll('#transcript .current')).map(function (l) {
                      return [parseFloat(l.getAttribute('data-start')), parseFloat(l.getAttribute('data-end'))]; }));
                  }, 50);
                });
                audio.currentTime = \(time);
                """) as? [[Double]])
    }

    /// Saves what a listener sees (light, dark, phone) under .build/test-output/ and prints the paths.
    private func screenshots(_ browser: WebDriver) async throws {
        let output = PodwrightProcess.repositoryRoot.appendingPathComponent(".build/test-output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try await browser.execute(
            "window.scrollTo(0, 0); var a = document.getElementById('audio'); a.currentTime = 9.8;")
        try await Task.sleep(nanoseconds: 400_000_000)
        let shots: [(String, Bool, Int, Int)] = [
            ("episode-page.png", false, 1280, 1800), ("episode-page-dark.png", true, 1280, 1800),
            ("episode-page-phone.png", false, 390, 1400),
        ]
        for (name, dark, width, height) in shots {
            try await browser.devTools(
                "Emulation.setEmulatedMedia",
                ["features": [["name": "prefers-color-scheme", "value": dark ? "dark" : "light"]]])
            try await browser.setWindow(width: width, height: height)
            try await browser.execute("window.dispatchEvent(new Event('resize'));")
            try await Task.sleep(nanoseconds: 400_000_000)
            let url = output.appendingPathComponent(name)
            try await browser.screenshot().write(to: url)
            print("episode page screenshot: \(url.path)")
        }
    }

    private func waitForServer(_ url: String) async throws {
        for _ in 0..<100 {
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: url)!),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw WebDriver.Failure(description: "the test web server did not start")
    }
}
