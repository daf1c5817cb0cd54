/// The check of one take against its segment: the words with their times, the verdict, and what differs.
public struct TakeAlignment: Codable, Equatable, Sendable {
    /// The segment the take's file name claims.
    public var segment: String
    /// The take file, relative to the episode folder (`takes/s3-p7.take2.wav`).
    public var file: String
    /// What the check concluded.
    public var verdict: AlignmentVerdict
    /// The take's sample rate, the unit of every word's `start` and `end`.
    public var sampleRate: Int
    /// The script's words as placed in the take, in order; words the take skips are left out.
    public var words: [AlignedWord]
    /// Where what was said differs from the script (for `misread`; empty when `ok`).
    public var differences: [WordDifference]
    /// For `wrong-segment`: the segment whose text the take holds.
    public var matchedSegment: String?
    /// What the recogniser heard, in order, for a producer who wants to see why.
    public var heard: [String]
    /// Why the take could not be judged (`not-checked`, `unintelligible`), in words.
    public var note: String?

    public init(
        segment: String,
        file: String,
        verdict: AlignmentVerdict,
        sampleRate: Int,
        words: [AlignedWord] = [],
        differences: [WordDifference] = [],
        matchedSegment: String? = nil,
        heard: [String] = [],
        note: String? = nil
    ) {
        self.segment = segment
        self.file = file
        self.verdict = verdict
        self.sampleRate = sampleRate
        self.words = words
        self.differences = differences
        self.matchedSegment = matchedSegment
        self.heard = heard
        self.note = note
    }

    /// Script words the differences touch.
    public var differingWords: Int { differences.reduce(0) { $0 + $1.weight } }

    /// The frames from the first confident word's start to the last confident word's end, when the alignment is
    /// sure enough of both ends to trim by them.
    /// - Parameter minimumConfidence: how sure the recogniser must be of a word to trim at it.
    /// - Returns: the range in take frames, or `nil` when the take is not `ok` or no word is confident.
    public func speechFrames(minimumConfidence: Double = 0.5) -> Range<Int>? {
        guard verdict == .ok else { return nil }
        let confident = words.filter { $0.confidence >= minimumConfidence }
        guard let first = confident.first, let last = confident.last, first.start < last.end else { return nil }
        return first.start..<last.end
    }
}
