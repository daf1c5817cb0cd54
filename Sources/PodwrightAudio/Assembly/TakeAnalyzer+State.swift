import Foundation

/// The running measurements of one take while it streams through ``TakeAnalyzer``.
struct AnalysisState {
    let rate: Int
    let outputChannels: Int
    private var filters: [AssemblyKFilter]
    /// 10 ms mean squares (unweighted) for trimming and room tone.
    private(set) var windows: [Float] = []
    /// 100 ms K-weighted mean squares, channel-summed.
    private(set) var blocks: [Float] = []
    /// 100 ms sample peaks, aligned with `blocks`: what the limiter will meet.
    private(set) var blockPeaks: [Float] = []
    private var blockPeak: Float = 0
    private var windowSum: Double = 0
    private var windowCount = 0
    private var blockSum: Double = 0
    private var blockCount = 0
    private(set) var peak: Float = 0
    private var clipRun = 0
    private(set) var clipEvents = 0
    private(set) var firstClipFrame: Int?

    init(rate: Int, outputChannels: Int) {
        self.rate = rate
        self.outputChannels = outputChannels
        filters = Array(repeating: AssemblyKFilter(sampleRate: rate), count: outputChannels)
    }

    mutating func consume(
        _ samples: UnsafePointer<Float>, frames: Int, windowFrames: Int, blockFrames: Int, startFrame: Int
    ) {
        let channels = outputChannels
        for frame in 0..<frames {
            var square: Float = 0
            var weighted = 0.0
            var framePeak: Float = 0
            for channel in 0..<channels {
                let value = samples[frame * channels + channel]
                square += value * value
                framePeak = max(framePeak, abs(value))
                weighted += filters[channel].weightedSquare(value)
            }
            peak = max(peak, framePeak)
            blockPeak = max(blockPeak, framePeak)
            if framePeak >= 0.9999 {
                clipRun += 1
                if clipRun == 3 {
                    clipEvents += 1
                    if firstClipFrame == nil { firstClipFrame = startFrame + frame - 2 }
                }
            } else {
                clipRun = 0
            }
            windowSum += Double(square) / Double(channels)
            windowCount += 1
            if windowCount == windowFrames {
                windows.append(Float(windowSum / Double(windowFrames)))
                windowSum = 0
                windowCount = 0
            }
            blockSum += weighted
            blockCount += 1
            if blockCount == blockFrames {
                blocks.append(Float(blockSum / Double(blockFrames)))
                blockPeaks.append(blockPeak)
                blockPeak = 0
                blockSum = 0
                blockCount = 0
            }
        }
    }

    mutating func finish(windowFrames: Int, blockFrames: Int) {
        if windowCount > 0 { windows.append(Float(windowSum / Double(windowCount))) }
        // A final partial block counts only when it is at least half a block, as a meter would see it.
        if blockCount * 2 >= blockFrames {
            blocks.append(Float(blockSum / Double(blockCount)))
            blockPeaks.append(blockPeak)
        }
    }
}
