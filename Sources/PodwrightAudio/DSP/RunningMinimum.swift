/// The minimum of the last `length` values pushed, in constant amortised time (a monotonic queue).
///
/// A class over raw storage it owns: the limiter pushes a value for every frame it works on, and array storage would
/// pay a uniqueness and a bounds check on each write.
final class RunningMinimum {
    private let values: UnsafeMutablePointer<Float>
    private let times: UnsafeMutablePointer<Int>
    private let capacity: Int
    private var head = 0
    private var count = 0
    private var time = 0
    let length: Int

    init(length: Int) {
        self.length = length
        capacity = length + 1
        values = .allocate(capacity: length + 1)
        times = .allocate(capacity: length + 1)
    }

    deinit {
        values.deallocate()
        times.deallocate()
    }

    /// Pushes `value` and returns the minimum of the last `length` values.
    @inline(__always)
    func push(_ value: Float) -> Float {
        let capacity = self.capacity
        // Positions wrap by one subtraction, not a division.
        func wrapped(_ position: Int) -> Int { position >= capacity ? position - capacity : position }
        // Drop queued values not smaller than the new one: they can never be the minimum again.
        while count > 0, values[wrapped(head + count - 1)] >= value { count -= 1 }
        let slot = wrapped(head + count)
        values[slot] = value
        times[slot] = time
        count += 1
        if times[head] <= time - length {
            head = wrapped(head + 1)
            count -= 1
        }
        time += 1
        return values[head]
    }
}
