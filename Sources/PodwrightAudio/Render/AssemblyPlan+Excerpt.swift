import Foundation

extension AssemblyPlan {
    /// The plan cut to output frames `window`: the clips that sound there, moved to start at 0 (a clip cut at the
    /// window's start plays from the middle of its source). Bed and room tone are left out: the excerpt is for
    /// measuring what a codec does to the voice.
    func excerpt(_ window: Range<Int>) -> AssemblyPlan {
        var copy = self
        copy.bed = nil
        copy.roomTones = []
        copy.durationSamples = window.count
        copy.clips = clips.compactMap { clip in
            guard clip.endSample > window.lowerBound, clip.startSample < window.upperBound else { return nil }
            var cut = clip
            let skipped = max(0, window.lowerBound - clip.startSample)
            cut.startSample = max(0, clip.startSample - window.lowerBound)
            cut.frames = min(clip.endSample, window.upperBound) - max(clip.startSample, window.lowerBound)
            guard skipped > 0 else { return cut }
            switch clip.source {
            case .take(_, let analysis), .music(_, let analysis):
                let full: Range<Int>
                if case .take = clip.source {
                    full = clip.sourceRange ?? (analysis.headFrame..<analysis.tailFrame)
                } else {
                    full = clip.sourceRange ?? (0..<analysis.frames)
                }
                let offset = TakeAnalysis.convert(skipped, from: sampleRate, to: analysis.sampleRate)
                cut.sourceRange = min(full.upperBound, full.lowerBound + offset)..<full.upperBound
            case .silence:
                break
            }
            return cut
        }
        return copy
    }

    /// The `frames`-long window with the most energy, as the plan predicts it: where the codec and the limiter
    /// have the most to do.
    func loudestWindow(frames: Int) -> Range<Int> {
        let estimate = LoudnessEstimate(self)
        let blockFrames = Double(sampleRate) / 10
        let span = max(1, Int(Double(frames) / blockFrames))
        let energies = estimate.energies
        guard energies.count > span else { return 0..<min(frames, durationSamples) }
        var sum = energies[0..<span].reduce(0, +)
        var best = (index: 0, sum: sum)
        for start in 1...(energies.count - span) {
            sum += energies[start + span - 1] - energies[start - 1]
            if sum > best.sum { best = (start, sum) }
        }
        let start = min(durationSamples - frames, Int(Double(best.index) * blockFrames))
        return max(0, start)..<(max(0, start) + frames)
    }
}
