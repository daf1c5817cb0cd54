/// Where music sits around the voice, named: how the intro sting hands over, the gap before the outro, how a bed
/// comes in and goes out, and how loud music plays against the matched speech.
public struct LayoutPolicy: Codable, Equatable, Sendable {
    /// The voice enters this long before the intro sting ends, over its last ring, seconds.
    public var introOverlap: Double = 0.3
    /// Silence between the last segment and the outro sting, seconds.
    public var outroGap: Double = 0.6
    /// A music cue before a segment: silence between the cue's end and the voice, seconds.
    public var cueGap: Double = 0.4
    /// The bed fades in this long before the first voice, seconds.
    public var bedLeadIn: Double = 2
    /// The bed plays on this long after the intro ends, seconds.
    public var bedTail: Double = 1.5
    /// The longest a bed plays, seconds: a bed is a signature, not wallpaper.
    public var bedLongest: Double = 90
    /// The bed, when not ducked, this far under the matched speech, dB.
    public var bedBelowSpeechDB: Double = 8
    /// Stings and cues this far under the matched speech, dB (0: as loud as the voice).
    public var stingBelowSpeechDB: Double = 0
    /// The loudness takes are matched to when none has a measurable loudness, LUFS.
    public var fallbackReferenceLUFS: Double = -20
    /// A predicted delivered loudness this far under the target earns a warning, LU.
    public var targetMissWarningLU: Double = 0.5

    public init() {}
}
