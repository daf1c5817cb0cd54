public import Foundation

/// Gathering an episode's notes, and putting them in an upload folder.
extension NotesWriter {
    /// An episode ready to publish: its notes, waveform, and the audio and artwork files to put beside them.
    public struct Prepared: Sendable {
        /// Everything the formats say.
        public var notes: EpisodeNotes
        /// The waveform for the page.
        public var peaks: WaveformPeaks?
        /// The delivered audio in `build/`.
        public var audio: URL
        /// The artwork to place beside the notes, if any.
        public var artwork: URL?
    }

    /// The audio extensions podcast apps do not play: masters, not deliveries.
    public static let losslessExtensions: Set<String> = ["wav", "flac"]
    /// Every audio and image extension an upload folder may hold; the ones not current are removed.
    static let mediaExtensions: Set<String> = [
        "mp3", "m4a", "mp4", "aac", "wav", "flac", "opus", "ogg", "oga", "jpg", "jpeg", "png",
    ]

    /// Reads and checks an episode for publishing, without writing anything.
    /// - Throws: As ``write(folder:options:episodeName:)``.
    public static func prepare(folder: EpisodeFolder, options: Options, episodeName: String) throws -> Prepared {
        let episode = try EpisodeStore.load(folder)
        guard FileManager.default.fileExists(atPath: folder.timing.path) else {
            throw NotesError.missingTiming(path: folder.timing.path, episode: episodeName)
        }
        let timeline = try decode(folder.timing, hint: "run podwright assemble \(episodeName)") {
            try TimingFile.timeline(from: $0)
        }
        let peaks: WaveformPeaks? =
            FileManager.default.fileExists(atPath: folder.peaks.path)
            ? try decode(folder.peaks, hint: "run podwright assemble \(episodeName)") {
                try JSONDecoder().decode(WaveformPeaks.self, from: $0)
            } : nil
        let audioURL = try audioFile(folder: folder, timeline: timeline, episodeName: episodeName)
        let ext = audioURL.pathExtension.lowercased()
        if losslessExtensions.contains(ext), !options.allowLossless {
            throw NotesError.unplayableAudio(path: audioURL.path, format: ext, episode: episodeName)
        }
        let byteCount = (try? FileManager.default.attributesOfItem(atPath: audioURL.path)[.size] as? Int) ?? 0
        let record = PublicationRecord.load(in: folder)
        let date = options.date ?? record?.date ?? episode.date.flatMap(parseArticleDate) ?? Date()
        let publication = Publication(
            baseURL: options.baseURL, date: date, episodeType: options.episodeType, guid: options.guid ?? record?.guid,
            language: options.language,
            audio: Publication.Audio(fileName: audioURL.lastPathComponent, byteCount: byteCount),
            image: options.artwork.map { "artwork." + $0.pathExtension.lowercased() }, producers: options.producers,
            explicit: options.explicit)
        let notes = try EpisodeNotes(
            episode: episode, timeline: timeline, publication: publication, timingPath: folder.timing.path,
            episodeName: episodeName)
        return Prepared(notes: notes, peaks: peaks, audio: audioURL, artwork: options.artwork)
    }

    /// Writes the notes into `destination` (only the files whose contents changed), puts the audio and artwork
    /// beside them, and removes every other audio or image file there, so the folder holds only what is current.
    /// - Returns: Every file the folder now holds for the episode, the audio last.
    /// - Throws: ``AtomicFileError`` when writing fails.
    @discardableResult
    public static func place(_ prepared: Prepared, in destination: URL) throws -> [URL] {
        var written: [URL] = []
        for (name, text) in render(prepared.notes, peaks: prepared.peaks) {
            let url = destination.appendingPathComponent(name)
            if FileManager.default.contents(atPath: url.path) != Data(text.utf8) { try AtomicFile.write(text, to: url) }
            written.append(url)
        }
        var media: [URL] = []
        if let artwork = prepared.artwork, let name = prepared.notes.publication.image {
            let copy = destination.appendingPathComponent(name)
            try placeAudio(artwork, at: copy)
            media.append(copy)
        }
        let audioCopy = destination.appendingPathComponent(prepared.audio.lastPathComponent)
        try placeAudio(prepared.audio, at: audioCopy)
        media.append(audioCopy)
        let keep = Set(media.map(\.lastPathComponent))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
        for name in names
        where !keep.contains(name) && mediaExtensions.contains((name as NSString).pathExtension.lowercased()) {
            try? FileManager.default.removeItem(at: destination.appendingPathComponent(name))
        }
        return written + media
    }
}
