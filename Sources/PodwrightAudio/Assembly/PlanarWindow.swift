/// A channel-by-channel sliding window over interleaved audio for the true-peak detector: each channel's samples,
/// contiguous, with 16 frames of history before and 24 frames of look-ahead after the frames being judged.
///
/// Judging lags the input by ``lag`` frames, which callers add to their latency.
struct PlanarWindow {
    static let before = 16
    static let after = 24
    /// Frames between a sample's arrival and its judgement.
    static var lag: Int { after }
    let channels: Int
    private(set) var planes: [[Float]]

    init(channels: Int) {
        self.channels = channels
        planes = Array(repeating: [Float](repeating: 0, count: Self.before + Self.after), count: channels)
    }

    /// Appends `frames` interleaved frames, dropping history no longer needed; afterwards frames
    /// `before ..< before + frames` of each plane can be judged.
    mutating func push(_ input: UnsafePointer<Float>, frames: Int) {
        for channel in 0..<channels {
            planes[channel].removeFirst(planes[channel].count - Self.before - Self.after)
            planes[channel].reserveCapacity(Self.before + Self.after + frames)
            for frame in 0..<frames { planes[channel].append(input[frame * channels + channel]) }
        }
    }

    /// The largest absolute sample in frames `range` (plane indices) of every channel, with the context the
    /// interpolator would read.
    func samplePeak(_ range: Range<Int>) -> Float {
        var peak: Float = 0
        for plane in planes {
            for index in (range.lowerBound - Self.before)..<(range.upperBound + Self.after) {
                peak = max(peak, abs(plane[index]))
            }
        }
        return peak
    }
}
