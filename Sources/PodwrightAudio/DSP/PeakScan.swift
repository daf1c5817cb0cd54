/// The largest magnitude in a run of samples, eight lanes at a time.
@inline(__always)
func largestMagnitude(_ samples: UnsafePointer<Float>, count: Int) -> Float {
    var lanes = SIMD8<Float>()
    var index = 0
    let raw = UnsafeRawPointer(samples)
    while index + 8 <= count {
        let v = (raw + index * MemoryLayout<Float>.stride).loadUnaligned(as: SIMD8<Float>.self)
        let magnitude = v.replacing(with: -v, where: v .< 0)
        lanes = lanes.replacing(with: magnitude, where: magnitude .> lanes)
        index += 8
    }
    // Fold the lanes by hand: the generic reduction is not inlined.
    let half = lanes.lowHalf.replacing(with: lanes.highHalf, where: lanes.highHalf .> lanes.lowHalf)
    let quarter = half.lowHalf.replacing(with: half.highHalf, where: half.highHalf .> half.lowHalf)
    var peak = max(quarter[0], quarter[1])
    while index < count {
        peak = max(peak, abs(samples[index]))
        index += 1
    }
    return peak
}

/// The sum of squares of a run of samples, eight lanes at a time (a single running sum would wait on every add).
@inline(__always)
func sumOfSquares(_ samples: UnsafePointer<Float>, count: Int) -> Float {
    var lanes = SIMD8<Float>()
    var index = 0
    let raw = UnsafeRawPointer(samples)
    while index + 8 <= count {
        let v = (raw + index * MemoryLayout<Float>.stride).loadUnaligned(as: SIMD8<Float>.self)
        lanes += v * v
        index += 8
    }
    let half = lanes.lowHalf + lanes.highHalf
    var sum = half[0] + half[1] + half[2] + half[3]
    while index < count {
        sum += samples[index] * samples[index]
        index += 1
    }
    return sum
}
