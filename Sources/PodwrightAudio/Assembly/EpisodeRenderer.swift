import Foundation

/// Pass 2: renders the plan block by block — clips with their gains and fades, room tone, the ducked bed, the
/// episode gain — through the true-peak limiter into the writer, keeping a waveform overview on the way.
///
/// Memory is a few blocks and the clips currently playing, whatever the episode's length.
struct EpisodeRenderer {
    let plan: AssemblyPlan
    let ceilingDB: Double
    static let blockFrames = 16_384

    /// What rendering produced besides the file.
    struct Result {
        var limiter: EpisodeLimiter.Stats
        var peaks: PeakCollector
    }

    /// Renders into `writer`, calling `progress` with the fraction done.
    /// - Throws: ``AssemblyError`` naming the take or the output when reading or writing fails.
    func render(
        into writer: inout AudioFileWriter, progress: (Double) -> Void
    ) throws(AssemblyError) -> Result {
        let channels = plan.channels
        let total = plan.durationSamples
        var limiter = EpisodeLimiter(sampleRate: plan.sampleRate, channels: channels, ceilingDB: ceilingDB)
        var peaks = PeakCollector(sampleRate: plan.sampleRate, channels: channels, totalFrames: total)
        var mix = [Float](repeating: 0, count: Self.blockFrames * channels)
        var limited = [Float](repeating: 0, count: Self.blockFrames * channels)
        var gains = [Float](repeating: 0, count: Self.blockFrames)
        var layers = try LayerSet(plan: plan)
        var skip = limiter.latencyFrames
        var position = 0
        let episodeGain = Float(pow(10, plan.episodeGainDB / 20))
        while position < total + limiter.latencyFrames {
            let frames = min(Self.blockFrames, total + limiter.latencyFrames - position)
            mix.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            if position < total {
                let audible = min(frames, total - position)
                try mix.withUnsafeMutableBufferPointer { buffer throws(AssemblyError) in
                    try gains.withUnsafeMutableBufferPointer { gainBuffer throws(AssemblyError) in
                        try layers.add(into: buffer.baseAddress!, gains: gainBuffer.baseAddress!,
                            from: position, frames: audible, episodeGain: episodeGain)
                    }
                }
            }
            mix.withUnsafeBufferPointer { source in
                limited.withUnsafeMutableBufferPointer { target in
                    limiter.process(source.baseAddress!, frames: frames, into: target.baseAddress!)
                }
            }
            // The limiter's first `latency` frames precede the episode: drop them, so positions stay exact.
            let dropped = min(skip, frames)
            skip -= dropped
            if frames > dropped {
                let range = (dropped * channels)..<(frames * channels)
                try limited.withUnsafeBufferPointer { buffer throws(AssemblyError) in
                    let part = UnsafeBufferPointer(rebasing: buffer[range])
                    peaks.add(part)
                    do throws(AudioError) { try writer.write(part) } catch {
                        throw .outputFailed(file: writer.url.lastPathComponent, reason: error.reason)
                    }
                }
            }
            position += frames
            progress(Double(min(position, total)) / Double(max(total, 1)))
        }
        return Result(limiter: limiter.stats, peaks: peaks)
    }
}
