import Foundation

extension AnalysisState {
    /// Turns the running measurements into trim points, loudness and room-tone candidates.
    func result(
        frames: Int, channels: Int, trim: Bool, windowFrames: Int, blockFrames: Int, analyzer: TakeAnalyzer
    ) -> TakeAnalysis {
        var head = 0
        var tail = frames
        if trim, let (first, last) = soundingWindows(analyzer: analyzer) {
            let headMargin = Int(analyzer.headMarginSeconds * Double(rate))
            let tailMargin = Int(analyzer.tailMarginSeconds * Double(rate))
            head = max(0, first * windowFrames - headMargin)
            tail = min(frames, (last + 1) * windowFrames + tailMargin)
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
            quietest: quietestStretch(windowFrames: windowFrames)
        )
    }

    /// The first and last 10 ms windows above the take's own trim threshold, or `nil` when nothing sounds.
    private func soundingWindows(analyzer: TakeAnalyzer) -> (Int, Int)? {
        let levels = windows.map { $0 > 0 ? Decibels.powerLevel(Double($0)) : -200 }
        let sorted = levels.sorted()
        guard let loudest = sorted.last, loudest > -80 else { return nil }
        // Speech level: the 90th percentile of windows, robust to a single pop. The noise floor: the 10th.
        let speech = sorted[min(sorted.count - 1, sorted.count * 9 / 10)]
        let floor = sorted[sorted.count / 10]
        let threshold = min(max(speech - analyzer.thresholdBelowSpeechDB, floor + 6), speech - 20)
        guard let first = levels.firstIndex(where: { $0 > threshold }),
            let last = levels.lastIndex(where: { $0 > threshold })
        else { return nil }
        return (first, last)
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
