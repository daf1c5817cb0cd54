import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// Past one machine: the GNU parallel recipe run for real on a few articles, and the Kubernetes and container files
/// linted (no cluster runs here).
@Suite struct FanOutTests {
    static func script(_ name: String) -> String {
        PodwrightProcess.repositoryRoot.appendingPathComponent("Scripts/\(name)").path
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/parallel")
                && FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng") && ShowFixture.toolsAvailable,
            "GNU parallel, espeak-ng, ffmpeg or ImageMagick is not installed (Scripts/setup installs them); skipped"))
    func theGNUParallelRecipeMakesTheShow() throws {
        let show = try ShowFixture.show(
            ShowFixture.showJSON(audio: ["format": "mp3", "mp3Bitrate": 48, "channels": 1]))
        defer { ShowFixture.remove(show) }
        let articles = show.url.deletingLastPathComponent().appendingPathComponent("\(show.url.lastPathComponent)-in")
        defer { try? FileManager.default.removeItem(at: articles) }
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for index in 0..<2 {
            try ProduceCLITests.article(index).write(
                to: articles.appendingPathComponent("story-\(index + 1).txt"), atomically: true, encoding: .utf8)
        }
        try Data().write(to: articles.appendingPathComponent("story-empty.txt"))
        let (status, output) = try Self.run(
            [Self.script("produce-parallel"), show.url.path, articles.path, "--", "-j", "2"],
            environment: ["PODWRIGHT": PodwrightProcess.binary.path])
        #expect(status == 1, "\(output)")
        #expect(output.contains("story-empty.txt") && output.contains("3 articles, 1 failed"), "\(output)")
        #expect(show.episodes().map { $0.url.lastPathComponent } == ["story-1", "story-2"])
        let read = try ShowFixture.readFeed(show.feed)
        let episodes = try #require((read["podcastparser"] as? [String: Any])?["episodes"] as? [[String: Any]])
        #expect(episodes.count == 2)
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/yamllint"),
            "yamllint is not installed (Scripts/setup installs it); skipped"))
    func theKubernetesManifestsAndContainerfileLintClean() throws {
        let (status, output) = try Self.run([Self.script("lint-deploy")])
        #expect(status == 0, "\(output)")
        #expect(output.contains("Deploy/ is clean"))
    }
}
