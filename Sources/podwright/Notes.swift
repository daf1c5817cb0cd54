import ArgumentParser
import Foundation
import PodwrightCore

/// `podwright notes EP`: show notes, chapters, transcripts, RSS item and the episode page in `EP/build/notes/`.
struct Notes: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write show notes, chapters, transcripts, an RSS item and the episode page.",
        discussion: """
            Reads EP/episode.json and EP/build/timing.json (run `podwright assemble EP` first) and writes \
            EP/build/notes/: show-notes.md, show-notes.html, chapters.json, transcript.vtt, transcript.srt, \
            transcript.json, labels.txt, rss-item.xml, index.html and the episode audio beside them. \
            Upload that folder to --base-url. In a show folder, the base URL, language, artwork, producers and \
            explicit flag default to the show's (show.json), and the episode artwork comes from the article's image. \
            The first run records the guid and pubDate in EP/publication.json; later runs keep them.
            """)

    @Argument(help: "The episode folder.")
    var episode: String

    @Option(
        help:
            "Where build/notes/ will be served from, e.g. https://example.org/pod/ep1/. Without it the RSS item's URLs are relative."
    )
    var baseURL: String?

    @Option(
        help: "Publication date, ISO 8601 (2026-11-29 or 2026-11-29T06:00:00Z). Default: the article's date, else now.")
    var pubDate: String?

    @Option(help: "itunes:episodeType: full, trailer or bonus.")
    var episodeType: String = "full"

    @Option(help: "The RSS item's guid. Default: a stable one from the show, title and article source.")
    var guid: String?

    @Option(help: "The episode's language (BCP 47). Default: the article's, else the show's, else en.")
    var language: String?

    @Flag(help: "Publish WAV or FLAC audio, which podcast apps do not play (refused otherwise).")
    var losslessEnclosure = false

    @OptionGroup var output: QuietOption

    func validate() throws {
        guard Publication.EpisodeType(rawValue: episodeType) != nil else {
            throw ValidationError("--episode-type must be full, trailer or bonus, not \(episodeType)")
        }
        if let pubDate, NotesWriter.parseDate(pubDate) == nil {
            throw ValidationError(
                "--pub-date \(pubDate) is not an ISO 8601 date such as 2026-11-29 or 2026-11-29T06:00:00Z")
        }
        if let baseURL {
            guard let url = URL(string: baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme),
                url.host != nil
            else {
                throw ValidationError(
                    "--base-url \(baseURL) is not an http(s) URL such as https://example.org/pod/ep1/")
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: episode, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(episode) is not an episode folder")
        }
    }

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        try EpisodeRun.begin(folder, command: "notes")
        var options = NotesWriter.Options(
            baseURL: baseURL, date: pubDate.flatMap(NotesWriter.parseDate),
            episodeType: Publication.EpisodeType(rawValue: episodeType) ?? .full, guid: guid,
            language: language ?? "en", allowLossless: losslessEnclosure)
        let script = try EpisodeLoading.load(folder)
        let warn = { (message: String) in FileHandle.standardError.write(Data("warning: \(message)\n".utf8)) }
        if let file = ShowFolder.showFile(for: folder) {
            let show = try Show.load(from: file)
            if baseURL == nil, show.baseURL != nil, ShowFolder.containing(folder) != nil {
                options.baseURL = show.url(folder.url.standardizedFileURL.lastPathComponent + "/")
            }
            options.language = language ?? script.language ?? show.language
            options.producers = show.producers
            options.explicit = show.explicit
            let own = await CoverArt.episode(script, in: folder, warn: warn)
            options.artwork = try own?.url ?? CoverArt.show(show, file: file)?.url
        } else {
            options.language = language ?? script.language ?? "en"
            options.artwork = await CoverArt.episode(script, in: folder, warn: warn)?.url
        }
        let report = try NotesWriter.write(folder: folder, options: options, episodeName: episode)
        guard !output.quiet else { return }
        let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path + "/"
        for file in report.files {
            print("wrote \(file.standardizedFileURL.path.replacingOccurrences(of: base, with: ""))")
        }
        if report.relativeURLs {
            print("note: rss-item.xml uses relative URLs; pass --base-url where build/notes/ will be served")
        }
        print("open \(report.page.standardizedFileURL.path)")
    }
}
