import Foundation

extension AnalysisState {
    /// Turns the running measurements into trim points, loudness and room-tone candidates.
    func result(
        frames: Int, channels: Int, trim: Bool, speech: Range<Int>?, windowFrames: Int, blockFrames: Int,
        analyzer: TakeAnalyzer
    ) -> TakeAnalysis {
        var head = 0
        var tail = frames
        var pauses: [Range<Int>] = []
        let policy = analyzer.trimming
        let headMargin = Int(policy.headMargin * Double(rate))
        let tailMargin = Int(policy.tailMargin * Double(rate))
        let found = SpeechDetector(policy: policy, windowsPerSecond: Double(rate) / Double(windowFrames))
            .detect(windows)
        if trim, let speech, !speech.isEmpty {
            // The aligner's words win over the level detector.
            head = max(0, min(frames - 1, speech.lowerBound) - headMargin)
            tail = min(frames, max(head + 1, speech.upperBound + tailMargin))
        } else if trim, let found {
            head = max(0, found.first * windowFrames - headMargin)
            tail = min(frames, (found.last + 1) * windowFrames + tailMargin)
        }
        if trim, let found {
            pauses = found.pauses.map { ($0.lowerBound * windowFrames)..<min(frames, $0.upperBound * windowFrames) }
                .filter { $0.lowerBound >= head && $0.upperBound <= tail }
        }
        // The loudness of what is kept: the 100 ms blocks that lie inside the trimmed range.
        let firstBlock = min(blocks.count, (head + blockFrames / 2) / blockFrames)
        let lastBlock = max(firstBlock, min(blocks.count, (tail + blockFrames / 2) / blockFrames))
        let kept = Array(blocks[firstBlock..<lastBlock])
        let keptPeaks = Array(blockPeaks[firstBlock..<lastBlock])
        return TakeAnalysis(
            sampleRate: rate,
            channels: channels,
            frames: frames,
            headFrame: head,
            tailFrame: tail,
            blockEnergies: kept,
            blockPeaks: keptPeaks,
            integratedLUFS: AssemblyGating.integrated(kept),
            samplePeak: peak,
            clipEvents: clipEvents,
            firstClipSeconds: firstClipFrame.map { Double($0) / Double(rate) },
            quietest: quietestStretch(windowFrames: windowFrames),
            pauses: pauses
        )
    }

    /// The quietest half second that is not digital silence: a take's room tone.
    private func quietestStretch(windowFrames: Int) -> TakeAnalysis.QuietStretch? {
        let span = 50
        guard windows.count >= span else { return nil }
        var sum = windows[0..<span].reduce(0, +)
        var best: (index: Int, mean: Float)?
        for start in 0...(windows.count - span) {
            if start > 0 { sum += windows[start + span - 1] - windows[start - 1] }
            let slice = windows[start..<(start + span)]
            let mean = sum / Float(span)
            // Digital silence and near-silence are no room tone; neither is anything louder than quiet speech.
            guard mean > 1e-10, mean < 1e-4, best.map({ mean < $0.mean }) ?? true else { continue }
            guard slice.allSatisfy({ $0 > 1e-11 }) else { continue }
            best = (start, mean)
        }
        return best.map {
            TakeAnalysis.QuietStretch(frame: $0.index * windowFrames, frames: span * windowFrames, meanSquare: $0.mean)
        }
    }
}
