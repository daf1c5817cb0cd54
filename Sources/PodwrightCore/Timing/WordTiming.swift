/// One word's place in the finished episode, in seconds: what word-level transcripts and the episode page use.
public struct WordTiming: Codable, Equatable, Hashable, Sendable {
    /// The word as the script writes it.
    public var word: String
    /// Where the word starts in the episode, seconds.
    public var start: Double
    /// Where the word ends in the episode, seconds.
    public var end: Double

    public init(word: String, start: Double, end: Double) {
        self.word = word
        self.start = start
        self.end = end
    }
}
