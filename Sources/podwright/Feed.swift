import ArgumentParser
import Foundation
import PodwrightCore

/// `podwright feed SHOW`: the show's feed, show page and upload folder.
struct Feed: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the show's podcast feed and show page into SHOW/public/.",
        discussion: """
            Reads SHOW/show.json and every episode folder in SHOW that has been assembled, and writes \
            SHOW/public/: feed.xml (RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, newest episode first), \
            index.html (the show page), the artwork, and one folder per episode with its notes, page and current \
            audio. Serve public/ at the show's baseURL. Nothing is written when something Apple Podcasts or \
            Spotify require is missing; every problem is listed. public/ belongs to this command: what is no longer \
            published is removed from it.
            """)

    @Argument(help: "The show folder (holding show.json and the episode folders).")
    var show: String

    @Flag(help: "Let WAV or FLAC enclosures through, which podcast apps do not play (refused otherwise).")
    var losslessEnclosure = false

    @OptionGroup var output: QuietOption

    var quiet: Bool { output.quiet }

    func validate() throws {
        guard ShowFolder(URL(fileURLWithPath: show, isDirectory: true)).exists else {
            throw ValidationError(
                "\(show) is not a show folder: it needs a show.json (title, description, ownerEmail, categories, "
                    + "explicit, artwork, baseURL, guid) beside its episode folders")
        }
    }

    func run() async throws {
        let report = try await Self.publish(show, allowLossless: losslessEnclosure)
        guard !quiet else { return }
        for skipped in report.skipped { print("skipped \(skipped.name): \(skipped.reason)") }
        print("\(report.feed.path): \(report.published.count) episodes")
        print("open \(report.page.path)")
    }

    /// Prepares the artwork and writes the feed; `produce` calls it too.
    static func publish(_ show: String, allowLossless: Bool) async throws -> FeedWriter.Report {
        let folder = ShowFolder(URL(fileURLWithPath: show, isDirectory: true))
        let configuration = try Show.load(from: folder.showFile)
        let artwork = try CoverArt.show(configuration, file: folder.showFile)
        // Each episode's own artwork is prepared (or downloaded) before the writer runs, which takes no callbacks
        // that wait.
        var own: [String: Artwork] = [:]
        for episode in folder.episodes() {
            guard let script = try? EpisodeStore.load(episode) else { continue }
            own[episode.url.path] = await CoverArt.episode(script, in: episode) { message in
                FileHandle.standardError.write(Data("warning: \(episode.url.lastPathComponent): \(message)\n".utf8))
            }
        }
        return try FeedWriter.write(
            show: folder, options: FeedWriter.Options(allowLossless: allowLossless), artwork: artwork,
            episodeArtwork: { episode, _ in own[episode.url.path] })
    }
}
