/// Triangular-PDF dither and rounding to 16-bit.
///
/// Two independent uniform values of ±½ LSB summed give triangular noise of ±1 LSB: it removes the signal-dependent
/// distortion of plain rounding (audible as grit on fades and quiet room tone) for about 4.8 dB more noise floor,
/// still near −91 dBFS. No noise shaping: speech delivered as MP3/Opus is re-encoded anyway.
struct TPDFDither {
    private var state: UInt64

    init(seed: UInt64 = 0x9E37_79B9_7F4A_7C15) {
        state = seed == 0 ? 1 : seed
    }

    /// Converts float samples in [-1, 1) to 16-bit with dither (or plain rounding when `enabled` is false).
    mutating func quantise(
        _ input: UnsafeBufferPointer<Float>,
        into output: UnsafeMutableBufferPointer<Int16>,
        enabled: Bool
    ) {
        let scale: Float = 32768
        for index in 0..<input.count {
            var value = input[index] * scale
            if enabled { value += nextTriangular() }
            let rounded = value.rounded(.toNearestOrEven)
            output[index] = Int16(max(-32768, min(32767, rounded)))
        }
    }

    private mutating func nextTriangular() -> Float {
        // xorshift64*: fast, allocation-free and plenty random for dither.
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        let bits = state &* 0x2545_F491_4F6C_DD1D
        let first = Float(UInt32(truncatingIfNeeded: bits) >> 8) * (1.0 / 16_777_216)
        let second = Float(UInt32(truncatingIfNeeded: bits >> 32) >> 8) * (1.0 / 16_777_216)
        return first - second
    }
}
