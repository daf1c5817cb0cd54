import Foundation

/// Finds speech in a take from its 10 ms energies, against a noise floor estimated robustly: smoothed over 50 ms,
/// the floor is a low percentile of the take's energies and the loud level what its loudest 300 ms reach, so long
/// pre-roll, a noisy room or a take that is mostly speech all give sensible thresholds; sound shorter than 80 ms
/// (a click, a tap) is not speech.
///
/// Written here rather than taken from a voice-activity library: what trimming needs is the first and last frame
/// of sound over a take's own room, with the take's margins, which WebRTC- or Speex-style VADs (tuned for 10–30 ms
/// telephony decisions at 8–16 kHz) do not give to the sample.
struct SpeechDetector {
    /// What was found, in window indices (10 ms each).
    struct Result: Equatable {
        /// First and last window of speech.
        var first: Int
        var last: Int
        /// Quiet runs between them at least ``TrimPolicy/shortestPauseSeconds`` long.
        var pauses: [Range<Int>]
        /// The level above which a window counts as sound, dB.
        var thresholdDB: Double
        /// The estimated noise floor, dB.
        var floorDB: Double
    }

    let policy: TrimPolicy
    /// Windows per second.
    let windowsPerSecond: Double

    /// Speech in `windows` (mean squares per 10 ms), or `nil` when nothing rises over the room.
    func detect(_ windows: [Float]) -> Result? {
        guard !windows.isEmpty else { return nil }
        let raw = windows.map { $0 > 0 ? 10 * log10(Double($0)) : -200 }
        // 50 ms centred means: noise windows scatter by several dB, their means by one.
        var prefix = [Double](repeating: 0, count: windows.count + 1)
        for (index, value) in windows.enumerated() { prefix[index + 1] = prefix[index] + Double(value) }
        let smoothed = windows.indices.map { index in
            let lower = max(0, index - 2)
            let upper = min(windows.count, index + 3)
            let mean = (prefix[upper] - prefix[lower]) / Double(upper - lower)
            return mean > 0 ? 10 * log10(mean) : -200
        }
        let sorted = smoothed.sorted()
        let floor = sorted[min(sorted.count - 1, Int(Double(sorted.count) * policy.floorPercentile))]
        let loudRank = max(1, Int(policy.loudSeconds * windowsPerSecond))
        let loud = sorted[max(0, sorted.count - loudRank)]
        guard loud > -80 else { return nil }
        let threshold = min(
            max(loud - policy.belowSpeechDB, floor + policy.overFloorDB), loud - policy.minimumSpeechOverThresholdDB)
        let shortest = max(1, Int(policy.shortestSoundSeconds * windowsPerSecond))
        // Runs of sound long enough to be speech.
        var runs: [Range<Int>] = []
        var start: Int?
        for index in 0...smoothed.count {
            let sounding = index < smoothed.count && smoothed[index] > threshold
            if sounding, start == nil { start = index }
            if !sounding, let begun = start {
                if index - begun >= shortest { runs.append(begun..<index) }
                start = nil
            }
        }
        guard let firstRun = runs.first, let lastRun = runs.last else { return nil }
        // The smoothed edges lead and trail the sound by up to 20 ms: the raw windows place the edges exactly.
        let first = (firstRun.lowerBound..<firstRun.upperBound).first { raw[$0] > threshold } ?? firstRun.lowerBound
        let last = (lastRun.lowerBound..<lastRun.upperBound).last { raw[$0] > threshold } ?? (lastRun.upperBound - 1)
        let shortestPause = max(1, Int(policy.shortestPauseSeconds * windowsPerSecond))
        var pauses: [Range<Int>] = []
        for (before, after) in zip(runs, runs.dropFirst()) where after.lowerBound - before.upperBound >= shortestPause {
            pauses.append(before.upperBound..<after.lowerBound)
        }
        return Result(first: first, last: last, pauses: pauses, thresholdDB: threshold, floorDB: floor)
    }
}
