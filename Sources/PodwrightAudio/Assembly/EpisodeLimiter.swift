import Foundation

/// A look-ahead true-peak limiter: the gain is exactly 1 except around peaks that would pass the ceiling, where it
/// dips just enough (judged on 4× oversampled peaks) and recovers with a smooth release. It counts how much it acted.
///
/// Delays the signal by ``latencyFrames``; the renderer drops that many frames at the start and flushes at the end,
/// so positions in the output are unchanged.
struct EpisodeLimiter {
    /// Statistics for the report.
    struct Stats: Codable, Equatable, Sendable {
        /// Frames processed.
        var frames = 0
        /// Frames where the gain was below 1.
        var limitedFrames = 0
        /// The deepest gain reduction, dB (positive).
        var maxReductionDB = 0.0
        /// Gain reductions of at least 1 dB, counted once each.
        var events = 0
    }

    let channels: Int
    let ceiling: Float
    let lookahead: Int
    /// Frames the output lags the input: the peak detector's look-ahead plus the gain's.
    var latencyFrames: Int { lookahead - 1 + PlanarWindow.lag }
    private let releaseCoefficient: Float
    private let oversampler = InterSamplePeak()
    private(set) var stats = Stats()
    private var window: PlanarWindow
    private var required: [Float] = []
    private var chunkPeaks = [Float](repeating: 0, count: 64)
    private var envelope: Float = 1
    private var minimum: RunningMinimum
    private var box: [Float]
    private var boxIndex = 0
    private var boxSum: Float
    private var delay: [Float]
    private var delayIndex = 0
    private var inEvent = false

    init(sampleRate: Int, channels: Int, ceilingDB: Double, lookaheadSeconds: Double = 0.003) {
        self.channels = channels
        // A 0.1 dB margin covers the interpolator's error and the gain's variation across its taps.
        ceiling = Float(pow(10, (ceilingDB - 0.1) / 20))
        lookahead = max(8, Int(lookaheadSeconds * Double(sampleRate)))
        releaseCoefficient = Float(1 - exp(-1 / (0.08 * Double(sampleRate))))
        window = PlanarWindow(channels: channels)
        minimum = RunningMinimum(length: lookahead)
        box = [Float](repeating: 1, count: lookahead)
        boxSum = Float(lookahead)
        delay = [Float](repeating: 0, count: (lookahead - 1 + PlanarWindow.lag) * channels)
    }

    /// Limits `frames` frames of `input` into `output` (the same count, ``latencyFrames`` later in time).
    mutating func process(_ input: UnsafePointer<Float>, frames: Int, into output: UnsafeMutablePointer<Float>) {
        let channels = self.channels
        window.push(input, frames: frames)
        computeRequiredGains(frames: frames)
        let delayFrames = latencyFrames
        let scale = 1 / Float(lookahead)
        for frame in 0..<frames {
            let r = required[frame]
            envelope = r < envelope ? r : envelope + (1 - envelope) * releaseCoefficient
            let held = minimum.push(envelope)
            boxSum += held - box[boxIndex]
            box[boxIndex] = held
            boxIndex = boxIndex + 1 == lookahead ? 0 : boxIndex + 1
            let gain = min(1, boxSum * scale)
            let slot = delayIndex * channels
            for channel in 0..<channels {
                output[frame * channels + channel] = delay[slot + channel] * gain
                delay[slot + channel] = input[frame * channels + channel]
            }
            delayIndex = delayIndex + 1 == delayFrames ? 0 : delayIndex + 1
            record(gain)
        }
    }

    /// Required gain per frame of the block, lagging the input by ``PlanarWindow/lag``: 1 unless a (true) peak
    /// passes the ceiling. Stretches whose sample peak cannot hide an inter-sample peak that high skip the filter.
    private mutating func computeRequiredGains(frames: Int) {
        required.removeAll(keepingCapacity: true)
        let ceiling = self.ceiling
        let safe = ceiling / oversampler.worstCaseGain
        var start = 0
        while start < frames {
            let end = min(frames, start + 64)
            let range = (PlanarWindow.before + start)..<(PlanarWindow.before + end)
            if window.samplePeak(range) < safe {
                required.append(contentsOf: repeatElement(1, count: end - start))
            } else {
                for offset in 0..<(end - start) { chunkPeaks[offset] = 0 }
                for plane in window.planes {
                    plane.withUnsafeBufferPointer { samples in
                        withUnsafeTemporaryAllocation(of: Float.self, capacity: 64) { peaks in
                            oversampler.peaks(samples.baseAddress!, frames: range, into: peaks.baseAddress!)
                            for offset in 0..<(end - start) { chunkPeaks[offset] = max(chunkPeaks[offset], peaks[offset]) }
                        }
                    }
                }
                for offset in 0..<(end - start) {
                    let peak = chunkPeaks[offset]
                    required.append(peak > ceiling ? ceiling / peak : 1)
                }
            }
            start = end
        }
    }

    private mutating func record(_ gain: Float) {
        stats.frames += 1
        guard gain < 0.9999 else {
            inEvent = false
            return
        }
        stats.limitedFrames += 1
        let reduction = -20 * log10(Double(gain))
        if reduction > stats.maxReductionDB { stats.maxReductionDB = reduction }
        if reduction >= 1, !inEvent {
            inEvent = true
            stats.events += 1
        } else if reduction < 0.5 {
            inEvent = false
        }
    }
}
