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
        // Drop queued values not smaller than the new one: they can never be the minimum again.
        while count > 0 {
            let last = (head + count - 1) % capacity
            if values[last] >= value { count -= 1 } else { break }
        }
        let slot = (head + count) % capacity
        values[slot] = value
        indices[slot] = time
        count += 1
        if indices[head] <= time - length {
            head = (head + 1) % capacity
            count -= 1
        }
        time += 1
        return values[head]
    }
}
