/// When a rendered episode is good enough to deliver, named: how close to the target it must land, what the codecs do
/// to loudness and peaks, how many renders a run may take, and when the limiter's work earns a warning.
public struct DeliveryPolicy: Codable, Equatable, Sendable {
    /// A lossless file may miss the target by this much before it is rendered again, LU.
    public var losslessToleranceLU: Double = 0.3
    /// A lossy file (as decoded) may miss the target by this much before it is rendered again, LU: a tenth under
    /// the ±0.5 LU promised, for decoders that read the same file a little differently (ffmpeg's Opus decoder and
    /// libopus differ by up to half an LU on mono speech).
    public var lossyToleranceLU: Double = 0.4
    /// Added to the true-peak overshoot measured on an excerpt, dB: the worst peak of a whole episode passes the
    /// codec with more overshoot than the worst of a few seconds.
    public var excerptPeakMarginDB: Double = 0.4
    /// At most this many renders per run (the first and its corrections).
    public var maximumRenders = 3
    /// Below this the delivered file is taken as silent and no correction is tried, LUFS.
    public var silentLUFS: Double = -70
    /// The limiter acting on more of the episode than this earns a warning, percent.
    public var heavyLimitingPercent: Double = 5
    /// …or taking off more than this anywhere, dB.
    public var heavyLimitingDB: Double = 3
    /// A lossy episode longer than four of these first measures its codec on an excerpt this long, seconds.
    public var excerptSeconds: Double = 20
    /// A correcting render lowers the limiter's ceiling by the decoded overshoot plus this, dB.
    public var overshootMarginDB: Double = 0.1

    public init() {}

    /// The tolerance for a format.
    public func toleranceLU(for format: AudioFormat) -> Double {
        format.isLossy ? lossyToleranceLU : losslessToleranceLU
    }

    /// What a codec does to the rendered signal, for a first render before anything is measured: the shift of
    /// integrated loudness (decoded minus rendered, LU) and of true peak (dB).
    ///
    /// Measured with ffmpeg's `ebur128` on speech-like material limited to −1.1 dBTP: LAME takes about 0.5 LU off
    /// (the noise in breathy, fricative sound is what it drops) and lowers peaks at 64–128 kbit/s; libopus at
    /// 48 kbit/s mono takes off about 1 LU and at 64 kbit/s stereo leaves the loudness and lets peaks rise 0.3 dB.
    /// Peaks are given an overshoot anyway: noisier, peakier speech than that material (hot takes, raw bursts) rises
    /// through LAME at 64 kbit/s mono by up to 1.5 dB.
    /// Long episodes measure their own codec shift on an excerpt instead (``excerptSeconds``).
    /// - Parameters:
    ///   - format: the delivered format.
    ///   - kbps: its bitrate (`nil`: variable or the codec's default); the table is for the defaults.
    ///   - channels: the delivered channel count.
    public func codecShift(format: AudioFormat, kbps: Int?, channels: Int) -> (loudnessLU: Double, peakDB: Double) {
        switch format {
        case .wav, .flac: (0, 0)
        case .mp3: (-0.45, channels == 1 ? 0.8 : 0.5)
        case .opus: channels == 1 ? (-1.0, 0.8) : (0, 0.5)
        }
    }
}
