/// One word (or silence or filler) the recogniser found, in recogniser frames (10 ms).
struct RecognisedWord: Equatable, Sendable {
    /// The dictionary word, without the `(2)` of an alternative pronunciation; `<sil>`, `[NOISE]`… for fillers.
    var word: String
    /// First frame.
    var startFrame: Int
    /// Last frame (inclusive, as PocketSphinx reports it).
    var endFrame: Int
    /// The word's posterior probability in the lattice, 0…1.
    var posterior: Double
    /// The acoustic score of the word over its frames (log, PocketSphinx's log base), to compare two passes' fit.
    var acousticScore: Int = 0

    /// Whether this is a silence or filler rather than a word.
    var isFiller: Bool { word.hasPrefix("<") || word.hasPrefix("[") || word.hasPrefix("+") }
}
