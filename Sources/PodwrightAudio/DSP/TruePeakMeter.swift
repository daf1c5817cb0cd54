import Foundation

/// Maximum true peak (ITU-R BS.1770-4 Annex 2: 4× oversampled at 48 kHz) and sample peak of interleaved float audio.
///
/// Our own vectorised polyphase interpolator instead of libebur128's true-peak mode, which costs about four loudness
/// scans. Stretches whose samples are too low to beat the peak found so far (by the interpolator's worst-case gain)
/// skip the filter; the result is exactly what the full computation gives.
public struct TruePeakMeter: Sendable {
    /// Frames per second.
    public let sampleRate: Int
    /// Interleaved channels.
    public let channels: Int
    private let oversampler: PolyphaseOversampler
    private var lines: [OversamplerLine]
    private var peak: Float = 0
    /// The largest sample magnitude so far, linear.
    public private(set) var samplePeak: Float = 0
    private static let block = 4096

    /// Makes a meter.
    public init(sampleRate: Int, channels: Int) {
        precondition(sampleRate > 0 && channels > 0, "rate and channels must be positive")
        self.sampleRate = sampleRate
        self.channels = channels
        oversampler = PolyphaseOversampler(sampleRate: sampleRate)
        lines = Array(repeating: OversamplerLine(capacity: Self.block), count: channels)
    }

    /// Measures more interleaved frames.
    public mutating func add(_ interleaved: UnsafeBufferPointer<Float>) {
        guard let base = interleaved.baseAddress else { return }
        let frames = interleaved.count / channels
        var start = 0
        while start < frames {
            let count = min(Self.block, frames - start)
            for channel in 0..<channels {
                lines[channel].load(base + start * channels, channel: channel, channels: channels, frames: count)
                samplePeak = max(samplePeak, lines[channel].newMagnitude())
                let threshold = max(peak, samplePeak)
                let found = lines[channel].samples.withUnsafeBufferPointer { line in
                    oversampler.envelope(
                        line.baseAddress!,
                        count: count,
                        into: nil,
                        threshold: threshold,
                        raisingThreshold: true
                    )
                }
                peak = max(peak, found)
                lines[channel].advance()
            }
            start += count
        }
    }

    /// The largest true peak so far, linear (1.0 = full scale). Includes the last frames, read against silence after.
    public var truePeak: Float {
        var result = max(peak, samplePeak)
        let pending = PolyphaseOversampler.latency
        var tail = [Float](repeating: 0, count: OversamplerLine.history + pending + 8)
        for line in lines {
            for index in 0..<OversamplerLine.history { tail[index] = line.samples[index] }
            let found = tail.withUnsafeBufferPointer { buffer in
                oversampler.envelope(
                    buffer.baseAddress!,
                    count: pending,
                    into: nil,
                    threshold: 0,
                    raisingThreshold: false
                )
            }
            result = max(result, found)
        }
        return result
    }

    /// The largest true peak so far in dBTP (`-infinity` for digital silence).
    public var truePeakDBTP: Double { Decibels.level(Double(truePeak)) }

    /// The largest sample magnitude so far in dBFS (`-infinity` for digital silence).
    public var samplePeakDBFS: Double { Decibels.level(Double(samplePeak)) }
}
