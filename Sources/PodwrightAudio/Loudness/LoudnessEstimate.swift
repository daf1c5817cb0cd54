import Foundation

/// The episode's loudness predicted from the plan before rendering: every clip's 100 ms block energies and peaks
/// laid on the output timeline with its gain, gaps as silence — and what the limiter will take off at a given
/// episode gain, so the gain can be chosen to land on the target even when the limiter has work to do.
struct LoudnessEstimate {
    private(set) var energies: [Float]
    private(set) var peaks: [Float]

    init(_ plan: AssemblyPlan) {
        let blockFrames = Double(plan.sampleRate) / 10
        let count = Int((Double(plan.durationSamples) / blockFrames).rounded(.up)) + 1
        energies = [Float](repeating: 0, count: count)
        peaks = [Float](repeating: 0, count: count)
        for clip in plan.clips {
            switch clip.source {
            case .take(_, let analysis), .music(_, let analysis):
                lay(analysis, at: clip.startSample, gain: clip.gain, blockFrames: blockFrames)
            case .silence:
                continue
            }
        }
        if let bed = plan.bed {
            let mean = bed.analysis.blockEnergies.reduce(0, +) / Float(max(1, bed.analysis.blockEnergies.count))
            let ducked = Float(pow(10, -bed.duckDB / 10))
            let first = Int(Double(bed.range.lowerBound) / blockFrames)
            let last = min(count, Int(Double(bed.range.upperBound) / blockFrames))
            if first < last {
                for index in first..<last {
                    let frame = Int(Double(index) * blockFrames)
                    let under = bed.voiced.contains { $0.contains(frame) }
                    energies[index] += mean * bed.gain * bed.gain * (under ? ducked : 1)
                }
            }
        }
    }

    private mutating func lay(_ analysis: TakeAnalysis, at start: Int, gain: Float, blockFrames: Double) {
        let first = Int((Double(start) / blockFrames).rounded())
        for (offset, energy) in analysis.blockEnergies.enumerated() where first + offset < energies.count {
            energies[first + offset] += energy * gain * gain
            if offset < analysis.blockPeaks.count {
                peaks[first + offset] = max(peaks[first + offset], analysis.blockPeaks[offset] * gain)
            }
        }
    }

    /// Integrated loudness at an episode gain, LUFS, with the limiter's effect at `ceiling` (linear): a block whose
    /// peak would pass the ceiling loses about the gain reduction needed, weighted for how briefly a limiter dips.
    /// - Returns: `nil` when the episode is silent.
    func integrated(gainDB: Double, ceiling: Float?) -> Double? {
        let gain = Float(Decibels.gain(gainDB))
        let power = gain * gain
        var adjusted = energies
        for index in adjusted.indices {
            var energy = energies[index] * power
            if let ceiling {
                let peak = peaks[index] * gain
                if peak > ceiling {
                    // A look-ahead limiter with an 80 ms release holds the reduction for most of a 100 ms block.
                    energy *= pow(ceiling / peak, 1.8)
                }
            }
            adjusted[index] = energy
        }
        return AssemblyGating.integrated(adjusted)
    }

    /// The episode gain (dB) that lands the limited episode on `target`, or `nil` when the episode is silent.
    /// - Returns: the gain, the predicted loudness without the episode gain, and the predicted delivered loudness.
    func gain(
        toReach target: Double, ceiling: Float, maximumPushDB: Double
    ) -> (gainDB: Double, unlimitedLUFS: Double, predictedLUFS: Double)? {
        guard let unlimited = integrated(gainDB: 0, ceiling: nil) else { return nil }
        var gainDB = target - unlimited
        // The limiter costs loudness; push the gain up until the prediction meets the target (it converges in a
        // few steps, since extra gain always adds some loudness), but never by more than `maximumPushDB`: beyond
        // that the limiter would be compressing, not catching peaks.
        var predicted = target
        for _ in 0..<12 {
            guard let estimate = integrated(gainDB: gainDB, ceiling: ceiling) else { break }
            predicted = estimate
            let error = target - predicted
            if abs(error) < 0.02 { break }
            gainDB = min(target - unlimited + maximumPushDB, gainDB + error)
        }
        return (gainDB, unlimited, integrated(gainDB: gainDB, ceiling: ceiling) ?? predicted)
    }
}
