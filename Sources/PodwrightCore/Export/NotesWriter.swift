public import Foundation

/// Writes `EP/build/notes/`: every notes format, the episode page, and the audio beside them, so the folder is
/// what gets uploaded under the base URL.
public enum NotesWriter {
    /// Choices a producer makes on the command line.
    public struct Options: Sendable, Equatable {
        /// Where `build/notes/` will be served from.
        public var baseURL: String?
        /// The publication date; `nil` takes the article's date when it is an ISO date, else now.
        public var date: Date?
        /// `itunes:episodeType`.
        public var episodeType: Publication.EpisodeType
        /// The item's guid; `nil` derives a stable one.
        public var guid: String?
        /// The episode's language.
        public var language: String
        /// Publish WAV or FLAC audio, which podcast apps do not play (refused otherwise).
        public var allowLossless: Bool
        /// The episode artwork, already checked and scaled (``Publication/image``); placed beside the notes.
        public var artwork: URL?
        /// The show's producers, credited in the feed.
        public var producers: [String]
        /// `itunes:explicit`, when the show says.
        public var explicit: Bool?

        public init(
            baseURL: String? = nil, date: Date? = nil, episodeType: Publication.EpisodeType = .full,
            guid: String? = nil, language: String = "en", allowLossless: Bool = false, artwork: URL? = nil,
            producers: [String] = [], explicit: Bool? = nil
        ) {
            self.baseURL = baseURL
            self.date = date
            self.episodeType = episodeType
            self.guid = guid
            self.language = language
            self.allowLossless = allowLossless
            self.artwork = artwork
            self.producers = producers
            self.explicit = explicit
        }
    }

    /// The file names written into the notes folder, besides the audio.
    public static let fileNames = [
        "show-notes.md", "show-notes.html", "chapters.json", "transcript.vtt", "transcript.srt", "transcript.json",
        "labels.txt", "rss-item.xml", "index.html",
    ]

    /// Renders every format in memory.
    /// - Returns: File name → contents, in ``fileNames`` order.
    public static func render(_ notes: EpisodeNotes, peaks: WaveformPeaks?) -> [(name: String, text: String)] {
        [
            ("show-notes.md", ShowNotesMarkdown.render(notes)), ("show-notes.html", ShowNotesHTML.render(notes)),
            ("chapters.json", ChaptersJSON.render(notes)), ("transcript.vtt", WebVTT.render(notes)),
            ("transcript.srt", SubRip.render(notes)), ("transcript.json", TranscriptJSON.render(notes)),
            ("labels.txt", AudacityLabels.render(notes)), ("rss-item.xml", RSSItem.render(notes)),
            ("index.html", EpisodePage.render(notes, peaks: peaks)),
        ]
    }

    /// Reads the episode folder (the script through ``EpisodeStore``, so an edited `script.md` counts), checks the
    /// timeline against it, writes every file atomically into `build/notes/` with the audio (and artwork) beside
    /// them and nothing else that is audio, and records the guid and date (``PublicationRecord``).
    /// - Parameters:
    ///   - folder: The episode folder.
    ///   - options: Publication choices.
    ///   - episodeName: The folder as the producer typed it, for messages ("run podwright assemble EP").
    /// - Returns: What was written and the publication date used.
    /// - Throws: ``EpisodeStoreError`` when the script cannot be read; ``NotesError`` for a missing, stale or
    ///   unreadable timeline or audio, or audio podcast apps do not play; ``AtomicFileError`` when writing fails.
    public static func write(folder: EpisodeFolder, options: Options, episodeName: String) throws -> NotesReport {
        let prepared = try prepare(folder: folder, options: options, episodeName: episodeName)
        // Every file goes into a staging folder that replaces build/notes/ as a whole (FolderReplacement): the
        // folder to upload never holds files of two runs, nor a partial copy of the audio. Of the old folder only
        // what a producer put there is carried over: no stale notes, audio or artwork.
        let replacement = try FolderReplacement(replacing: folder.notes)
        defer { replacement.discard() }
        let staged: [URL]
        do { staged = try place(prepared, in: replacement.staging) } catch let error as AtomicFileError {
            let name = URL(fileURLWithPath: error.path).lastPathComponent
            throw AtomicFileError(path: folder.notes.appendingPathComponent(name).path, reason: error.reason)
        }
        try replacement.commit(carrying: { name in
            !fileNames.contains(name) && !mediaExtensions.contains((name as NSString).pathExtension.lowercased())
        })
        let written = staged.map { folder.notes.appendingPathComponent($0.lastPathComponent) }
        try PublicationRecord(guid: prepared.notes.guid, pubDate: prepared.notes.publication.date).save(in: folder)
        return NotesReport(
            files: written, page: folder.notes.appendingPathComponent("index.html"),
            date: prepared.notes.publication.date, relativeURLs: options.baseURL == nil)
    }

    /// The delivered audio: the file `timing.json` names, else the first `episode.<ext>` in the build folder.
    static func audioFile(folder: EpisodeFolder, timeline: Timeline, episodeName: String) throws(NotesError) -> URL {
        let candidates =
            timeline.file.map { [folder.build.appendingPathComponent($0)] }
            ?? ["mp3", "opus", "flac", "wav"].map { folder.episodeAudio(extension: $0) }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw .missingAudio(path: candidates[0].path, episode: episodeName)
        }
        return found
    }

    /// Puts the audio beside the page: a hard link when the file system allows (no extra space), else a copy,
    /// always through a temporary name and a rename.
    static func placeAudio(_ source: URL, at destination: URL) throws {
        if sameFile(source, destination) { return }
        try? FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = AtomicFile.temporaryURL(for: destination)
        if link(source.path, temporary.path) != 0 {
            do {
                try FileManager.default.copyItem(at: source, to: temporary)
            } catch {
                throw AtomicFileError(path: destination.path, reason: "cannot copy the episode audio here")
            }
        }
        try AtomicFile.commit(temporary, to: destination)
    }

    /// Whether two paths are links to one file (a rename between them would do nothing, per POSIX).
    static func sameFile(_ first: URL, _ second: URL) -> Bool {
        let manager = FileManager.default
        guard let a = try? manager.attributesOfItem(atPath: first.path),
            let b = try? manager.attributesOfItem(atPath: second.path)
        else { return false }
        return a[.systemNumber] as? Int == b[.systemNumber] as? Int
            && a[.systemFileNumber] as? Int == b[.systemFileNumber] as? Int && a[.systemFileNumber] != nil
    }

    /// The operating system's words for a failed write ("No space left on device").
    static func systemReason(_ error: any Error) -> String {
        let wrapped = error as NSError
        if let underlying = wrapped.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return wrapped.localizedDescription
    }

    static func decode<Value>(_ url: URL, hint: String, _ read: (Data) throws -> Value) throws(NotesError) -> Value {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(path: url.path, reason: "cannot be read; \(hint)")
        }
        do {
            return try read(data)
        } catch {
            throw .unreadable(path: url.path, reason: "is not valid (\(error)); \(hint)")
        }
    }

    /// An article's dateline date: ISO 8601, or as English-language sites print it ("14 October 2025",
    /// "October 14, 2025", "Oct 14, 2025"), at 00:00 UTC.
    public static func parseArticleDate(_ text: String) -> Date? {
        if let date = parseDate(text) { return date }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        for format in [
            "d MMMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "d MMM yyyy", "EEEE d MMMM yyyy", "EEEE, MMMM d, yyyy",
        ] {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) { return date }
        }
        return nil
    }

    /// An ISO 8601 date (`2026-11-29`) or date-time (`2026-11-29T06:00:00Z`).
    public static func parseDate(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let full = ISO8601DateFormatter()
        if let date = full.date(from: trimmed) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: trimmed)
    }
}

/// What ``NotesWriter/write(folder:options:episodeName:)`` wrote.
public struct NotesReport: Sendable {
    /// Every file written, the audio last.
    public var files: [URL]
    /// The episode page.
    public var page: URL
    /// The publication date used.
    public var date: Date
    /// True when no base URL was given and the RSS item's URLs are relative.
    public var relativeURLs: Bool
}
