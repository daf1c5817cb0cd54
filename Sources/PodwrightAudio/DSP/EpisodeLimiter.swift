import Foundation

/// A look-ahead true-peak limiter: the gain is exactly 1 except around peaks that would pass the ceiling, where it
/// dips just enough (judged on 4× oversampled peaks) and recovers with a smooth release. It counts how much it acted.
///
/// Peaks are judged by two interpolators and the higher reading counts: our 32-tap one (close to ideal
/// reconstruction, and to ffmpeg's resampling meter) and the BS.1770-style 12-tap one of ``TruePeakMeter`` (and
/// libebur128), which reads broadband material up to half a dB higher. Judged by one alone, the output passed the
/// ceiling as the other measures it.
///
/// Delays the signal by ``latencyFrames``; the renderer drops that many frames at the start and flushes at the end,
/// so positions in the output are unchanged. While nothing comes near the ceiling it only copies samples.
struct EpisodeLimiter {
    /// Statistics for the report.
    struct Stats: Codable, Equatable, Sendable {
        /// Frames processed.
        var frames = 0
        /// Frames where the gain was below 1.
        var limitedFrames = 0
        /// The smallest gain applied.
        var smallestGain: Float = 1
        /// Gain reductions of at least 1 dB, counted once each.
        var events = 0
        /// The deepest gain reduction, dB (positive).
        var maxReductionDB: Double { -20 * log10(Double(smallestGain)) }
    }

    let channels: Int
    /// Look-ahead, release, margin and event thresholds.
    let policy: LimiterPolicy
    let ceiling: Float
    let lookahead: Int
    /// Frames the output lags the input: the peak detector's look-ahead plus the gain's.
    var latencyFrames: Int { lookahead - 1 + PlanarWindow.lag }
    private let releaseCoefficient: Double
    private let oversampler = InterSamplePeak()
    private let standard: PolyphaseOversampler
    private(set) var stats = Stats()
    /// The smallest gain per 100 ms, in input time (the output lags it by ``latencyFrames``).
    private(set) var log: GainReductionLog
    private var window: PlanarWindow
    private var required: [Float] = []
    private var gains: [Float] = []
    /// In Double: a Float release stalls a hair under 1, where its step falls below the rounding.
    private var envelope: Double = 1
    private let minimum: RunningMinimum
    private var box: [Float]
    private var boxIndex = 0
    /// Frames since the gain computer last saw anything below 1: after two look-aheads it is at rest.
    private var restingFrames = Int.max / 2
    /// The input not yet output: ``latencyFrames`` frames, then the current block.
    private var pending: [Float]
    private var inEvent = false

    init(sampleRate: Int, channels: Int, ceilingDB: Double, policy: LimiterPolicy = .standard) {
        self.channels = channels
        self.policy = policy
        log = GainReductionLog(stride: max(1, sampleRate / 10))
        // The margin covers the interpolator's error and the gain's variation across its taps.
        ceiling = Float(pow(10, (ceilingDB - policy.marginDB) / 20))
        lookahead = max(policy.minimumLookaheadFrames, Int(policy.lookaheadSeconds * Double(sampleRate)))
        releaseCoefficient = 1 - exp(-1 / (policy.releaseSeconds * Double(sampleRate)))
        standard = PolyphaseOversampler(sampleRate: sampleRate)
        window = PlanarWindow(channels: channels)
        minimum = RunningMinimum(length: lookahead)
        box = [Float](repeating: 1, count: lookahead)
        pending = [Float](repeating: 0, count: (lookahead - 1 + PlanarWindow.lag) * channels)
    }

    /// Limits `frames` frames of `input` into `output` (the same count, ``latencyFrames`` later in time).
    mutating func process(_ input: UnsafePointer<Float>, frames: Int, into output: UnsafeMutablePointer<Float>) {
        let channels = self.channels
        window.push(input, frames: frames)
        let quiet = computeRequiredGains(frames: frames)
        pending.append(contentsOf: UnsafeBufferPointer(start: input, count: frames * channels))
        stats.frames += frames
        if quiet && envelope == 1 && restingFrames >= 2 * lookahead {
            // At rest and nothing to catch: the gain is exactly 1, so the block is only delayed.
            restingFrames += frames
            log.addUnity(frames: frames)
            pending.withUnsafeBufferPointer { output.update(from: $0.baseAddress!, count: frames * channels) }
        } else {
            computeGains(frames: frames)
            gains.withUnsafeBufferPointer { log.add($0.baseAddress!, frames: frames) }
            pending.withUnsafeBufferPointer { delayed in
                gains.withUnsafeBufferPointer { gain in
                    for frame in 0..<frames {
                        let g = gain[frame]
                        for channel in 0..<channels {
                            output[frame * channels + channel] = delayed[frame * channels + channel] * g
                        }
                    }
                }
            }
        }
        pending.removeFirst(frames * channels)
    }

    /// The gain per frame from the required gains: instant attack spread over the look-ahead (minimum, then a box
    /// average), exponential release.
    private mutating func computeGains(frames: Int) {
        if gains.count < frames { gains = [Float](repeating: 1, count: frames) }
        let scale = 1 / Double(lookahead)
        let lookahead = self.lookahead
        let releaseCoefficient = self.releaseCoefficient
        let minimum = self.minimum
        let rest = 2 * lookahead
        let unity = policy.unityGain
        let thresholds = (start: policy.eventStartGain, end: policy.eventEndGain, unity: Float(unity))
        // Locals, not stored properties, in the per-frame loop, and raw buffers (the arrays are moved out first, so
        // no copy is made): no exclusivity, uniqueness or bounds checks per frame.
        var envelope = self.envelope
        var restingFrames = self.restingFrames
        var boxIndex = self.boxIndex
        var stats = self.stats
        var inEvent = self.inEvent
        var gains = self.gains
        var box = self.box
        self.gains = []
        self.box = []
        // The box's running sum restarts from its exact sum each block, so hours of updates cannot drift.
        var boxSum = box.reduce(0.0) { $0 + Double($1) }
        required.withUnsafeBufferPointer { required in
            gains.withUnsafeMutableBufferPointer { gains in
                box.withUnsafeMutableBufferPointer { box in
                    for frame in 0..<frames {
                        let r = Double(required[frame])
                        // At rest (the minimum and the box hold only 1s) and nothing to catch: the gain is exactly
                        // 1. Pushing 1s would change nothing that matters: any later value ≤ 1 replaces them.
                        if r >= 1, envelope == 1, restingFrames >= rest {
                            restingFrames += 1
                            gains[frame] = 1
                            inEvent = false
                            continue
                        }
                        if r < envelope {
                            envelope = r
                        } else if envelope < 1 {
                            // The release never rises past what this frame requires.
                            envelope = min(r, envelope + (1 - envelope) * releaseCoefficient)
                            // Snap the last ten-thousandth (−0.0009 dB) once nothing is required, so the gain is
                            // exactly 1 again after a peak, without a long inaudible tail of per-frame work.
                            if envelope > unity, r >= 1 { envelope = 1 }
                        }
                        restingFrames = envelope < 1 ? 0 : restingFrames + 1
                        let held = minimum.push(Float(envelope))
                        boxSum += Double(held) - Double(box[boxIndex])
                        box[boxIndex] = held
                        boxIndex = boxIndex + 1 == lookahead ? 0 : boxIndex + 1
                        let gain = Float(min(1, boxSum * scale))
                        gains[frame] = gain
                        Self.record(gain, in: &stats, inEvent: &inEvent, thresholds: thresholds)
                    }
                }
            }
        }
        self.envelope = envelope
        self.restingFrames = restingFrames
        self.boxIndex = boxIndex
        self.stats = stats
        self.inEvent = inEvent
        self.gains = gains
        self.box = box
    }

    /// Required gain per frame of the block, lagging the input by ``PlanarWindow/lag``: 1 unless a (true) peak
    /// passes the ceiling. Stretches whose sample peak cannot hide an inter-sample peak that high skip the filter.
    /// - Returns: whether every required gain is 1.
    private mutating func computeRequiredGains(frames: Int) -> Bool {
        let ceiling = self.ceiling
        let safe = ceiling / max(oversampler.worstCaseGain, standard.bound)
        let window = self.window
        let oversampler = self.oversampler
        let standard = self.standard
        var required = self.required
        self.required = []
        if required.count < frames { required = [Float](repeating: 1, count: frames) }
        let quiet = required.withUnsafeMutableBufferPointer { required in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 3 * 72) { scratch in
                // The chunk's peaks, one plane's 32-tap peaks, and its BS.1770 envelope.
                let chunk = scratch.baseAddress!
                let peaks = chunk + 72
                let envelope = chunk + 144
                var quiet = true
                var start = 0
                while start < frames {
                    let end = min(frames, start + 64)
                    let count = end - start
                    let range = (PlanarWindow.before + start)..<(PlanarWindow.before + end)
                    if window.samplePeak(range) < safe {
                        (required.baseAddress! + start).update(repeating: 1, count: count)
                        start = end
                        continue
                    }
                    chunk.update(repeating: 0, count: count)
                    for plane in 0..<window.channels {
                        window.planes[plane].withUnsafeBufferPointer { line in
                            let samples = line.baseAddress!
                            oversampler.peaks(samples, frames: range, into: peaks)
                            // The BS.1770 reading: envelope n covers frame `lower − 1 + n` up to the next frame;
                            // its window starts 5 frames earlier.
                            _ = standard.envelope(
                                samples + range.lowerBound - 1 - 5, count: count + 1, into: envelope, threshold: 0,
                                raisingThreshold: false)
                            for offset in 0..<count {
                                chunk[offset] = max(
                                    chunk[offset], peaks[offset], envelope[offset], envelope[offset + 1])
                            }
                        }
                    }
                    for offset in 0..<count {
                        let peak = chunk[offset]
                        if peak > ceiling {
                            quiet = false
                            required[start + offset] = ceiling / peak
                        } else {
                            required[start + offset] = 1
                        }
                    }
                    start = end
                }
                return quiet
            }
        }
        self.required = required
        return quiet
    }

    @inline(__always)
    private static func record(
        _ gain: Float, in stats: inout Stats, inEvent: inout Bool, thresholds: (start: Float, end: Float, unity: Float)
    ) {
        guard gain < thresholds.unity else {
            inEvent = false
            return
        }
        stats.limitedFrames += 1
        stats.smallestGain = min(stats.smallestGain, gain)
        // About −1 dB starts an event; it ends once the gain is back above about −0.5 dB.
        if gain <= thresholds.start, !inEvent {
            inEvent = true
            stats.events += 1
        } else if gain > thresholds.end {
            inEvent = false
        }
    }
}
