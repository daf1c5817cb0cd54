/// The contents of `EP/build/alignment.json`: every checked take, and how the pronunciations were found.
public struct AlignmentReport: Codable, Equatable, Sendable {
    /// The format version.
    public var version: Int
    /// One entry per take `assemble` would use, in episode order.
    public var takes: [TakeAlignment]
    /// How the words of the script were pronounced for the recogniser.
    public var pronunciations: PronunciationSummary

    /// Counts of pronunciations by where they came from.
    public struct PronunciationSummary: Codable, Equatable, Sendable {
        /// Words found in the pronouncing dictionary.
        public var dictionary: Int
        /// Words given by the producer (show.json `pronunciations`, the script's pronunciation list).
        public var overridden: Int
        /// Words the dictionary lacks, guessed from espeak-ng's phonemes.
        public var guessed: [String]

        public init(dictionary: Int = 0, overridden: Int = 0, guessed: [String] = []) {
            self.dictionary = dictionary
            self.overridden = overridden
            self.guessed = guessed
        }
    }

    public init(version: Int = 1, takes: [TakeAlignment], pronunciations: PronunciationSummary = .init()) {
        self.version = version
        self.takes = takes
        self.pronunciations = pronunciations
    }

    /// The takes with a problem (anything but `ok` and `not-checked`).
    public var problems: [TakeAlignment] { takes.filter { $0.verdict.isProblem } }

    /// The take checked for `segment`, if any.
    public func take(forSegment segment: String) -> TakeAlignment? { takes.first { $0.segment == segment } }
}
