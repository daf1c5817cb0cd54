public import Foundation
public import PodwrightCore

/// The tag for an assembled episode: the one call the assembler makes after writing an MP3.
extension ID3Tag {
    /// The episode's tag, agreeing with the tags the assembler writes into WAV, FLAC and Opus: the episode title, the
    /// show as artist and album, "By <authors>" as comment, the year of the article's date, the article's web
    /// address (`WOAS`) when it came from the web (never a local path, which would leak into the published file),
    /// and one chapter per timeline chapter (titles as ``ChapterTitle`` gives them; the first at 0, as in
    /// chapters.json; each ends where the next begins, the last at the end of the audio).
    public init(episode: Episode, timeline: Timeline, picture: ID3Picture? = nil) {
        let chapters = timeline.chapters.sorted { $0.startSample < $1.startSample }
        let milliseconds = { (seconds: Double) in UInt32(clamping: Timecode.milliseconds(seconds)) }
        let marks = chapters.enumerated().map { index, chapter in
            ID3Chapter(
                id: "chp\(index)",
                title: ChapterTitle.title(for: chapter, in: episode),
                startMilliseconds: index == 0 ? 0 : milliseconds(chapter.start),
                endMilliseconds: milliseconds(
                    index + 1 < chapters.count ? chapters[index + 1].start : timeline.durationSeconds))
        }
        let authors = episode.authors.map(\.singleLine).filter { !$0.isEmpty }
        let year = episode.date.flatMap(NotesWriter.parseArticleDate).map { date in
            String(
                Calendar(identifier: .gregorian).dateComponents(in: TimeZone(secondsFromGMT: 0) ?? .current, from: date)
                    .year ?? 0)
        }
        let source = episode.source?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let scheme = URL(string: source)?.scheme?.lowercased()
        let show = episode.show.name.singleLine
        self.init(
            title: episode.title.singleLine, artist: show, album: show, year: year,
            comment: authors.isEmpty ? nil : "By \(authors.joined(separator: ", "))",
            sourceURL: scheme == "http" || scheme == "https" ? source : nil, chapters: marks, picture: picture)
    }

    /// Writes the episode's tag into an MP3 the assembler has just written.
    /// - Parameters:
    ///   - episode: The script.
    ///   - timeline: The timeline of that MP3.
    ///   - mp3: The MP3 file.
    ///   - picture: The cover (``AssemblyOptions/coverArt``), if any.
    /// - Throws: ``ID3Error`` naming the file.
    public static func apply(
        episode: Episode, timeline: Timeline, to mp3: URL, picture: ID3Picture? = nil
    ) throws(ID3Error) {
        try ID3Tag(episode: episode, timeline: timeline, picture: picture).write(to: mp3)
    }
}
