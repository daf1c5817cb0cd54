import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The show page in Debian's headless Chromium: every episode listed, each player plays, every link resolves inside
/// the served folder.
@Suite(
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
            && FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver") && ShowFixture.toolsAvailable,
        "chromium, chromium-driver, ffmpeg or ImageMagick is not installed (Scripts/setup installs them); skipped"),
    .serialized)
struct ShowPageBrowserTests {
    @Test func everyEpisodeIsListedPlaysAndLinksInsideTheFolder() async throws {
        let show = try ShowFixture.show()
        defer { ShowFixture.remove(show) }
        try ShowFixture.episode("night-ferry", title: "The night ferry", date: "2026-11-29T06:00:00Z", in: show)
        try ShowFixture.episode("tide-tables", title: "The tide tables", date: "2026-11-15T06:00:00Z", in: show)
        let feed = try PodwrightProcess.run(["feed", show.url.path, "-q"])
        try #require(feed.status == 0, "\(feed.standardError)")

        let webPort = try LocalProcess.freePort()
        let server = try LocalProcess.fileServer(port: webPort, serving: show.publicFolder)
        defer { server.stop() }
        let driverPort = try LocalProcess.freePort()
        let chromedriver = try LocalProcess("/usr/bin/chromedriver", ["--port=\(driverPort)"])
        defer { chromedriver.stop() }
        try await WebDriver.waitUntilReady(port: driverPort)
        let browser = try await WebDriver.start(port: driverPort)
        do {
            try await exercise(browser, url: "http://127.0.0.1:\(webPort)/index.html")
            await browser.quit()
        } catch {
            await browser.quit()
            throw error
        }
    }

    private func exercise(_ browser: WebDriver, url: String) async throws {
        try await waitForServer(url)
        try await browser.navigate(url)
        let titles = try #require(
            try await browser.execute(
                "return Array.from(document.querySelectorAll('article.episode a.episode-page')).map(function (a) "
                    + "{ return a.textContent; });") as? [String])
        #expect(titles == ["The night ferry", "The tide tables"])

        // Each player plays: its currentTime moves on.
        for index in 0..<2 {
            let played =
                try await browser.executeAsync(
                    """
                    var done = arguments[arguments.length - 1];
                    var audio = document.querySelectorAll('article.episode audio')[\(index)];
                    audio.muted = true;
                    audio.play().catch(function (e) { done(-1); });
                    var check = function (n) {
                      if (audio.currentTime > 0.5 || n > 200) { audio.pause(); done(audio.currentTime); }
                      else { setTimeout(function () { check(n + 1); }, 50); }
                    };
                    check(0);
                    """) as? Double
            #expect((played ?? -1) > 0.5, "player \(index) did not play: \(played ?? -1)")
        }

        // Every link and source on the page resolves on the same host, inside the served folder.
        let statuses = try #require(
            try await browser.executeAsync(
                """
                var done = arguments[arguments.length - 1];
                var urls = Array.from(document.querySelectorAll('a[href], audio[src], img[src], link[href]'))
                  .map(function (e) { return e.href || e.src; });
                Promise.all(urls.map(function (u) {
                  return fetch(u, {method: 'HEAD'}).then(function (r) {
                    return [u, r.status, new URL(u).origin === location.origin ? 1 : 0]; });
                })).then(done, function (e) { done([['error ' + e, 0, 0]]); });
                """) as? [[Any]])
        #expect(statuses.count >= 8, "\(statuses)")
        for entry in statuses {
            #expect(entry[1] as? Int == 200 && entry[2] as? Int == 1, "\(entry)")
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
