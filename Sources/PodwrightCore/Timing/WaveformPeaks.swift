/// A waveform overview of the finished episode: the contents of `EP/build/peaks.json`.
///
/// The assembler computes it while writing the episode, so the episode page can draw the waveform without decoding
/// audio.
public struct WaveformPeaks: Codable, Equatable, Sendable {
    /// The episode's sample rate in Hz.
    public var sampleRate: Int
    /// How many sample frames each peak covers.
    public var samplesPerPeak: Int
    /// The largest absolute sample value in each bucket, 0…1, in order.
    public var peaks: [Float]

    public init(sampleRate: Int, samplesPerPeak: Int, peaks: [Float]) {
        self.sampleRate = sampleRate
        self.samplesPerPeak = samplesPerPeak
        self.peaks = peaks
    }
}
