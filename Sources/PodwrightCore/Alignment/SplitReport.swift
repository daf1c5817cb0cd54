/// What `podwright split` found in one long recording: the segments it cut out as takes, the stretches read more
/// than once, the false starts it skipped, the segments it could not find and the speech that matched nothing.
///
/// Every position is in the recording's own frames at ``sampleRate``, so a producer can find it in an editor.
public struct SplitReport: Codable, Equatable, Sendable {
    /// The recording, as reports name it (`takes/session-1.wav`).
    public var file: String
    /// The recording's sample rate.
    public var sampleRate: Int
    /// The recording's length in frames.
    public var frames: Int
    /// The segments found, in the order of the script.
    public var found: [FoundSegment]
    /// Incomplete readings that were skipped.
    public var falseStarts: [Stretch]
    /// Segment ids of the script (in order) with no reading in the recording.
    public var missing: [String]
    /// Speech that matches nothing in the script.
    public var unplaced: [Stretch]

    /// One segment cut out of the recording.
    public struct FoundSegment: Codable, Equatable, Sendable {
        /// The segment id.
        public var segment: String
        /// The take written (`takes/s1-p2.take3.wav`).
        public var take: String
        /// Where the take was cut, in the recording's frames (start inclusive, end exclusive).
        public var start: Int
        public var end: Int
        /// Words of the segment heard in the chosen reading, and the segment's word count.
        public var wordsHeard: Int
        public var words: Int
        /// Earlier complete readings of the same segment, not used (the last complete reading wins).
        public var earlierReadings: [Stretch]

        public init(
            segment: String, take: String, start: Int, end: Int, wordsHeard: Int, words: Int,
            earlierReadings: [Stretch] = []
        ) {
            self.segment = segment
            self.take = take
            self.start = start
            self.end = end
            self.wordsHeard = wordsHeard
            self.words = words
            self.earlierReadings = earlierReadings
        }
    }

    /// A stretch of the recording, with the segment it belongs to (when known) and the words heard there.
    public struct Stretch: Codable, Equatable, Sendable {
        /// Start and end in the recording's frames.
        public var start: Int
        public var end: Int
        /// The segment the stretch is a reading of (for false starts and earlier readings).
        public var segment: String?
        /// What the recogniser heard (for unplaced speech: so the producer can tell what it was).
        public var heard: String

        public init(start: Int, end: Int, segment: String? = nil, heard: String = "") {
            self.start = start
            self.end = end
            self.segment = segment
            self.heard = heard
        }
    }

    public init(
        file: String, sampleRate: Int, frames: Int, found: [FoundSegment] = [], falseStarts: [Stretch] = [],
        missing: [String] = [], unplaced: [Stretch] = []
    ) {
        self.file = file
        self.sampleRate = sampleRate
        self.frames = frames
        self.found = found
        self.falseStarts = falseStarts
        self.missing = missing
        self.unplaced = unplaced
    }

    /// Segments read more than once (each one's chosen reading is the last complete one).
    public var reread: [FoundSegment] { found.filter { !$0.earlierReadings.isEmpty } }

    /// Seconds at a frame of the recording.
    public func seconds(_ frame: Int) -> Double { Double(frame) / Double(max(1, sampleRate)) }
}
