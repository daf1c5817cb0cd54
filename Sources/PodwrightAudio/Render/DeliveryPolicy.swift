/// When a rendered episode is good enough to deliver, named: how close to the target it must land, what the codecs do
/// to loudness and peaks, how many renders a run may take, and when the limiter's work earns a warning.
public struct DeliveryPolicy: Codable, Equatable, Sendable {
    /// A lossless file may miss the target by this much before it is rendered again, LU.
    public var losslessToleranceLU: Double = 0.3
    /// A lossy file (as decoded) may miss the target by this much before it is rendered again, LU.
    public var lossyToleranceLU: Double = 0.5
    /// At most this many renders per run (the first and its corrections).
    public var maximumRenders = 3
    /// Below this the delivered file is taken as silent and no correction is tried, LUFS.
    public var silentLUFS: Double = -70
    /// The limiter acting on more of the episode than this earns a warning, percent.
    public var heavyLimitingPercent: Double = 5
    /// …or taking off more than this anywhere, dB.
    public var heavyLimitingDB: Double = 3
    /// A correcting render lowers the limiter's ceiling by the decoded overshoot plus this, dB.
    public var overshootMarginDB: Double = 0.1

    public init() {}

    /// The tolerance for a format.
    public func toleranceLU(for format: AudioFormat) -> Double {
        format.isLossy ? lossyToleranceLU : losslessToleranceLU
    }

    /// What a codec does to the rendered signal, predicted so that one render lands: the shift of integrated loudness
    /// (decoded minus rendered, LU) and how far decoded true peaks rise over the rendered ones (dB).
    ///
    /// Measured once per codec and bitrate on speech limited to −1.5 dBTP (`Scripts/bench-codec` prints the table
    /// again): LAME and libopus keep integrated loudness within a few hundredths of an LU at these rates, and their
    /// decoded peaks overshoot by up to half a dB, more at low bitrates, where more of the top band is dropped.
    /// - Parameters:
    ///   - format: the delivered format.
    ///   - kbps: its bitrate per file (`nil`: variable or the codec's default).
    ///   - channels: the delivered channel count.
    public func codecShift(format: AudioFormat, kbps: Int?, channels: Int) -> (loudnessLU: Double, peakDB: Double) {
        guard format.isLossy else { return (0, 0) }
        // Per channel, what matters to the codec is how many bits each channel gets.
        let perChannel = Double(kbps ?? (format == .mp3 ? 64 : 24) * channels) / Double(channels)
        let peak = perChannel >= 96 ? 0.4 : perChannel >= 48 ? 0.6 : 0.9
        return (0, peak)
    }
}
