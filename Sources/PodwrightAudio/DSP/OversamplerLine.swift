/// One channel's sliding window for ``PolyphaseOversampler``: the last `taps − 1` samples followed by a block of new
/// ones, in a buffer allocated once.
struct OversamplerLine {
    static let history = PolyphaseOversampler.taps - 1
    /// Frames of new input one block may hold.
    let capacity: Int
    private(set) var samples: [Float]
    /// New frames loaded after the history.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        // Eight spare floats so vector loads past the last output never leave the buffer.
        samples = [Float](repeating: 0, count: Self.history + capacity + 8)
    }

    /// Copies `frames` samples of `channel` from interleaved `input` after the history.
    mutating func load(_ input: UnsafePointer<Float>, channel: Int, channels: Int, frames: Int) {
        precondition(frames <= capacity, "block larger than the line")
        let offset = Self.history
        samples.withUnsafeMutableBufferPointer { line in
            if channels == 1 {
                (line.baseAddress! + offset).update(from: input, count: frames)
            } else {
                for frame in 0..<frames { line[offset + frame] = input[frame * channels + channel] }
            }
        }
        count = frames
    }

    /// Keeps the last `history` samples as the start of the next block.
    mutating func advance() {
        let count = self.count
        samples.withUnsafeMutableBufferPointer { line in
            let base = line.baseAddress!
            base.update(from: base + count, count: Self.history)
        }
        self.count = 0
    }

    /// The largest magnitude among the history and the new samples (every sample any output of this block reads).
    func windowMagnitude() -> Float {
        samples.withUnsafeBufferPointer { Self.maxMagnitude($0.baseAddress!, count: Self.history + count) }
    }

    /// The largest magnitude among the new samples only.
    func newMagnitude() -> Float {
        samples.withUnsafeBufferPointer { Self.maxMagnitude($0.baseAddress! + Self.history, count: count) }
    }

    /// The largest magnitude of `count` samples, eight at a time.
    static func maxMagnitude(_ pointer: UnsafePointer<Float>, count: Int) -> Float {
        var peak = SIMD8<Float>(repeating: 0)
        let raw = UnsafeRawPointer(pointer)
        let vectorCount = count & ~7
        var index = 0
        while index < vectorCount {
            peak = peak.laneMax((raw + index * 4).loadUnaligned(as: SIMD8<Float>.self).laneMagnitude)
            index += 8
        }
        var result = peak.max()
        while index < count {
            result = max(result, abs(pointer[index]))
            index += 1
        }
        return result
    }
}
