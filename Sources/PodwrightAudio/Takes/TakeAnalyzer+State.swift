import Foundation

/// The running measurements of one take while it streams through ``TakeAnalyzer``.
struct AnalysisState {
    let rate: Int
    let outputChannels: Int
    private var weighting: KWeightedEnergies
    /// The K-weighting buffers once ``finish(windowFrames:blockFrames:)`` has given them up, for the next take.
    private(set) var spentPlanes: [[Float]] = []
    /// 10 ms mean squares (unweighted) for trimming and room tone.
    private(set) var windows: [Float] = []
    /// 100 ms K-weighted mean squares, channel-summed (complete once ``finish(windowFrames:blockFrames:)`` ran).
    private(set) var blocks: [Float] = []
    /// 100 ms sample peaks, aligned with `blocks`: what the limiter will meet.
    private(set) var blockPeaks: [Float] = []
    private var blockPeak: Float = 0
    private var windowSum: Double = 0
    private var windowCount = 0
    private var blockCount = 0
    private(set) var peak: Float = 0
    private var clipRun = 0
    private(set) var clipEvents = 0
    private(set) var firstClipFrame: Int?

    init(rate: Int, outputChannels: Int, reusing planes: [[Float]] = []) {
        self.rate = rate
        self.outputChannels = outputChannels
        weighting = KWeightedEnergies(
            sampleRate: rate, channels: outputChannels, blockFrames: max(1, rate / 10), reusing: planes)
    }

    mutating func consume(
        _ samples: UnsafePointer<Float>, frames: Int, windowFrames: Int, blockFrames: Int, startFrame: Int
    ) {
        // Locals, not stored properties, in the per-sample loop: no exclusivity checks or copy-on-write tests.
        let channels = outputChannels
        weighting.add(samples, frames: frames)
        var windowSum = self.windowSum
        var windowCount = self.windowCount
        var blockCount = self.blockCount
        var peak = self.peak
        var blockPeak = self.blockPeak
        var clipRun = self.clipRun
        let inverseChannels = 1 / Double(channels)
        var clipEvents = self.clipEvents
        var firstClipFrame = self.firstClipFrame
        func countClipping(_ framePeak: Float, at index: Int) {
            if framePeak >= 0.9999 {
                clipRun += 1
                if clipRun == 3 {
                    clipEvents += 1
                    if firstClipFrame == nil { firstClipFrame = startFrame + index - 2 }
                }
            } else {
                clipRun = 0
            }
        }
        do {
            var frame = 0
            while frame < frames {
                // A tight run up to the next 10 ms window or 100 ms block boundary.
                let run = min(frames - frame, windowFrames - windowCount, blockFrames - blockCount)
                var square: Float = 0
                var runPeak: Float = 0
                if channels == 1 {
                    // Mono, the common case: one filter, no per-sample branches; clipping is looked for only in a
                    // run that reaches full scale at all.
                    square = sumOfSquares(samples + frame, count: run)
                    runPeak = largestMagnitude(samples + frame, count: run)
                    if runPeak >= 0.9999 {
                        for index in frame..<(frame + run) { countClipping(abs(samples[index]), at: index) }
                    } else {
                        clipRun = 0
                    }
                } else {
                    for index in frame..<(frame + run) {
                        var framePeak: Float = 0
                        for channel in 0..<channels {
                            let value = samples[index * channels + channel]
                            square += value * value
                            framePeak = max(framePeak, abs(value))
                        }
                        runPeak = max(runPeak, framePeak)
                        countClipping(framePeak, at: index)
                    }
                }
                frame += run
                blockPeak = max(blockPeak, runPeak)
                windowSum += Double(square) * inverseChannels
                windowCount += run
                if windowCount == windowFrames {
                    windows.append(Float(windowSum / Double(windowFrames)))
                    windowSum = 0
                    windowCount = 0
                }
                blockCount += run
                if blockCount == blockFrames {
                    blockPeaks.append(blockPeak)
                    peak = max(peak, blockPeak)
                    blockPeak = 0
                    blockCount = 0
                }
            }
        }
        self.windowSum = windowSum
        self.windowCount = windowCount
        self.blockCount = blockCount
        self.peak = max(peak, blockPeak)
        self.blockPeak = blockPeak
        self.clipRun = clipRun
        self.clipEvents = clipEvents
        self.firstClipFrame = firstClipFrame
    }

    mutating func finish(windowFrames: Int, blockFrames: Int) {
        if windowCount > 0 { windows.append(Float(windowSum / Double(windowCount))) }
        let partial = weighting.finish()
        blocks = weighting.energies
        spentPlanes = weighting.releasePlanes()
        // A final partial block counts only when it is at least half a block, as a meter would see it.
        if blockCount * 2 >= blockFrames {
            blocks.append(partial.meanSquare)
            blockPeaks.append(blockPeak)
        }
    }
}
