import PodwrightCore

/// Collects the waveform overview (`peaks.json`) while the episode is written: the largest absolute sample per
/// bucket, about 8,000 buckets however long the episode, and never finer than 10 ms.
struct PeakCollector {
    let channels: Int
    let samplesPerPeak: Int
    let sampleRate: Int
    private(set) var peaks: [Float] = []
    private var current: Float = 0
    private var filled = 0

    init(sampleRate: Int, channels: Int, totalFrames: Int) {
        self.channels = channels
        self.sampleRate = sampleRate
        samplesPerPeak = max(sampleRate / 100, (totalFrames + 7_999) / 8_000)
        peaks.reserveCapacity(totalFrames / samplesPerPeak + 1)
    }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        var index = 0
        let count = samples.count
        while index < count {
            let take = min((samplesPerPeak - filled) * channels, count - index)
            current = max(current, largestMagnitude(samples.baseAddress! + index, count: take))
            filled += take / channels
            index += take
            if filled == samplesPerPeak {
                peaks.append(min(1, current))
                current = 0
                filled = 0
            }
        }
    }

    /// The overview, with a last partial bucket.
    func result() -> WaveformPeaks {
        var all = peaks
        if filled > 0 { all.append(min(1, current)) }
        // Three decimals are plenty for drawing and keep the file small.
        return WaveformPeaks(
            sampleRate: sampleRate, samplesPerPeak: samplesPerPeak,
            peaks: all.map { ($0 * 1000).rounded() / 1000 })
    }
}
