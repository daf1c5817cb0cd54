/// The speech leveler's tuning: a slow, gentle RMS leveler for voice, which halves how far a take's phrases stray
/// from its own loudness within a few dB, and a peak control that lowers the few syllables whose peaks would reach
/// the ceiling, so that the true-peak limiter is a safety net rather than the compressor.
public struct LevelerPolicy: Codable, Equatable, Sendable {
    /// How much of a phrase's deviation from the take's loudness is taken away (0.5: 2:1 on the deviation).
    public var strength: Double = 0.5
    /// The deepest cut, dB.
    public var maximumCutDB: Double = 6
    /// The largest boost, dB: soft phrases come up, but never the room.
    public var maximumBoostDB: Double = 6
    /// Only what is within this much of the take's loudness is speech to level; quieter stretches get no boost, dB.
    public var speechGateDB: Double = 15
    /// The loudness the leveler reads is the mean over this many 100 ms blocks (400 ms: momentary loudness).
    public var windowBlocks = 4
    /// Time constant of the gain's smoothing, in 100 ms blocks, applied forwards and backwards (no lag).
    public var smoothingBlocks: Double = 3
    /// Peak control: a syllable whose peak would stand within this much of the true-peak ceiling once the take is
    /// at the target is brought down to it, a few blocks either side, so the limiter has little left to catch, dB.
    /// `nil`: the leveler evens loudness only.
    public var peakMarginDB: Double? = 1.5
    /// The deepest cut peak control adds to the loudness leveller's, dB.
    public var maximumPeakCutDB: Double = 6

    public init() {}
}
