public import Foundation
import PodwrightCore

/// An ID3v2.3 tag with title, artist, album and chapters, written in front of an MP3's audio.
///
/// libsndfile's own ID3 output garbles non-ASCII text and has no chapters, so the assembler writes the MP3 with
/// libsndfile and then calls ``write(to:)``, which replaces whatever tag is there and keeps the audio bytes as they are.
public struct ID3Tag: Equatable, Sendable {
    /// `TIT2`.
    public var title: String
    /// `TPE1`.
    public var artist: String
    /// `TALB`.
    public var album: String
    /// `TYER`, four digits, if known.
    public var year: String?
    /// `COMM`, if any.
    public var comment: String?
    /// `WOAS`, the web address of the source the episode was made from, if any (ISO-8859-1: percent-encode
    /// anything else).
    public var sourceURL: String?
    /// `CHAP` frames, in order, listed by one `CTOC`.
    public var chapters: [ID3Chapter]
    /// `APIC`, the front cover: the episode's artwork (or the show's), if there is one.
    public var picture: ID3Picture?
    /// Zero bytes after the frames, so a later tag edit can happen in place.
    public var padding: Int

    public init(
        title: String, artist: String, album: String, year: String? = nil, comment: String? = nil,
        sourceURL: String? = nil, chapters: [ID3Chapter] = [], picture: ID3Picture? = nil, padding: Int = 512
    ) {
        self.title = title
        self.artist = artist
        self.album = album
        self.year = year
        self.comment = comment
        self.sourceURL = sourceURL
        self.chapters = chapters
        self.picture = picture
        self.padding = padding
    }

    /// The whole tag: header, frames and padding.
    public var bytes: [UInt8] {
        var frames = ID3Frame.text("TIT2", title) + ID3Frame.text("TPE1", artist) + ID3Frame.text("TALB", album)
        if let year, year.count == 4, year.allSatisfy(\.isASCII), year.allSatisfy(\.isNumber) {
            frames += ID3Frame.text("TYER", year)
        }
        if let comment, !comment.isEmpty { frames += ID3Frame.comment(comment) }
        if let sourceURL, !sourceURL.isEmpty { frames += ID3Frame.url("WOAS", sourceURL) }
        if let picture { frames += ID3Frame.picture(picture) }
        if !chapters.isEmpty {
            frames += ID3Frame.tableOfContents(id: "toc", children: chapters.map(\.id), title: "Chapters")
            for chapter in chapters { frames += ID3Frame.chapter(chapter) }
        }
        let body = frames + [UInt8](repeating: 0, count: max(0, padding))
        return ID3Frame.header(size: body.count) + body
    }

    /// Puts this tag in front of the MP3's audio, replacing any ID3v2 tag at its start and any ID3v1 tag at its
    /// end; the audio frames are copied unchanged. Atomic: a temporary file beside it, then a rename.
    /// - Parameter mp3: The MP3 file.
    /// - Throws: ``ID3Error`` naming the file.
    public func write(to mp3: URL) throws(ID3Error) {
        guard let source = try? FileHandle(forReadingFrom: mp3) else { throw .unreadable(path: mp3.path) }
        defer { try? source.close() }
        let audio = try MP3Audio.range(in: source, path: mp3.path)
        let temporary = AtomicFile.temporaryURL(for: mp3)
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)),
            let target = try? FileHandle(forWritingTo: temporary)
        else {
            throw .unwritable(
                path: mp3.path, reason: "cannot create a file in \(temporary.deletingLastPathComponent().path)")
        }
        do {
            // Copied a mebibyte at a time: memory stays flat however long the episode.
            try target.seekToEnd()
            try source.seek(toOffset: UInt64(audio.lowerBound))
            var remaining = audio.count
            while remaining > 0 {
                let chunk = try source.read(upToCount: min(remaining, 1 << 20)) ?? Data()
                guard !chunk.isEmpty else { throw ID3Error.unreadable(path: mp3.path) }
                try target.write(contentsOf: chunk)
                remaining -= chunk.count
            }
            try target.synchronize()
            try target.close()
        } catch {
            try? target.close()
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? ID3Error { throw error }
            throw .unwritable(path: mp3.path, reason: "\(error) (is the disk full?)")
        }
        do throws(AtomicFileError) { try AtomicFile.commit(temporary, to: mp3) } catch {
            throw .unwritable(path: mp3.path, reason: error.reason)
        }
    }
}
