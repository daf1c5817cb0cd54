import Foundation

/// Room tone held in memory (half a second or so at the output rate) and played back and forth — a ping-pong loop
/// has no jump at its turns — in every gap between takes, faded in and out over 20 ms.
struct RoomToneLoop {
    private let samples: [Float]
    private let frames: Int
    private let channels: Int
    private let gaps: [Range<Int>]
    private let gain: Float
    private let fade: Int
    private var gapIndex = 0

    init(_ tone: AssemblyPlan.RoomTone, sampleRate: Int, channels: Int) throws(AssemblyError) {
        let length = TakeAnalysis.convert(tone.loop.count, from: tone.analysis.sampleRate, to: sampleRate)
        var buffer = [Float](repeating: 0, count: max(1, length) * channels)
        do {
            let stream = try ClipStream(url: tone.url, range: tone.loop, outputRate: sampleRate, channels: channels)
            let unity = [Float](repeating: 1, count: max(1, length))
            try buffer.withUnsafeMutableBufferPointer { pointer throws(AudioError) in
                try stream.add(into: pointer.baseAddress!, frames: max(1, length), gains: unity)
            }
        } catch { throw .unreadableMusic(file: tone.url.path, reason: error.reason) }
        samples = buffer
        frames = max(1, length)
        self.channels = channels
        gaps = tone.gaps
        gain = tone.gain
        fade = max(1, sampleRate / 50)
    }

    /// Adds the tone for output frames `from ..< from + count` into `mix`.
    mutating func add(into mix: UnsafeMutablePointer<Float>, from: Int, frames count: Int, episodeGain: Float) {
        let end = from + count
        while gapIndex < gaps.count, gaps[gapIndex].upperBound <= from { gapIndex += 1 }
        var index = gapIndex
        let period = 2 * frames
        while index < gaps.count, gaps[index].lowerBound < end {
            let gap = gaps[index]
            let lower = max(from, gap.lowerBound)
            let upper = min(end, gap.upperBound)
            // The loop plays forwards then backwards (no seam); the phase steps without a division per frame.
            var phase = lower % period
            let scale = gain * episodeGain
            let inverseFade = 1 / Float(fade)
            for frame in lower..<upper {
                let edge = min(frame - gap.lowerBound, gap.upperBound - 1 - frame)
                let level = scale * min(1, (Float(edge) + 0.5) * inverseFade)
                let source = phase < frames ? phase : period - 1 - phase
                phase = phase + 1 == period ? 0 : phase + 1
                for channel in 0..<channels {
                    mix[(frame - from) * channels + channel] += samples[source * channels + channel] * level
                }
            }
            index += 1
        }
    }
}
