import Foundation

/// 4× oversampled peak detection (BS.1770 true peak) with a 32-tap Kaiser-windowed sinc per phase, vectorised.
///
/// Short interpolators (libebur128's has 12 taps a phase) miss inter-sample peaks of broadband material by half a
/// dB or more; at 32 taps the estimate agrees with a long reference filter to about 0.05 dB. It is fast where it
/// matters: a stretch whose sample peak, times the interpolator's worst-case gain, stays below the level of
/// interest cannot hold an inter-sample peak that high, so quiet stretches skip the filter.
struct InterSamplePeak: Sendable {
    /// Taps per phase: the point between `n` and `n + 1` reads samples `n − 15 … n + 16`.
    static let taps = 32
    /// Frames of context needed before and after a judged frame.
    static let context = 16
    /// The half-sample phase is symmetric and the quarter phases mirror each other, so each pair of samples
    /// `k`, `31 − k` is summed and differenced once and weighted by 16-entry halves: half the multiplies of three
    /// 32-tap filters. `middle[k]` weighs the sums for the half-sample point; `even[k]` (the sums) and `odd[k]` (the
    /// differences) give the quarter and three-quarter points as their sum and difference.
    private let middle: [SIMD8<Float>]
    private let even: [SIMD8<Float>]
    private let odd: [SIMD8<Float>]
    /// No interpolated value exceeds the local sample peak by more than this factor.
    let worstCaseGain: Float

    init() {
        func bessel0(_ x: Double) -> Double {
            var sum = 1.0
            var term = 1.0
            for k in 1..<30 {
                term *= (x / (2 * Double(k))) * (x / (2 * Double(k)))
                sum += term
            }
            return sum
        }
        let beta = 8.0
        var phases: [[Double]] = []
        for phase in 1...3 {
            let fraction = Double(phase) / 4
            var taps: [Double] = []
            for k in 0..<Self.taps {
                let t = Double(k - 15) - fraction
                let sinc = sin(Double.pi * t) / (Double.pi * t)
                let ratio = t / 16.5
                let window = bessel0(beta * (1 - ratio * ratio).squareRoot()) / bessel0(beta)
                taps.append(sinc * window)
            }
            let sum = taps.reduce(0, +)
            phases.append(taps.map { $0 / sum })
        }
        let quarter = phases[0]
        let half = Self.taps / 2
        middle = (0..<half).map { SIMD8(repeating: Float(phases[1][$0])) }
        even = (0..<half).map { SIMD8(repeating: Float((quarter[$0] + quarter[Self.taps - 1 - $0]) / 2)) }
        odd = (0..<half).map { SIMD8(repeating: Float((quarter[$0] - quarter[Self.taps - 1 - $0]) / 2)) }
        worstCaseGain = Float(phases.map { $0.reduce(0) { $0 + abs($1) } }.max() ?? 1)
    }

    /// For each frame `f` in `frames`, the largest magnitude of the 4× oversampled signal from `f − 1` to `f + 1`
    /// (the sample itself and the interpolated points on either side), written to `peaks[f - frames.lowerBound]`.
    /// - Parameters:
    ///   - samples: one channel, contiguous; indices `frames.lowerBound − 16 ..< frames.upperBound + 24` are read.
    ///   - frames: the frames to judge.
    ///   - peaks: receives `frames.count` values.
    func peaks(_ samples: UnsafePointer<Float>, frames: Range<Int>, into peaks: UnsafeMutablePointer<Float>) {
        // between[i]: the largest interpolated magnitude between frame (lower − 1 + i) and the next.
        let count = frames.count + 1
        let stride = MemoryLayout<Float>.stride
        withUnsafeTemporaryAllocation(of: Float.self, capacity: count + 8) { between in
            middle.withUnsafeBufferPointer { middle in
                even.withUnsafeBufferPointer { even in
                    odd.withUnsafeBufferPointer { odd in
                        var index = 0
                        while index < count {
                            let frame = frames.lowerBound - 1 + index
                            let base = UnsafeRawPointer(samples + frame - 15)
                            var half = SIMD8<Float>()
                            var sums = SIMD8<Float>()
                            var differences = SIMD8<Float>()
                            for k in 0..<(Self.taps / 2) {
                                let near = (base + k * stride).loadUnaligned(as: SIMD8<Float>.self)
                                let far = (base + (Self.taps - 1 - k) * stride).loadUnaligned(as: SIMD8<Float>.self)
                                let sum = near + far
                                half += middle[k] * sum
                                sums += even[k] * sum
                                differences += odd[k] * (near - far)
                            }
                            let first = sums + differences
                            let third = sums - differences
                            let m = first.laneMagnitude.laneMax(half.laneMagnitude).laneMax(third.laneMagnitude)
                            // A whole vector at a time: `between` has room for the last one's spare lanes.
                            UnsafeMutableRawPointer(between.baseAddress! + index).storeBytes(
                                of: m, as: SIMD8<Float>.self)
                            index += 8
                        }
                    }
                }
            }
            for offset in 0..<frames.count {
                let sample = abs(samples[frames.lowerBound + offset])
                peaks[offset] = max(sample, between[offset], between[offset + 1])
            }
        }
    }
}
