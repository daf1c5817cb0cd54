/// One caption: a sentence (or a caption-sized piece of one) with its speaker and its time in the episode.
public struct TranscriptCue: Equatable, Sendable {
    /// The segment it belongs to.
    public var segment: String
    /// The section (chapter) it belongs to.
    public var section: String
    /// The speaker's id.
    public var speakerID: String
    /// The speaker's name as listeners should read it.
    public var speaker: String
    /// The segment's kind.
    public var kind: Segment.Kind
    /// Start in seconds.
    public var start: Double
    /// End in seconds.
    public var end: Double
    /// The words, as the script has them, on one line.
    public var text: String
    /// True for the first cue of its segment: a new paragraph or a new voice begins.
    public var beginsSegment: Bool
    /// The times of the cue's spoken words (``SpokenWords`` of ``text``), from alignment; empty when the take was
    /// not aligned or its words do not match the script here.
    public var words: [WordTiming] = []

    public init(
        segment: String, section: String, speakerID: String, speaker: String, kind: Segment.Kind,
        start: Double, end: Double, text: String, beginsSegment: Bool
    ) {
        self.segment = segment
        self.section = section
        self.speakerID = speakerID
        self.speaker = speaker
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.beginsSegment = beginsSegment
    }

    /// The cues of every segment, split at sentences and caption size.
    ///
    /// A segment's time is shared among its pieces in proportion to their characters (spaces excluded): takes are
    /// read at an even pace, so this lands within a word or two of the spoken boundary without speech recognition.
    /// - Parameters:
    ///   - segments: The script's segments with their places in the timeline.
    ///   - speakerName: The display name for a speaker id.
    public static func cues(
        for segments: [(segment: Segment, timing: SegmentTiming)], speakerName: (String) -> String
    ) -> [TranscriptCue] {
        var cues: [TranscriptCue] = []
        for (segment, timing) in segments {
            var aligned = timing.words ?? []
            let pieces = SentenceSplitter.sentences(segment.text.singleLine).flatMap(CaptionLayout.pieces)
            guard !pieces.isEmpty else { continue }
            let weights = pieces.map { Double(max(1, $0.filter { !$0.isWhitespace }.count)) }
            let total = weights.reduce(0, +)
            let duration = timing.end - timing.start
            var elapsed = 0.0
            for (index, piece) in pieces.enumerated() {
                let start = timing.start + duration * elapsed / total
                elapsed += weights[index]
                let end = index == pieces.count - 1 ? timing.end : timing.start + duration * elapsed / total
                cues.append(
                    TranscriptCue(
                        segment: segment.id, section: segment.section, speakerID: segment.speaker,
                        speaker: speakerName(segment.speaker), kind: segment.kind, start: start, end: end,
                        text: piece, beginsSegment: index == 0))
                cues[cues.count - 1].words = Self.take(SpokenWords(piece), from: &aligned)
            }
            Self.moveBoundariesToWords(&cues[(cues.count - pieces.count)...])
        }
        return cues
    }

    /// The next words of `aligned` when they are `spoken`'s words, in order; otherwise none (and `aligned` is
    /// left alone, so a misread take gives no word times rather than wrong ones).
    static func take(_ spoken: SpokenWords, from aligned: inout [WordTiming]) -> [WordTiming] {
        let count = spoken.words.count
        guard count > 0, aligned.count >= count,
            zip(spoken.words, aligned).allSatisfy({ $0.text == $1.word })
        else { return [] }
        defer { aligned.removeFirst(count) }
        return Array(aligned.prefix(count))
    }

    /// Where the segment's words were aligned, each cue after the first starts at its first word (and the one
    /// before ends there) instead of at its share of the characters.
    static func moveBoundariesToWords(_ cues: inout ArraySlice<TranscriptCue>) {
        guard cues.allSatisfy({ !$0.words.isEmpty }) else { return }
        for index in cues.indices.dropFirst() {
            let start = cues[index].words[0].start
            guard start > cues[index - 1].start, start < cues[index].end else { continue }
            cues[index].start = start
            cues[index - 1].end = start
        }
    }
}
