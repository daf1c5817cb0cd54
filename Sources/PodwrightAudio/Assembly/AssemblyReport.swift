public import PodwrightCore

/// What an assembly run produced and did: the timeline (as written to `timing.json`) plus how it got there.
public struct AssemblyReport: Sendable {
    /// The timeline, with the delivered file's measured loudness.
    public var timeline: Timeline
    /// How the finish went, written to `timing.json` under the extra key `assembly`.
    public var finish: Finish
    /// Warnings for the producer (also printed as they happen).
    public var warnings: [String]
    /// Takes analysed in this run, and taken from the cache.
    public var analysed: Int
    public var cached: Int

    /// The extra `assembly` object of `timing.json`: targets, gains and how much the limiter acted.
    public struct Finish: Codable, Equatable, Sendable {
        /// The target integrated loudness, LUFS.
        public var targetLUFS: Double
        /// The true-peak ceiling, dBTP.
        public var truePeakCeilingDBTP: Double
        /// The loudness the plan predicted before the episode gain, LUFS.
        public var estimatedLUFS: Double?
        /// The linear gain applied to the whole episode, dB.
        public var episodeGainDB: Double
        /// How takes were matched (`take`, `speaker`, `off`).
        public var levelMatching: String
        /// How much the true-peak limiter acted.
        public var limiter: Limiter
        /// Segments whose take is a scratch (synthesised) take.
        public var scratchSegments: [String]
        /// Render passes: 1, or more when the first delivered file missed the target by over 0.3 LU.
        public var renders: Int
        /// The delivered file's format.
        public var format: String
        /// Bits per sample for WAV and FLAC.
        public var bitDepth: Int?
    }

    /// The limiter's activity.
    public struct Limiter: Codable, Equatable, Sendable {
        /// Time during which the gain was below unity, seconds.
        public var limitedSeconds: Double
        /// The same as a percentage of the episode.
        public var limitedPercent: Double
        /// The deepest gain reduction, dB.
        public var maxGainReductionDB: Double
        /// Reductions of 1 dB or more, counted once each.
        public var events: Int
    }
}
