import Foundation

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
        let channels = self.channels
        let keep = Self.before + Self.after
        for channel in 0..<channels {
            var plane = planes[channel]
            planes[channel] = []
            let old = plane.count
            // Keep the context, then write the new frames after it in place.
            plane.withUnsafeMutableBufferPointer { buffer in
                _ = memmove(buffer.baseAddress!, buffer.baseAddress! + (old - keep), keep * MemoryLayout<Float>.stride)
            }
            if plane.count < keep + frames {
                plane.append(contentsOf: repeatElement(0, count: keep + frames - plane.count))
            } else if plane.count > keep + frames {
                plane.removeLast(plane.count - keep - frames)
            }
            plane.withUnsafeMutableBufferPointer { buffer in
                let target = buffer.baseAddress! + keep
                if channels == 1 {
                    target.update(from: input, count: frames)
                } else {
                    for frame in 0..<frames { target[frame] = input[frame * channels + channel] }
                }
            }
            planes[channel] = plane
        }
    }

    /// The largest absolute sample in frames `range` (plane indices) of every channel, with the context the
    /// interpolator would read.
    func samplePeak(_ range: Range<Int>) -> Float {
        var peak: Float = 0
        for plane in planes {
            plane.withUnsafeBufferPointer { buffer in
                let start = range.lowerBound - Self.before
                peak = max(
                    peak, largestMagnitude(buffer.baseAddress! + start, count: range.count + Self.before + Self.after))
            }
        }
        return peak
    }
}
