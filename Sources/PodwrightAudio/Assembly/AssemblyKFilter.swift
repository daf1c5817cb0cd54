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
