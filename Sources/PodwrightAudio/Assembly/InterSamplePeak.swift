import Foundation

/// 4× oversampled peak detection (BS.1770 true peak): a 48-tap windowed-sinc interpolator in four phases.
///
/// Fast where it matters: a stretch whose sample peak, times the interpolator's worst-case gain, stays below the
/// level of interest cannot hold a higher inter-sample peak, so only loud stretches are oversampled.
struct InterSamplePeak: Sendable {
    /// Taps per phase; the interpolated value between samples `n` and `n + 1` uses samples `n − 5 … n + 6`.
    static let taps = 12
    /// The three fractional phases (¼, ½, ¾); phase 0 is the sample itself.
    let phases: [[Float]]
    /// The largest sum of absolute taps over the phases: no interpolated value exceeds the local sample peak by more.
    let worstCaseGain: Float

    init() {
        var phases: [[Float]] = []
        for phase in 1...3 {
            var taps: [Float] = []
            let fraction = Double(phase) / 4
            for k in 0..<Self.taps {
                // Tap k weighs sample n − 5 + k for the point n + fraction.
                let t = Double(k - 5) - fraction
                let sinc = t == 0 ? 1 : sin(Double.pi * t) / (Double.pi * t)
                // Kaiser-like taper (Blackman) over ±6 samples.
                let x = (t + 6) / 12
                let window = 0.42 - 0.5 * cos(2 * Double.pi * x) + 0.08 * cos(4 * Double.pi * x)
                taps.append(Float(sinc * window))
            }
            let sum = taps.reduce(0, +)
            phases.append(taps.map { $0 / sum })
        }
        self.phases = phases
        worstCaseGain = phases.map { $0.reduce(0) { $0 + abs($1) } }.max() ?? 1
    }

    /// The largest interpolated magnitude between sample `n` and `n + 1` of one channel.
    /// - Parameters:
    ///   - samples: interleaved samples; indices `n − 5 … n + 6` (times `stride`, plus `channel`) must be valid.
    ///   - n: the frame.
    @inline(__always)
    func peakAfter(_ samples: UnsafePointer<Float>, frame n: Int, channel: Int, stride: Int) -> Float {
        var best: Float = 0
        let base = samples + (n - 5) * stride + channel
        for phase in phases {
            var sum: Float = 0
            phase.withUnsafeBufferPointer { taps in
                for k in 0..<Self.taps { sum += taps[k] * base[k * stride] }
            }
            best = max(best, abs(sum))
        }
        return best
    }
}
