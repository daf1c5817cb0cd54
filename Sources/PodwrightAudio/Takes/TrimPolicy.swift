/// How heads, tails and long pauses of a take are found and cut, named: the margins kept around speech, how the
/// level detector tells speech from the room, and when leftover non-speech earns a warning.
public struct TrimPolicy: Codable, Equatable, Sendable {
    /// Kept before the first word, seconds, so breaths and soft onsets survive.
    public var headMargin: Double = 0.12
    /// Kept after the last word, seconds, so soft word endings and reverb tails survive.
    public var tailMargin: Double = 0.25
    /// Speech is what rises within this much of the take's loud passages, dB.
    public var belowSpeechDB: Double = 35
    /// …and at least this far over the room's noise floor, dB.
    public var overFloorDB: Double = 6
    /// …but never closer than this to the loud passages, dB, however noisy the room.
    public var minimumSpeechOverThresholdDB: Double = 20
    /// The noise floor is this percentile of the take's 50 ms energies: low enough to be the room even when the
    /// take is mostly speech, high enough not to be one dropout.
    public var floorPercentile: Double = 0.1
    /// The loud level is what the take's loudest this-many seconds reach: a pop or a click is shorter.
    public var loudSeconds: Double = 0.3
    /// Sound must last this long to count as speech, seconds: clicks, taps and plosive pops are shorter.
    public var shortestSoundSeconds: Double = 0.08
    /// A quiet run inside a take this long or longer is a pause, seconds.
    public var shortestPauseSeconds: Double = 0.3
    /// Pauses this long or longer count as dead air in the report, seconds.
    public var deadAirPauseSeconds: Double = 1
    /// More dead air than this in one take earns a warning, seconds.
    public var deadAirWarningSeconds: Double = 2
    /// Pauses inside a take longer than this are shortened to it, seconds (`nil`: pauses are left as recorded).
    public var tighten: Double?

    public init() {}
}
