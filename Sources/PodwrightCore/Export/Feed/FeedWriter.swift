public import Foundation

/// `podwright feed SHOW`: the show's `public/` folder, ready for any static host. `feed.xml`, the show page, the
/// show artwork, and one folder per published episode holding its notes, page, artwork and current audio.
///
/// Nothing is written unless every requirement holds (``FeedRequirements``); files whose contents did not change
/// are not touched, so a run with nothing new changes nothing; what is no longer current in `public/` is removed.
public enum FeedWriter {
    /// Choices a producer makes on the command line.
    public struct Options: Sendable {
        /// Let WAV or FLAC enclosures through (podcast apps do not play them).
        public var allowLossless: Bool

        public init(allowLossless: Bool = false) {
            self.allowLossless = allowLossless
        }
    }

    /// What was published.
    public struct Report: Sendable {
        /// The episode folders in the feed, newest first.
        public var published: [String]
        /// Episode folders left out, with why (not assembled yet).
        public var skipped: [(name: String, reason: String)]
        /// `public/feed.xml`.
        public var feed: URL
        /// `public/index.html`.
        public var page: URL
    }

    /// Checks the show and its episodes, then writes `public/`.
    /// - Parameters:
    ///   - folder: The show folder.
    ///   - options: Publishing choices.
    ///   - artwork: The show artwork, prepared (checked and scaled), if the show has one.
    ///   - episodeArtwork: An episode's own prepared artwork (from the article's image), if it has one; the show
    ///     artwork stands in otherwise.
    /// - Returns: What was published and skipped.
    /// - Throws: ``FeedRefusal`` listing every requirement not met; ``ShowConfigurationError`` for a bad
    ///   `show.json`; ``AtomicFileError`` when writing fails.
    public static func write(
        show folder: ShowFolder, options: Options, artwork: Artwork?,
        episodeArtwork: (EpisodeFolder, Episode) -> Artwork? = { _, _ in nil }
    ) throws -> Report {
        let show = try Show.load(from: folder.showFile)
        var problems = FeedRequirements.check(show: show, file: folder.showFile.path, artwork: artwork)
        var prepared: [(name: String, folder: EpisodeFolder, prepared: NotesWriter.Prepared)] = []
        var skipped: [(name: String, reason: String)] = []
        var guids = Set<String>()
        for episodeFolder in folder.episodes() {
            let name = episodeFolder.url.lastPathComponent
            guard FileManager.default.fileExists(atPath: episodeFolder.timing.path) else {
                skipped.append((name, "not assembled yet"))
                continue
            }
            do {
                let episode = try EpisodeStore.load(episodeFolder)
                let options = NotesWriter.Options(
                    baseURL: show.url(folderURL(name)), language: episode.language ?? show.language,
                    allowLossless: options.allowLossless,
                    artwork: (episodeArtwork(episodeFolder, episode) ?? artwork)?.url, producers: show.producers,
                    explicit: show.explicit)
                let item = try NotesWriter.prepare(
                    folder: episodeFolder, options: options, episodeName: episodeFolder.url.path)
                problems += FeedRequirements.check(
                    item.notes, audio: item.audio, allowLossless: options.allowLossless, guids: &guids)
                prepared.append((name, episodeFolder, item))
            } catch {
                problems.append(FeedProblem(path: episodeFolder.url.path, reason: "\(error)"))
            }
        }
        guard problems.isEmpty else { throw FeedRefusal(problems: problems) }

        let root = folder.publicFolder
        var artworkName: String?
        if let artwork {
            let name = "artwork." + artwork.url.pathExtension.lowercased()
            try NotesWriter.placeAudio(artwork.url, at: root.appendingPathComponent(name))
            artworkName = name
        }
        for item in prepared {
            try NotesWriter.place(item.prepared, in: root.appendingPathComponent(item.name, isDirectory: true))
            try PublicationRecord(guid: item.prepared.notes.guid, pubDate: item.prepared.notes.publication.date)
                .save(in: item.folder)
        }
        let notes = prepared.map(\.prepared.notes)
        try writeIfChanged(FeedDocument.render(show: show, artwork: artworkName, items: notes), to: folder.feed)
        let entries = prepared.map { ShowPage.Entry(notes: $0.prepared.notes, folder: $0.name) }
        try writeIfChanged(ShowPage.render(show: show, artwork: artworkName, entries: entries), to: folder.page)
        prune(root, keeping: Set(prepared.map(\.name) + ["feed.xml", "index.html"] + [artworkName].compactMap { $0 }))
        let newestFirst = prepared.sorted { $0.prepared.notes.publication.date > $1.prepared.notes.publication.date }
        return Report(published: newestFirst.map(\.name), skipped: skipped, feed: folder.feed, page: folder.page)
    }

    /// An episode folder's name as a URL path segment, with a trailing slash.
    static func folderURL(_ name: String) -> String {
        (name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name) + "/"
    }

    /// Writes atomically, unless the file already says exactly this.
    static func writeIfChanged(_ text: String, to url: URL) throws(AtomicFileError) {
        if FileManager.default.contents(atPath: url.path) == Data(text.utf8) { return }
        try AtomicFile.write(text, to: url)
    }

    /// Removes from `public/` every episode folder and file that is no longer published: `feed` owns the folder.
    static func prune(_ root: URL, keeping: Set<String>) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        for name in names where !keeping.contains(name) && !name.hasPrefix(".") {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
    }
}
