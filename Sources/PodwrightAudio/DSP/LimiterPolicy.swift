/// The true-peak limiter's tuning, named: how far ahead it looks, how fast it lets go, the margin it keeps under the
/// ceiling and what counts as one gain-reduction event in the report.
struct LimiterPolicy: Sendable, Equatable {
    /// Look-ahead of the peak detector, seconds: long enough for the gain to ramp down before a peak.
    var lookaheadSeconds = 0.003
    /// Release time constant, seconds: slow enough not to pump, fast enough to be inaudible on speech.
    var releaseSeconds = 0.08
    /// Kept under the ceiling, dB: covers the interpolator's error and the gain's variation across its taps.
    var marginDB = 0.1
    /// The shortest look-ahead, frames, at very low sample rates.
    var minimumLookaheadFrames = 8
    /// A reduction this deep or deeper (linear gain, about −1 dB) starts an event in the report…
    var eventStartGain: Float = 0.891
    /// …which ends once the gain is back above this (about −0.5 dB).
    var eventEndGain: Float = 0.944
    /// A gain this close to 1 counts as unity (−0.0009 dB): the release snaps to exactly 1 there.
    var unityGain: Double = 0.9999

    static let standard = LimiterPolicy()
}
