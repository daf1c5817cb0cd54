public import Foundation

/// A show folder: `show.json` and one episode folder per episode beside it. `feed` writes `public/`, the folder to
/// serve: `feed.xml`, the show page, the artwork and one folder per published episode.
public struct ShowFolder: Sendable, Equatable {
    /// The folder itself.
    public var url: URL

    public init(_ url: URL) {
        self.url = url
    }

    /// `show.json`.
    public var showFile: URL { url.appendingPathComponent("show.json") }
    /// `public/`: written by `feed`, and only by it; what is not current there is removed.
    public var publicFolder: URL { url.appendingPathComponent("public", isDirectory: true) }
    /// `public/feed.xml`.
    public var feed: URL { publicFolder.appendingPathComponent("feed.xml") }
    /// `public/index.html`, the show page.
    public var page: URL { publicFolder.appendingPathComponent("index.html") }

    /// Whether the folder holds a `show.json`.
    public var exists: Bool { FileManager.default.fileExists(atPath: showFile.path) }

    /// The episode folders: subfolders with an `episode.json`, by name.
    public func episodes() -> [EpisodeFolder] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && $0 != "public" }.map {
            EpisodeFolder(url.appendingPathComponent($0, isDirectory: true))
        }.filter { FileManager.default.fileExists(atPath: $0.manifest.path) }
    }

    /// The show an episode folder belongs to: its parent, when the parent holds a `show.json`. A lone episode
    /// folder belongs to none.
    public static func containing(_ episode: EpisodeFolder) -> ShowFolder? {
        let parent = ShowFolder(episode.url.standardizedFileURL.deletingLastPathComponent())
        return parent.exists ? parent : nil
    }

    /// The `show.json` an episode is made with: the episode folder's own, else its show's, else none.
    public static func showFile(for episode: EpisodeFolder) -> URL? {
        if FileManager.default.fileExists(atPath: episode.showConfiguration.path) { return episode.showConfiguration }
        return containing(episode)?.showFile
    }
}
