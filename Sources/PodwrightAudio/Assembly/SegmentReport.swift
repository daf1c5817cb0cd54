import Foundation
import PodwrightCore

/// What the finish did to one segment's take — its loudness as recorded, the gain it got, what the leveler and the
/// limiter did to it and how much was trimmed — so a producer finds the bad take by its id. In `timing.json` under
/// `assembly.segments`, and in `build/report.txt`.
public struct SegmentReport: Codable, Equatable, Sendable {
    /// The segment id.
    public var id: String
    /// The take file played (`nil` for a placeholder).
    public var take: String?
    /// The take's integrated loudness as recorded (over what was kept), LUFS.
    public var inputLUFS: Double?
    /// The level-matching gain applied, dB.
    public var gainDB: Double
    /// The gain level matching wanted when it was more than its range allows, dB (`nil` when it was not capped).
    public var neededGainDB: Double?
    /// The speech leveler's deepest cut and largest boost in this take, dB (`nil` when the leveler is off).
    public var levelerCutDB: Double?
    public var levelerBoostDB: Double?
    /// Time within the segment during which the true-peak limiter acted, seconds (100 ms resolution).
    public var limitedSeconds: Double
    /// The limiter's deepest reduction within the segment, dB.
    public var limiterReductionDB: Double
    /// Cut from the take's head and tail, seconds.
    public var trimmedHeadSeconds: Double
    public var trimmedTailSeconds: Double
    /// Non-speech left inside the take after trimming (pauses of a phrase break or longer), seconds.
    public var nonSpeechSeconds: Double
    /// Taken out of long pauses inside the take, seconds.
    public var tightenedSeconds: Double
    /// Whether noise reduction ran on the take.
    public var denoised: Bool

    /// One report per segment of the plan, in episode order.
    static func reports(_ plan: AssemblyPlan, limiter blocks: [Float], episode: Episode) -> [SegmentReport] {
        let rate = Double(plan.sampleRate)
        let stride = max(1, plan.sampleRate / 10)
        func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }
        return plan.timeline.segments.map { timing in
            let detail = plan.details[timing.id]
            var limited = 0
            var smallest: Float = 1
            let first = timing.startSample / stride
            let last = min(blocks.count, (timing.endSample + stride - 1) / stride)
            if first < last {
                for gain in blocks[first..<last] where gain < 0.9999 {
                    limited += 1
                    smallest = min(smallest, gain)
                }
            }
            return SegmentReport(
                id: timing.id, take: timing.take, inputLUFS: detail?.inputLUFS.map(round),
                gainDB: timing.gainDB, neededGainDB: detail?.neededGainDB.map(round),
                levelerCutDB: detail?.leveler.map { round($0.cutDB) },
                levelerBoostDB: detail?.leveler.map { round($0.boostDB) },
                limitedSeconds: round(Double(limited) * Double(stride) / rate),
                limiterReductionDB: round(-20 * log10(Double(smallest))),
                trimmedHeadSeconds: round(Double(timing.trimmedHeadSamples) / rate),
                trimmedTailSeconds: round(Double(timing.trimmedTailSamples) / rate),
                nonSpeechSeconds: round(detail?.nonSpeechSeconds ?? 0),
                tightenedSeconds: round(detail?.tightenedSeconds ?? 0),
                denoised: detail?.denoised ?? false)
        }
    }
}
