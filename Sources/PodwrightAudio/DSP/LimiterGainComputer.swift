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

    /// Takes the next frame's required gain and returns the gain for the frame `lookAhead` frames earlier.
    mutating func next(_ required: Float) -> Float {
        frame += 1
        let capacity = queueFrames.count
        if required < 1 {
            while queueCount > 0, queueValues[(queueHead + queueCount - 1) % capacity] >= required { queueCount -= 1 }
            let slot = (queueHead + queueCount) % capacity
            queueFrames[slot] = frame
            queueValues[slot] = required
            queueCount += 1
        }
        while queueCount > 0, queueFrames[queueHead] <= frame - lookAhead - 1 {
            queueHead = (queueHead + 1) % capacity
            queueCount -= 1
        }
        let held = queueCount > 0 ? Double(queueValues[queueHead]) : 1
        if held <= release {
            release = held
        } else {
            // Aim a little past the held gain so the recovery ends (exactly) in finite time, about 3–4 time
            // constants, instead of creeping towards 1 for seconds and leaving the audio touched.
            release = min(held, release + (held * 1.02 - release) * releaseStep)
        }
        let leaving = box[boxPosition]
        box[boxPosition] = release
        boxPosition = boxPosition + 1 == lookAhead ? 0 : boxPosition + 1
        boxSum += release - leaving
        boxBelowUnity += (release < 1 ? 1 : 0) - (leaving < 1 ? 1 : 0)
        if boxBelowUnity == 0 {
            // Exactly unity again: drop the rounding the running sum gathered while limiting.
            boxSum = Double(lookAhead)
            return 1
        }
        return Float(min(1, boxSum / Double(lookAhead)))
    }
}
