import Foundation

/// BS.1770 K-weighting (shelf + high-pass) for one channel at any sample rate, as running biquad state.
///
/// The assembler keeps 100 ms block energies per take so the episode's gated loudness can be computed from the plan,
/// with per-take gains, before a single sample is rendered.
struct AssemblyKFilter {
    private var b0, b1, b2, a1, a2: Double
    private var c0, c1, c2, d1, d2: Double
    private var x1 = 0.0, x2 = 0.0, y1 = 0.0, y2 = 0.0
    private var z1 = 0.0, z2 = 0.0

    init(sampleRate: Int) {
        let rate = Double(sampleRate)
        // Stage 1: the high shelf, from the BS.1770 analogue prototype at this rate.
        var f0 = 1681.974450955533
        let gain = 3.999843853973347
        var q = 0.7071752369554196
        var k = tan(Double.pi * f0 / rate)
        let vh = pow(10, gain / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q + k * k
        b0 = (vh + vb * k / q + k * k) / a0
        b1 = 2 * (k * k - vh) / a0
        b2 = (vh - vb * k / q + k * k) / a0
        a1 = 2 * (k * k - 1) / a0
        a2 = (1 - k / q + k * k) / a0
        // Stage 2: the RLB high-pass.
        f0 = 38.13547087602444
        q = 0.5003270373238773
        k = tan(Double.pi * f0 / rate)
        a0 = 1 + k / q + k * k
        c0 = 1
        c1 = -2
        c2 = 1
        d1 = 2 * (k * k - 1) / a0
        d2 = (1 - k / q + k * k) / a0
    }

    /// Filters one sample and returns its K-weighted square.
    @inline(__always)
    mutating func weightedSquare(_ x: Float) -> Double {
        let input = Double(x)
        let shelf = b0 * input + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2 = x1
        x1 = input
        y2 = y1
        y1 = shelf
        // Direct form II for the high-pass: `z` holds its state.
        let w = shelf - d1 * z1 - d2 * z2
        let out = c0 * w + c1 * z1 + c2 * z2
        z2 = z1
        z1 = w
        return out * out
    }
}

/// Gated integrated loudness (BS.1770-4) and loudness range (EBU Tech 3342) from 100 ms energies laid end to end,
/// computed in passes over the energies without building arrays of blocks, so memory stays flat for long episodes.
enum AssemblyGating {
    /// The loudness of a run of 100 ms mean-square energies (K-weighted, channel-summed).
    /// - Parameter energies: consecutive 100 ms block energies; gaps are zeros.
    /// - Returns: LUFS, or `nil` when nothing passes the absolute gate.
    static func integrated(_ energies: [Float]) -> Double? {
        guard energies.count >= 4 else {
            let mean = energies.reduce(0.0) { $0 + Double($1) } / Double(max(energies.count, 1))
            return mean > 0 ? lufs(mean) : nil
        }
        // 400 ms blocks overlapping by 75 %: four consecutive 100 ms energies.
        let absolute = energy(lufs: -70)
        let (loudSum, loudCount) = gatedSum(energies, length: 4, step: 1, above: absolute)
        guard loudCount > 0 else { return nil }
        let relative = loudSum / Double(loudCount) * pow(10, -10.0 / 10)
        let (sum, count) = gatedSum(energies, length: 4, step: 1, above: max(absolute, relative))
        guard count > 0 else { return nil }
        return lufs(sum / Double(count))
    }

    /// Loudness range: 3 s blocks every second, −70 LUFS absolute and −20 LU relative gates, 10th to 95th percentile.
    static func range(_ energies: [Float]) -> Double {
        let absolute = energy(lufs: -70)
        let (loudSum, loudCount) = gatedSum(energies, length: 30, step: 10, above: absolute)
        guard loudCount > 0 else { return 0 }
        let relative = max(absolute, loudSum / Double(loudCount) * pow(10, -20.0 / 10))
        // One short-term value a second: a few thousand even for a long episode.
        var values: [Float] = []
        forEachWindow(energies, length: 30, step: 10) { if $0 > relative { values.append(Float($0)) } }
        guard !values.isEmpty else { return 0 }
        values.sort()
        let last = Double(values.count - 1)
        return lufs(Double(values[Int(last * 0.95 + 0.5)])) - lufs(Double(values[Int(last * 0.10 + 0.5)]))
    }

    private static func gatedSum(_ energies: [Float], length: Int, step: Int, above gate: Double) -> (Double, Int) {
        var sum = 0.0
        var count = 0
        forEachWindow(energies, length: length, step: step) { window in
            if window > gate {
                sum += window
                count += 1
            }
        }
        return (sum, count)
    }

    /// Calls `body` with the mean of each `length` consecutive energies, starting every `step`.
    private static func forEachWindow(_ energies: [Float], length: Int, step: Int, _ body: (Double) -> Void) {
        guard energies.count >= length else { return }
        energies.withUnsafeBufferPointer { values in
            var start = 0
            while start + length <= values.count {
                var sum = 0.0
                for index in start..<(start + length) { sum += Double(values[index]) }
                body(sum / Double(length))
                start += step
            }
        }
    }

    static func lufs(_ energy: Double) -> Double { -0.691 + 10 * log10(energy) }

    static func energy(lufs: Double) -> Double { pow(10, (lufs + 0.691) / 10) }
}
