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
    private let phase1: [Float]
    private let phase2: [Float]
    private let phase3: [Float]
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
        var phases: [[Float]] = []
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
            phases.append(taps.map { Float($0 / sum) })
        }
        phase1 = phases[0]
        phase2 = phases[1]
        phase3 = phases[2]
        worstCaseGain = phases.map { $0.reduce(0) { $0 + abs($1) } }.max() ?? 1
    }

    /// For each frame `f` in `frames`, the largest magnitude of the 4× oversampled signal from `f − 1` to `f + 1`
    /// (the sample itself and the interpolated points on either side), written to `peaks[f - frames.lowerBound]`.
    /// - Parameters:
    ///   - samples: one channel, contiguous; indices `frames.lowerBound − 16 ..< frames.upperBound + 16` are read.
    ///   - frames: the frames to judge.
    ///   - peaks: receives `frames.count` values.
    func peaks(_ samples: UnsafePointer<Float>, frames: Range<Int>, into peaks: UnsafeMutablePointer<Float>) {
        // between[i]: the largest interpolated magnitude between frame (lower − 1 + i) and the next.
        let count = frames.count + 1
        withUnsafeTemporaryAllocation(of: Float.self, capacity: count + 8) { between in
            phase1.withUnsafeBufferPointer { h1 in
                phase2.withUnsafeBufferPointer { h2 in
                    phase3.withUnsafeBufferPointer { h3 in
                        var index = 0
                        while index < count {
                            let frame = frames.lowerBound - 1 + index
                            let base = UnsafeRawPointer(samples + frame - 15)
                            var a1 = SIMD8<Float>()
                            var a2 = SIMD8<Float>()
                            var a3 = SIMD8<Float>()
                            for k in 0..<Self.taps {
                                let v = (base + k * MemoryLayout<Float>.stride).loadUnaligned(as: SIMD8<Float>.self)
                                a1 += h1[k] * v
                                a2 += h2[k] * v
                                a3 += h3[k] * v
                            }
                            let m = magnitudeMax(magnitudeMax(a1, a2), a3)
                            for lane in 0..<min(8, count - index) { between[index + lane] = m[lane] }
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

/// The larger magnitude, lane by lane (negatives flipped, then the larger kept), without a generic call.
@inline(__always)
private func magnitudeMax(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
    let x = a.replacing(with: -a, where: a .< 0)
    let y = b.replacing(with: -b, where: b .< 0)
    return x.replacing(with: y, where: y .> x)
}
