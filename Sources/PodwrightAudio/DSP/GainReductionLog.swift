/// The limiter's smallest gain in every stretch of `stride` frames (100 ms in the assembler), so that the report
/// can say which segment the limiter worked on. Four bytes per stretch: an hour is 140 KB.
struct GainReductionLog: Sendable {
    /// The smallest gain per stretch, in order.
    private(set) var minima: [Float] = []
    let stride: Int
    private var count = 0
    private var smallest: Float = 1

    init(stride: Int) {
        self.stride = max(1, stride)
    }

    /// Records `frames` frames at unity gain.
    mutating func addUnity(frames: Int) {
        var left = frames
        while left > 0 {
            let run = min(left, stride - count)
            count += run
            left -= run
            if count == stride { close() }
        }
    }

    /// Records one gain per frame.
    mutating func add(_ gains: UnsafePointer<Float>, frames: Int) {
        var index = 0
        while index < frames {
            let run = min(frames - index, stride - count)
            var low = smallest
            for k in index..<(index + run) { low = min(low, gains[k]) }
            smallest = low
            count += run
            index += run
            if count == stride { close() }
        }
    }

    /// Closes the last, partial stretch.
    mutating func finish() {
        if count > 0 { close() }
    }

    private mutating func close() {
        minima.append(smallest)
        smallest = 1
        count = 0
    }
}
