import Foundation

/// Everything the publishing exports say about an episode, gathered once from the script, the timeline and the
/// publication settings, so that every format tells the same story with the same times.
public struct EpisodeNotes: Sendable {
    /// A chapter with its end, ready for every format.
    public struct ChapterMark: Equatable, Sendable {
        /// The section id.
        public var id: String
        /// The section's title as the script has it now.
        public var title: String
        /// Start in seconds; the first chapter starts at 0.
        public var start: Double
        /// End in seconds: the next chapter's start, or the end of the episode.
        public var end: Double
    }

    /// The script.
    public var episode: Episode
    /// Where everything sits in the audio.
    public var timeline: Timeline
    /// How and where it is published.
    public var publication: Publication
    /// The script's segments paired with their places in the audio, in episode order.
    public var placedSegments: [(segment: Segment, timing: SegmentTiming)]
    /// The chapters, the first at 0.
    public var chapters: [ChapterMark]
    /// Sentence-level captions.
    public var cues: [TranscriptCue]

    /// Gathers the notes, checking that the timeline was made from this script.
    /// - Parameters:
    ///   - episode: The script as it is now.
    ///   - timeline: `timing.json`.
    ///   - publication: Where and how it is published.
    ///   - timingPath: The timeline's path, for messages.
    ///   - episodeName: How the producer names the episode folder, for the suggested command.
    /// - Throws: ``NotesError/staleTiming(path:episode:missing:extra:)`` when the segment ids differ, and
    ///   ``NotesError/emptyTimeline(path:episode:)`` when there is no audio or no chapter.
    public init(
        episode: Episode, timeline: Timeline, publication: Publication, timingPath: String = "build/timing.json",
        episodeName: String = "EP"
    ) throws(NotesError) {
        let scriptIDs = episode.segments.map(\.id)
        let timedIDs = timeline.segments.map(\.id)
        if scriptIDs != timedIDs {
            let missing = scriptIDs.filter { !Set(timedIDs).contains($0) }
            let extra = timedIDs.filter { !Set(scriptIDs).contains($0) }
            if missing.isEmpty, extra.isEmpty { throw .reorderedTiming(path: timingPath, episode: episodeName) }
            throw .staleTiming(path: timingPath, episode: episodeName, missing: missing, extra: extra)
        }
        guard timeline.durationSamples > 0, timeline.sampleRate > 0, !timeline.chapters.isEmpty else {
            throw .emptyTimeline(path: timingPath, episode: episodeName)
        }
        self.episode = episode
        self.timeline = timeline
        self.publication = publication
        self.placedSegments = Array(zip(episode.segments, timeline.segments))
        let duration = timeline.durationSeconds
        let sorted = timeline.chapters.sorted { $0.startSample < $1.startSample }
        self.chapters = sorted.enumerated().map { index, chapter in
            ChapterMark(
                id: chapter.id,
                title: ChapterTitle.title(for: chapter, in: episode),
                start: index == 0 ? 0 : chapter.start,
                end: index + 1 < sorted.count ? sorted[index + 1].start : duration)
        }
        let names = Dictionary(episode.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let show = episode.show
        self.cues = TranscriptCue.cues(for: placedSegments) { id in
            Self.displayName(names[id], id: id, show: show)
        }
    }

    /// The episode's length in seconds.
    public var duration: Double { timeline.durationSeconds }

    /// The title on one line.
    public var title: String { episode.title.singleLine }

    /// A speaker's name as listeners read it: the show's narrator name for the narrator, a capital first letter
    /// for unnamed sources ("A South Korean diplomat").
    public func speakerName(_ id: String) -> String {
        Self.displayName(episode.speaker(id: id), id: id, show: episode.show)
    }

    static func displayName(_ speaker: Speaker?, id: String, show: ShowConfiguration) -> String {
        guard let speaker else { return id }
        if speaker.role == .narrator, speaker.name == "Narrator", !show.narratorName.isEmpty {
            return show.narratorName.singleLine
        }
        let name = speaker.name.singleLine
        guard let first = name.first, first.isLowercase else { return name }
        return first.uppercased() + name.dropFirst()
    }

    /// The item's guid: the given one, or one derived from the show, the title and the article's source, so that
    /// notes written again on another day (an undated article is published "now") keep the same guid and podcast
    /// apps do not list the episode twice. A local source counts by its file name only: the guid names no folder
    /// on the producer's machine and does not change when the episode folder moves.
    public var guid: String {
        if let guid = publication.guid, !guid.isEmpty { return guid }
        let source = episode.source?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let isURL = source.lowercased().hasPrefix("http://") || source.lowercased().hasPrefix("https://")
        let origin = isURL ? source : (source as NSString).lastPathComponent
        let digest = Self.fnv1a([episode.show.name.singleLine, title, origin].joined(separator: "\u{1F}"))
        let hex = String(digest, radix: 16)
        let titleSlug = Self.slug(title)
        var shortTitle = String(titleSlug.prefix(80))
        if titleSlug.count > 80, let lastDash = shortTitle.lastIndex(of: "-") {
            shortTitle = String(shortTitle[..<lastDash])
        }
        return "podwright:\(Self.slug(episode.show.name)):\(shortTitle):"
            + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// 64-bit FNV-1a of the UTF-8 bytes: the same on every machine and run, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Lowercase ASCII letters and digits joined by hyphens, accents folded ("Épisode" → "episode").
    static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-").lowercased()
    }
}
