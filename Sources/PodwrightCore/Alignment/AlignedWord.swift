/// One word of a take as the recogniser placed it: where it starts and ends in the take's own sample frames, and
/// how sure the recogniser is that it was said there.
public struct AlignedWord: Codable, Equatable, Hashable, Sendable {
    /// The word as the script writes it (without surrounding punctuation).
    public var word: String
    /// The first sample frame of the word in the take, at the take's own rate.
    public var start: Int
    /// One past the last sample frame of the word in the take.
    public var end: Int
    /// How sure the recogniser is, 0…1: the word's posterior in the free decode where it heard the same word,
    /// and 0 where only the constrained alignment placed it.
    public var confidence: Double

    public init(word: String, start: Int, end: Int, confidence: Double) {
        self.word = word
        self.start = start
        self.end = end
        self.confidence = confidence
    }
}
