import Foundation

/// The inter-sample envelope of one channel: a polyphase windowed-sinc interpolator in the style of ITU-R BS.1770-4
/// Annex 2 (4× at 44.1/48 kHz, 2× at 88.2/96 kHz, none from 176.4 kHz), vectorised eight outputs at a time.
///
/// Phase 0 is the sample itself, so the envelope never reads below the sample peak. Phases 1…L−1 are
/// fractional-delay filters of 12 taps (x[n−5] … x[n+6]) from a Kaiser-windowed sinc (β = 7, cut-off at Nyquist),
/// each normalised to unity gain at DC. Steady sines read within 0.01 dB of their amplitude up to 0.42 × fs (the
/// 4× grid itself may miss up to 0.3 dB right at the top of the band, as every BS.1770 meter does).
/// The output for sample n is available once x[n+6] has arrived: ``latency`` is 6 frames.
struct PolyphaseOversampler {
    /// Taps per phase.
    static let taps = 12
    /// Frames between an input sample and its envelope value.
    static let latency = 6
    /// Cut-off as a fraction of the input Nyquist frequency. Lower values read full-band material low against
    /// libebur128 and ffmpeg; with β = 7 the window alone keeps over-reading of high tones under 0.01 dB.
    static let cutoff = 1.0
    /// Oversampling factor.
    let factor: Int
    /// `(factor − 1) × taps` coefficients, each broadcast to a vector.
    let coefficients: [SIMD8<Float>]
    /// The largest sum of absolute coefficients over the phases: no interpolated value can exceed the largest
    /// sample in its window by more than this factor, which lets quiet stretches skip the filter exactly.
    let bound: Float

    /// Makes the interpolator for `sampleRate`.
    init(sampleRate: Int) {
        factor = sampleRate < 88_200 ? 4 : sampleRate < 176_400 ? 2 : 1
        var coefficients: [SIMD8<Float>] = []
        var bound: Float = 1
        for phase in 1..<max(factor, 1) {
            let offset = Double(phase) / Double(factor)
            var row = (0..<Self.taps).map { tap -> Double in
                let position = Double(tap - 5) - offset
                return Self.sinc(Self.cutoff * position) * Self.kaiser(position, halfWidth: 6, beta: 7)
            }
            let sum = row.reduce(0, +)
            row = row.map { $0 / sum }
            bound = max(bound, Float(row.map(abs).reduce(0, +)))
            coefficients += row.map { SIMD8<Float>(repeating: Float($0)) }
        }
        self.coefficients = coefficients
        self.bound = bound
    }

    /// Outputs per stretch whose samples are checked against the skip threshold together.
    static let stretch = 256

    /// Envelope of `count` outputs from `line`, which holds `count + taps − 1` samples: output n is the largest
    /// magnitude of sample `line[n + 5]` and its interpolated values up to the next sample.
    ///
    /// Stretches of ``stretch`` outputs whose samples cannot reach `threshold` (largest sample × ``bound`` below it)
    /// are skipped: their envelope is written as 0, meaning "below the threshold".
    /// - Parameters:
    ///   - line: Samples; `line[n ..< n + 12]` is the window of output n.
    ///   - count: Outputs wanted.
    ///   - envelope: Receives `count` values, or `nil` when only the maximum is wanted.
    ///   - threshold: Values at or below this are not needed.
    ///   - raisingThreshold: Raise the threshold to the largest value found so far (for a peak meter).
    /// - Returns: The largest envelope value computed (0 if every stretch was skipped).
    func envelope(
        _ line: UnsafePointer<Float>,
        count: Int,
        into envelope: UnsafeMutablePointer<Float>?,
        threshold: Float,
        raisingThreshold: Bool
    ) -> Float {
        var result: Float = 0
        var limit = threshold
        var start = 0
        while start < count {
            let length = min(Self.stretch, count - start)
            let loudest = OversamplerLine.maxMagnitude(line + start, count: length + Self.taps - 1)
            if loudest * bound <= limit {
                envelope.map { ($0 + start).update(repeating: 0, count: length) }
            } else {
                let found = stretchEnvelope(line + start, count: length, into: envelope.map { $0 + start })
                result = max(result, found)
                if raisingThreshold { limit = max(limit, found) }
            }
            start += length
        }
        return result
    }

    /// Envelope of one stretch, eight outputs at a time.
    private func stretchEnvelope(
        _ line: UnsafePointer<Float>,
        count: Int,
        into envelope: UnsafeMutablePointer<Float>?
    ) -> Float {
        var peak = SIMD8<Float>(repeating: 0)
        let vectorCount = count & ~7
        let raw = UnsafeRawPointer(line)
        coefficients.withUnsafeBufferPointer { taps in
            var n = 0
            while n < vectorCount {
                let best = factor == 4 ? fourPhases(raw + n * 4, taps) : anyPhases(raw + n * 4, taps)
                if let envelope {
                    (UnsafeMutableRawPointer(envelope) + n * 4).storeBytes(of: best, as: SIMD8<Float>.self)
                }
                peak = peak.laneMax(best)
                n += 8
            }
        }
        var result = peak.max()
        for n in vectorCount..<count {
            let value = scalarEnvelope(line + n)
            envelope?[n] = value
            result = max(result, value)
        }
        return result
    }

    /// The 4× case: each window vector is loaded once and feeds all three interpolating phases.
    @inline(__always)
    private func fourPhases(_ window: UnsafeRawPointer, _ taps: UnsafeBufferPointer<SIMD8<Float>>) -> SIMD8<Float> {
        var first = SIMD8<Float>(repeating: 0)
        var second = SIMD8<Float>(repeating: 0)
        var third = SIMD8<Float>(repeating: 0)
        for tap in 0..<Self.taps {
            let samples = (window + tap * 4).loadUnaligned(as: SIMD8<Float>.self)
            first += taps[tap] * samples
            second += taps[Self.taps + tap] * samples
            third += taps[2 * Self.taps + tap] * samples
        }
        let centre = (window + 5 * 4).loadUnaligned(as: SIMD8<Float>.self)
        return centre.laneMagnitude.laneMax(first.laneMagnitude)
            .laneMax(second.laneMagnitude.laneMax(third.laneMagnitude))
    }

    /// Any factor (2× at 96 kHz, 1× from 176.4 kHz).
    @inline(__always)
    private func anyPhases(_ window: UnsafeRawPointer, _ taps: UnsafeBufferPointer<SIMD8<Float>>) -> SIMD8<Float> {
        var best = (window + 5 * 4).loadUnaligned(as: SIMD8<Float>.self).laneMagnitude
        for phase in 0..<(factor - 1) {
            var sum = SIMD8<Float>(repeating: 0)
            for tap in 0..<Self.taps {
                sum += taps[phase * Self.taps + tap] * (window + tap * 4).loadUnaligned(as: SIMD8<Float>.self)
            }
            best = best.laneMax(sum.laneMagnitude)
        }
        return best
    }

    /// The envelope of one output from its 12-sample window.
    func scalarEnvelope(_ window: UnsafePointer<Float>) -> Float {
        var best = abs(window[5])
        for phase in 0..<(factor - 1) {
            var sum: Float = 0
            for tap in 0..<Self.taps { sum += coefficients[phase * Self.taps + tap][0] * window[tap] }
            best = max(best, abs(sum))
        }
        return best
    }

    private static func sinc(_ x: Double) -> Double {
        x == 0 ? 1 : sin(Double.pi * x) / (Double.pi * x)
    }

    private static func kaiser(_ x: Double, halfWidth: Double, beta: Double) -> Double {
        let ratio = x / halfWidth
        guard abs(ratio) <= 1 else { return 0 }
        return besselI0(beta * (1 - ratio * ratio).squareRoot()) / besselI0(beta)
    }

    private static func besselI0(_ x: Double) -> Double {
        var sum = 1.0
        var term = 1.0
        for k in 1..<30 {
            term *= (x / (2 * Double(k))) * (x / (2 * Double(k)))
            sum += term
        }
        return sum
    }
}
