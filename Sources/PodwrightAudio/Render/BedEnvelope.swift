import Foundation

/// The music bed's level over time: fading in and out at its ends, and ducking under every voiced segment (from
/// the timeline, not a side-chain guess, so it drops before the first word rather than after it).
enum BedEnvelope {
    /// The bed's gain (0…1, before its level) at output frame `frame`.
    static func gain(at frame: Int, bed: AssemblyPlan.Bed, sampleRate: Int, ducked: Double) -> Float {
        let rate = Double(sampleRate)
        let position = Double(frame)
        let fadeIn = min(1, (position - Double(bed.range.lowerBound)) / rate)
        let fadeOut = min(1, (Double(bed.range.upperBound) - position) / (2 * rate))
        // Duck 0.3 s before the voice, hold through it, recover 0.4 s after, with 0.25 s ramps.
        var duck = 0.0
        let ramp = 0.25 * rate
        for span in bed.voiced {
            let start = Double(span.lowerBound) - 0.3 * rate
            let end = Double(span.upperBound) + 0.4 * rate
            let amount: Double
            if position >= start, position <= end {
                amount = 1
            } else if position < start {
                amount = max(0, 1 - (start - position) / ramp)
            } else {
                amount = max(0, 1 - (position - end) / ramp)
            }
            duck = max(duck, amount)
        }
        let level = 1 - duck * (1 - ducked)
        return Float(max(0, min(fadeIn, fadeOut)) * level)
    }
}
