import Foundation

/// The gain side of ``TruePeakLimiter``: from per-frame required gains to a smooth gain that never exceeds them.
///
/// For each frame the required gain h is `ceiling / envelope` (1 below the ceiling). The computer holds the minimum of
/// h over the look-ahead (D frames), lets it recover with an exponential release, and averages the result over D
/// frames. Every value in that average is at most the h of the frame leaving the look-ahead, so the delayed frame's
/// gain is at most its own h (the peak is caught) while the gain moves as a ramp over D frames (a smooth attack).
/// Away from limiting every stage holds exactly 1.
struct LimiterGainComputer {
    let lookAhead: Int
    private let releaseStep: Double
    /// Monotonic queue of (frame, h) for the sliding minimum; frames whose h is 1 are left out (1 is the ceiling).
    private var queueFrames: [Int]
    private var queueValues: [Float]
    private var queueHead = 0
    private var queueCount = 0
    private var frame = 0
    private var release: Double = 1
    private var box: [Double]
    private var boxPosition = 0
    private var boxSum: Double
    private var boxBelowUnity = 0

    init(lookAhead: Int, releaseFrames: Double) {
        self.lookAhead = max(1, lookAhead)
        releaseStep = 1 - exp(-1 / max(1, releaseFrames))
        queueFrames = [Int](repeating: 0, count: self.lookAhead + 2)
        queueValues = [Float](repeating: 1, count: self.lookAhead + 2)
        box = [Double](repeating: 1, count: self.lookAhead)
        boxSum = Double(self.lookAhead)
    }

    /// Whether all state is at unity, so a run of frames that need no limiting yields gain 1 without computing.
    var isIdle: Bool { queueCount == 0 && release == 1 && boxBelowUnity == 0 }

    /// Advances over `count` frames that need no limiting while idle.
    mutating func skipIdle(_ count: Int) {
        frame += count
    }

    /// Runs a block: for each envelope level, the gain for the frame `lookAhead` frames earlier.
    /// - Parameters:
    ///   - levels: The linked true-peak envelope, one value per frame.
    ///   - count: Frames.
    ///   - ceiling: Levels above this need gain.
    ///   - target: The level a limited peak is brought to.
    ///   - gains: Receives `count` gains.
    /// - Returns: Frames with gain below 1, and the smallest gain.
    mutating func run(_ levels: UnsafePointer<Float>, count: Int, ceiling: Float, target: Float,
                      gains: UnsafeMutablePointer<Float>) -> (limited: Int, smallest: Float) {
        var limited = 0
        var smallest: Float = 1
        // The state in locals and the rings through raw buffers: this loop runs per frame while limiting.
        var state = (queueHead, queueCount, frame, release, boxPosition, boxSum, boxBelowUnity)
        let (lookAhead, releaseStep) = (self.lookAhead, self.releaseStep)
        queueFrames.withUnsafeMutableBufferPointer { queueFrames in
            queueValues.withUnsafeMutableBufferPointer { queueValues in
                box.withUnsafeMutableBufferPointer { box in
                    let capacity = queueFrames.count
                    for index in 0..<count {
                        let level = levels[index]
                        let required = level > ceiling ? target / level : 1
                        state.2 += 1
                        if required < 1 {
                            while state.1 > 0, queueValues[(state.0 + state.1 - 1) % capacity] >= required {
                                state.1 -= 1
                            }
                            let slot = (state.0 + state.1) % capacity
                            queueFrames[slot] = state.2
                            queueValues[slot] = required
                            state.1 += 1
                        }
                        while state.1 > 0, queueFrames[state.0] <= state.2 - lookAhead - 1 {
                            state.0 = state.0 + 1 == capacity ? 0 : state.0 + 1
                            state.1 -= 1
                        }
                        let held = state.1 > 0 ? Double(queueValues[state.0]) : 1
                        if held <= state.3 {
                            state.3 = held
                        } else {
                            // Aim a little past the held gain so the recovery ends (exactly) in finite time, about
                            // 3–4 time constants, instead of creeping towards 1 and leaving the audio touched.
                            state.3 = min(held, state.3 + (held * 1.02 - state.3) * releaseStep)
                        }
                        let leaving = box[state.4]
                        box[state.4] = state.3
                        state.4 = state.4 + 1 == lookAhead ? 0 : state.4 + 1
                        state.5 += state.3 - leaving
                        state.6 += (state.3 < 1 ? 1 : 0) - (leaving < 1 ? 1 : 0)
                        var gain: Float = 1
                        if state.6 == 0 {
                            // Exactly unity again: drop the rounding the running sum gathered while limiting.
                            state.5 = Double(lookAhead)
                        } else {
                            gain = Float(min(1, state.5 / Double(lookAhead)))
                            limited += 1
                            smallest = min(smallest, gain)
                        }
                        gains[index] = gain
                    }
                }
            }
        }
        (queueHead, queueCount, frame, release, boxPosition, boxSum, boxBelowUnity) = state
        return (limited, smallest)
    }
}
