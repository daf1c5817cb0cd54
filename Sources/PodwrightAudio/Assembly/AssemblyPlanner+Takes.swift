import Foundation
import PodwrightCore

extension AssemblyPlanner {
    /// A take laid out: its clips (one, or one per piece when long pauses are tightened), their length at the
    /// output rate, and what was done to it.
    struct PlacedTake {
        var clips: [AssemblyPlan.Clip]
        var length: Int
        var detail: AssemblyPlan.SegmentDetail
    }

    /// Places `take` at output frame `start` with its matching gain, leveler curve and pauses tightened.
    ///
    /// `reference` is the loudness level matching brings takes to, which the episode gain then brings to the target:
    /// a take left above or below it (matching off, or capped) keeps that offset in the episode, and so do its peaks.
    func place(
        _ take: TakeFile, _ analysis: TakeAnalysis, at start: Int, gainDB: Double, reference: Double, segment: String
    ) -> PlacedTake {
        let rate = options.sampleRate
        let offset = analysis.integratedLUFS.map { $0 + gainDB - reference } ?? 0
        let curve = options.leveler.flatMap {
            SpeechLeveler(policy: $0).curve(
                energies: analysis.blockEnergies, peaks: analysis.blockPeaks, integratedLUFS: analysis.integratedLUFS,
                peakRoomDB: options.renderCeilingDB - options.resolvedTargetLUFS - offset)
        }
        let pieces = Self.pieces(of: analysis, tighten: options.trimming.tighten)
        var clips: [AssemblyPlan.Clip] = []
        var cursor = start
        for piece in pieces {
            let length = TakeAnalysis.convert(piece.count, from: analysis.sampleRate, to: rate)
            guard length > 0 else { continue }
            clips.append(
                AssemblyPlan.Clip(
                    source: .take(take, analysis), startSample: cursor, frames: length,
                    gain: Float(pow(10, gainDB / 20)), segment: segment,
                    sourceRange: pieces.count == 1 ? nil : piece, leveler: curve?.gains, denoise: options.denoise))
            cursor += length
        }
        let detail = AssemblyPlan.SegmentDetail(
            inputLUFS: analysis.integratedLUFS, neededGainDB: nil,
            leveler: curve.map { ($0.cutDB, $0.boostDB) },
            nonSpeechSeconds: analysis.deadAirSeconds(
                pausesOf: options.trimming.deadAirPauseSeconds, tightenedTo: options.trimming.tighten),
            tightenedSeconds: analysis.tightenedSeconds(to: options.trimming.tighten),
            denoised: options.denoise)
        return PlacedTake(clips: clips, length: cursor - start, detail: detail)
    }

    /// The kept range of a take less the middle of every pause longer than `tighten` seconds, which keeps half of
    /// `tighten` at each side of the cut: nothing that sounds is ever cut.
    static func pieces(of analysis: TakeAnalysis, tighten: Double?) -> [Range<Int>] {
        let kept = analysis.headFrame..<analysis.tailFrame
        guard let tighten, !kept.isEmpty else { return [kept] }
        let keep = Int(tighten * Double(analysis.sampleRate) / 2)
        var pieces: [Range<Int>] = []
        var from = kept.lowerBound
        for pause in analysis.pauses.sorted(by: { $0.lowerBound < $1.lowerBound })
        where pause.count > 2 * keep && pause.lowerBound >= from && pause.upperBound <= kept.upperBound {
            pieces.append(from..<(pause.lowerBound + keep))
            from = pause.upperBound - keep
        }
        pieces.append(from..<kept.upperBound)
        return pieces.filter { !$0.isEmpty }
    }
}
