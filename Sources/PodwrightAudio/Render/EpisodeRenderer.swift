import Foundation
import PodwrightCore

/// Pass 2: renders the plan block by block — clips with their gains and fades, room tone, the ducked bed, the
/// episode gain — through the true-peak limiter into the writer, keeping a waveform overview on the way.
///
/// Rendering and limiting run on a thread of their own; this thread encodes, meters and draws the waveform, so the
/// two halves share the machine's two cores. Memory is a few blocks and the clips playing, whatever the length.
/// A stereo episode of mono sources is rendered, limited and metered in mono (``AssemblyPlan/mixChannels``) and
/// its channel copied to both sides only as it is written.
struct EpisodeRenderer: Sendable {
    let plan: AssemblyPlan
    let ceilingDB: Double
    /// Measure the samples as they are written (lossless formats: they are exactly what a decoder returns).
    let meterWhileWriting: Bool
    static let blockFrames = 65_536

    /// What rendering produced besides the file.
    struct Result {
        var limiter: EpisodeLimiter.Stats
        /// The limiter's smallest gain per 100 ms of the episode.
        var limiterBlocks: [Float]
        var peaks: PeakCollector
        var loudness: LoudnessReport?
    }

    /// Renders into `writer`, calling `progress` with the fraction done.
    /// - Throws: ``AssemblyError`` naming the take or the output when reading or writing fails.
    func render(
        into writer: inout AudioFileWriter, progress: (Double) -> Void
    ) throws(AssemblyError) -> Result {
        let mixChannels = plan.mixChannels
        let pipe = BlockPipe(depth: 4, blockSamples: Self.blockFrames * mixChannels)
        let stats = StatsBox()
        let producer = Thread { [self] in
            do throws(AssemblyError) {
                stats.value = try produce(into: pipe, channels: mixChannels)
                pipe.finish()
            } catch {
                pipe.finish(error)
            }
            stats.done.signal()
        }
        producer.stackSize = 1 << 22
        producer.start()
        let copies = plan.channels / mixChannels
        var meter =
            meterWhileWriting
            ? StreamMeter(sampleRate: plan.sampleRate, channels: mixChannels, copies: copies) : nil
        var peaks = PeakCollector(
            sampleRate: plan.sampleRate, channels: mixChannels, totalFrames: plan.durationSamples)
        var spread = [Float](repeating: 0, count: copies > 1 ? Self.blockFrames * plan.channels : 0)
        var written = 0
        do {
            while let block = try pipe.receive() {
                try block.withUnsafeBufferPointer { samples throws(AssemblyError) in
                    peaks.add(samples)
                    meter?.add(samples)
                    do throws(AudioError) {
                        if copies > 1 {
                            try spread.withUnsafeMutableBufferPointer { target throws(AudioError) in
                                Self.spread(samples, copies: copies, into: target.baseAddress!)
                                try writer.write(UnsafeBufferPointer(rebasing: target[0..<(samples.count * copies)]))
                            }
                        } else {
                            try writer.write(samples)
                        }
                    } catch {
                        throw .outputFailed(file: writer.url.lastPathComponent, reason: error.reason)
                    }
                }
                written += block.count / mixChannels
                pipe.recycle(block)
                progress(Double(written) / Double(max(plan.durationSamples, 1)))
            }
        } catch {
            pipe.cancel()
            stats.done.wait()
            throw error
        }
        stats.done.wait()
        return Result(
            limiter: stats.value.stats, limiterBlocks: stats.value.log.minima, peaks: peaks, loudness: meter?.report())
    }

    /// Copies each mono sample of `samples` to `copies` interleaved channels of `target`.
    private static func spread(
        _ samples: UnsafeBufferPointer<Float>, copies: Int, into target: UnsafeMutablePointer<Float>
    ) {
        guard let source = samples.baseAddress else { return }
        if copies == 2 {
            for frame in 0..<samples.count {
                let value = source[frame]
                target[2 * frame] = value
                target[2 * frame + 1] = value
            }
            return
        }
        for frame in 0..<samples.count {
            for channel in 0..<copies { target[frame * copies + channel] = source[frame] }
        }
    }

    /// The rendering thread: mixes and limits every block in `channels` channels and sends it down the pipe.
    private func produce(
        into pipe: BlockPipe, channels: Int
    ) throws(AssemblyError) -> (stats: EpisodeLimiter.Stats, log: GainReductionLog) {
        let total = plan.durationSamples
        var limiter = EpisodeLimiter(sampleRate: plan.sampleRate, channels: channels, ceilingDB: ceilingDB)
        var mix = [Float](repeating: 0, count: Self.blockFrames * channels)
        var gains = [Float](repeating: 0, count: Self.blockFrames)
        var mixPlan = plan
        mixPlan.channels = channels
        var layers = try LayerSet(plan: mixPlan)
        var skip = limiter.latencyFrames
        var position = 0
        let episodeGain = Float(pow(10, plan.episodeGainDB / 20))
        let end = total + limiter.latencyFrames
        while position < end {
            let frames = min(Self.blockFrames, end - position)
            guard var block = pipe.takeFree() else { break }
            mix.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            if position < total {
                let audible = min(frames, total - position)
                try mix.withUnsafeMutableBufferPointer { buffer throws(AssemblyError) in
                    try gains.withUnsafeMutableBufferPointer { gainBuffer throws(AssemblyError) in
                        try layers.add(
                            into: buffer.baseAddress!, gains: gainBuffer.baseAddress!,
                            from: position, frames: audible, episodeGain: episodeGain)
                    }
                }
            }
            // Every sample is overwritten by the limiter: only the length needs setting.
            if block.count < frames * channels {
                block.append(contentsOf: [Float](repeating: 0, count: frames * channels - block.count))
            } else if block.count > frames * channels {
                block.removeLast(block.count - frames * channels)
            }
            mix.withUnsafeBufferPointer { source in
                block.withUnsafeMutableBufferPointer { target in
                    limiter.process(source.baseAddress!, frames: frames, into: target.baseAddress!)
                }
            }
            // The limiter's first `latency` frames precede the episode: drop them, so positions stay exact.
            let dropped = min(skip, frames)
            skip -= dropped
            if dropped > 0 { block.removeFirst(dropped * channels) }
            if block.isEmpty { pipe.recycle(block) } else { pipe.send(block) }
            position += frames
        }
        var log = limiter.log
        log.finish()
        return (limiter.stats, log)
    }
}

/// The limiter's statistics from the rendering thread, read once it has signalled `done`.
private final class StatsBox: @unchecked Sendable {
    var value = (stats: EpisodeLimiter.Stats(), log: GainReductionLog(stride: 1))
    let done = DispatchSemaphore(value: 0)
}
