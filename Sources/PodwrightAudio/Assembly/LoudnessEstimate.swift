/// The episode's integrated loudness, computed from the plan before rendering: every clip's 100 ms block energies
/// laid on the output timeline with its gain, gaps as silence.
enum LoudnessEstimate {
    /// - Returns: LUFS before the episode gain, or `nil` when the episode is silent.
    static func integrated(_ plan: AssemblyPlan) -> Double? {
        let blockFrames = Double(plan.sampleRate) / 10
        var energies = [Float](repeating: 0, count: Int((Double(plan.durationSamples) / blockFrames).rounded(.up)) + 1)
        func lay(_ blocks: [Float], at start: Int, power: Float) {
            let first = Int((Double(start) / blockFrames).rounded())
            for (offset, energy) in blocks.enumerated() where first + offset < energies.count {
                energies[first + offset] += energy * power
            }
        }
        for clip in plan.clips {
            switch clip.source {
            case .take(_, let analysis), .music(_, let analysis):
                lay(analysis.blockEnergies, at: clip.startSample, power: clip.gain * clip.gain)
            case .silence:
                continue
            }
        }
        if let bed = plan.bed {
            let mean = bed.analysis.blockEnergies.reduce(0, +) / Float(max(1, bed.analysis.blockEnergies.count))
            let ducked: Float = 0.02  // about −17 dB in power: the bed is ducked 18 dB under the voice
            for index in Int(Double(bed.range.lowerBound) / blockFrames)..<min(
                energies.count, Int(Double(bed.range.upperBound) / blockFrames))
            {
                let frame = Int(Double(index) * blockFrames)
                let under = bed.voiced.contains { $0.contains(frame) }
                energies[index] += mean * bed.gain * bed.gain * (under ? ducked : 1)
            }
        }
        return AssemblyGating.integrated(energies)
    }
}
