/// The minimum of the last `length` values pushed, in constant amortised time (a monotonic queue).
struct RunningMinimum {
    private var values: [Float]
    private var indices: [Int]
    private var head = 0
    private var count = 0
    private var time = 0
    let length: Int

    init(length: Int) {
        self.length = length
        values = [Float](repeating: 0, count: length + 1)
        indices = [Int](repeating: 0, count: length + 1)
    }

    /// Pushes `value` and returns the minimum of the last `length` values.
    @inline(__always)
    mutating func push(_ value: Float) -> Float {
        let capacity = values.count
        // Positions wrap by one subtraction, not a division: this runs for every frame the limiter works.
        func wrapped(_ position: Int) -> Int { position >= capacity ? position - capacity : position }
        // Drop queued values not smaller than the new one: they can never be the minimum again.
        while count > 0 {
            let last = wrapped(head + count - 1)
            if values[last] >= value { count -= 1 } else { break }
        }
        let slot = wrapped(head + count)
        values[slot] = value
        indices[slot] = time
        count += 1
        if indices[head] <= time - length {
            head = wrapped(head + 1)
            count -= 1
        }
        time += 1
        return values[head]
    }
}
