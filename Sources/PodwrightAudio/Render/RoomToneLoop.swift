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
        frames = max(1, length)
        if tone.denoise {
            do {
                buffer = try Self.denoised(buffer, frames: frames, channels: channels, sampleRate: sampleRate)
            } catch { throw .unreadableMusic(file: tone.url.path, reason: error.reason) }
        }
        samples = buffer
        self.channels = channels
        gaps = tone.gaps
        gain = tone.gain
        fade = max(1, sampleRate / 50)
    }

    /// The loop `samples` (`frames` interleaved frames) as the denoiser leaves it once its noise estimate has
    /// settled: the loop is played back and forth for longer than the denoiser's warm-up, and the last forward pass
    /// kept (the takes it sits between are denoised the same way, so the room sounds the same in the gaps).
    static func denoised(
        _ samples: [Float], frames: Int, channels: Int, sampleRate: Int
    ) throws(AudioError) -> [Float] {
        let denoiser = try Denoiser(sampleRate: sampleRate, channels: channels)
        let period = 2 * frames
        let passes = Int((Denoiser.warmupSeconds * Double(sampleRate) / Double(period)).rounded(.up)) + 1
        let total = passes * period + frames + denoiser.latencyFrames
        var played = [Float](repeating: 0, count: total * channels)
        for frame in 0..<total {
            let phase = frame % period
            let source = phase < frames ? phase : period - 1 - phase
            for channel in 0..<channels { played[frame * channels + channel] = samples[source * channels + channel] }
        }
        played.withUnsafeMutableBufferPointer { denoiser.process($0.baseAddress!, frames: total) }
        // Output frame n holds input frame n − latency: the forward pass that starts at passes × period.
        let start = (passes * period + denoiser.latencyFrames) * channels
        return Array(played[start..<(start + frames * channels)])
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
