import Foundation

extension TruePeakLimiter {
    /// Limits one block of at most `block` frames and appends the frames that leave the delay line.
    mutating func processBlock(_ input: UnsafePointer<Float>, frames: Int, into output: inout [Float]) {
        let needsGain = detect(input, frames: frames)
        let channels = self.channels
        let latency = latencyFrames
        // The delay line holds `latency` older frames, then this block.
        delay.withUnsafeMutableBufferPointer { line in
            (line.baseAddress! + latency * channels).update(from: input, count: frames * channels)
        }
        if needsGain {
            computeGains(frames: frames)
        } else {
            computer.skipIdle(frames)
        }
        let drop = min(framesToDrop, frames)
        framesToDrop -= drop
        delay.withUnsafeMutableBufferPointer { line in
            let base = line.baseAddress!
            if needsGain {
                gains.withUnsafeBufferPointer { gain in
                    for frame in 0..<frames where gain[frame] != 1 {
                        for channel in 0..<channels { base[frame * channels + channel] *= gain[frame] }
                    }
                }
            }
            output.append(
                contentsOf: UnsafeBufferPointer(
                    start: base + drop * channels,
                    count: (frames - drop) * channels
                )
            )
            base.update(from: base + frames * channels, count: latency * channels)
        }
    }

    /// Fills `envelope` with the linked true-peak envelope of this block (output index n belongs to the frame
    /// `PolyphaseOversampler.latency` frames before input n). Returns false when no frame can reach the ceiling and
    /// the gain computer is idle, so the block passes untouched.
    private mutating func detect(_ input: UnsafePointer<Float>, frames: Int) -> Bool {
        var loud = false
        for channel in 0..<channels {
            lines[channel].load(input, channel: channel, channels: channels, frames: frames)
            if lines[channel].windowMagnitude() * oversampler.bound > ceiling { loud = true }
        }
        if !loud, computer.isIdle {
            for channel in 0..<channels { lines[channel].advance() }
            return false
        }
        envelope.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        for channel in 0..<channels {
            lines[channel].samples.withUnsafeBufferPointer { line in
                channelEnvelope.withUnsafeMutableBufferPointer { values in
                    _ = oversampler.envelope(
                        line.baseAddress!,
                        count: frames,
                        into: values.baseAddress!,
                        threshold: ceiling,
                        raisingThreshold: false
                    )
                    envelope.withUnsafeMutableBufferPointer { linked in
                        for frame in 0..<frames { linked[frame] = max(linked[frame], values[frame]) }
                    }
                }
            }
            lines[channel].advance()
        }
        return true
    }

    private mutating func computeGains(frames: Int) {
        let (ceiling, target) = (self.ceiling, self.target)
        var computer = self.computer
        let result = envelope.withUnsafeBufferPointer { levels in
            gains.withUnsafeMutableBufferPointer { gains in
                computer.run(levels.baseAddress!, count: frames, ceiling: ceiling, target: target,
                             gains: gains.baseAddress!)
            }
        }
        self.computer = computer
        statistics.framesLimited += result.limited
        statistics.smallestGain = min(statistics.smallestGain, result.smallest)
    }
}

/// What a ``TruePeakLimiter`` did.
public struct LimiterStatistics: Sendable, Equatable, Codable {
    /// Frames whose gain was below 1.
    public var framesLimited = 0
    /// The lowest gain applied (1 when the limiter never acted).
    public var smallestGain: Float = 1
    /// Frames per second, for ``secondsLimited``.
    public var sampleRate = 48_000

    public init() {}

    /// The deepest gain reduction in dB (0 when the limiter never acted; positive otherwise).
    public var maxGainReductionDB: Double { smallestGain >= 1 ? 0 : -20 * log10(Double(smallestGain)) }

    /// Time spent limiting.
    public var secondsLimited: Double { Double(framesLimited) / Double(sampleRate) }
}
