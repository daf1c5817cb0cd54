import Foundation

/// A look-ahead true-peak limiter: keeps the 4× oversampled peak at or below a ceiling in dBTP and leaves everything
/// else alone (gain exactly 1.0, samples bit-identical, wherever the signal stays under the ceiling).
///
/// Detection reuses the ``TruePeakMeter``'s polyphase oversampler; the gain ramps down over the look-ahead (5 ms by
/// default) so it reaches its target as the peak arrives, and recovers with an exponential release (80 ms). Streaming,
/// with a fixed delay of ``latencyFrames`` that the limiter removes itself: the first call returns fewer frames than
/// it was given, ``flush(into:)`` returns the rest, and output frame i is always input frame i times its gain.
public struct TruePeakLimiter: Sendable {
    /// Frames per second.
    public let sampleRate: Int
    /// Interleaved channels (linked: one gain for all).
    public let channels: Int
    /// The ceiling in dBTP.
    public let ceilingDBTP: Double
    /// Frames between a frame going in and its coming out.
    public let latencyFrames: Int
    /// What the limiter did so far.
    public internal(set) var statistics = LimiterStatistics()

    let ceiling: Float
    let target: Float
    let oversampler: PolyphaseOversampler
    var lines: [OversamplerLine]
    var envelope: [Float]
    var channelEnvelope: [Float]
    var gains: [Float]
    var delay: [Float]
    var computer: LimiterGainComputer
    var framesToDrop: Int
    private static let block = 4096
    /// Aim this far under the ceiling when limiting, for the small overshoot a moving gain adds between samples.
    private static let marginDB = 0.05

    /// Makes a limiter.
    /// - Parameters:
    ///   - sampleRate: Frames per second.
    ///   - channels: Interleaved channels.
    ///   - ceilingDBTP: The highest true peak allowed (default −1 dBTP).
    ///   - lookAheadSeconds: How early the gain starts to fall before a peak (default 5 ms).
    ///   - releaseSeconds: Time constant of the recovery after a peak (default 80 ms).
    public init(
        sampleRate: Int,
        channels: Int,
        ceilingDBTP: Double = -1,
        lookAheadSeconds: Double = 0.005,
        releaseSeconds: Double = 0.08
    ) {
        precondition(sampleRate > 0 && channels > 0, "rate and channels must be positive")
        self.sampleRate = sampleRate
        self.channels = channels
        self.ceilingDBTP = ceilingDBTP
        ceiling = Float(pow(10, ceilingDBTP / 20))
        target = Float(pow(10, (ceilingDBTP - Self.marginDB) / 20))
        oversampler = PolyphaseOversampler(sampleRate: sampleRate)
        let lookAhead = max(1, Int((lookAheadSeconds * Double(sampleRate)).rounded()))
        latencyFrames = lookAhead + PolyphaseOversampler.latency
        framesToDrop = latencyFrames
        computer = LimiterGainComputer(lookAhead: lookAhead, releaseFrames: releaseSeconds * Double(sampleRate))
        lines = Array(repeating: OversamplerLine(capacity: Self.block), count: channels)
        envelope = [Float](repeating: 0, count: Self.block + 8)
        channelEnvelope = [Float](repeating: 0, count: Self.block + 8)
        gains = [Float](repeating: 1, count: Self.block)
        delay = [Float](repeating: 0, count: (latencyFrames + Self.block) * channels)
        statistics.sampleRate = sampleRate
    }

    /// Limits `input` and replaces the contents of `output` with the frames ready so far.
    /// - Parameters:
    ///   - input: Interleaved frames.
    ///   - output: Receives interleaved frames, in order, delayed by at most ``latencyFrames``; capacity is reused.
    public mutating func process(_ input: UnsafeBufferPointer<Float>, into output: inout [Float]) {
        output.removeAll(keepingCapacity: true)
        guard let base = input.baseAddress else { return }
        let frames = input.count / channels
        var start = 0
        while start < frames {
            let count = min(Self.block, frames - start)
            processBlock(base + start * channels, frames: count, into: &output)
            start += count
        }
    }

    /// Replaces the contents of `output` with the last ``latencyFrames`` frames still inside; call once at the end.
    public mutating func flush(into output: inout [Float]) {
        output.removeAll(keepingCapacity: true)
        let silence = [Float](repeating: 0, count: latencyFrames * channels)
        silence.withUnsafeBufferPointer { processBlock($0.baseAddress!, frames: latencyFrames, into: &output) }
    }
}
