import Foundation

/// Streams part of an audio file at the episode's rate and channel count: seeks to the first kept frame, maps
/// channels, resamples, and hands out exactly the planned number of output frames (padding or dropping the odd
/// frame the resampler's rounding leaves), optionally looping.
final class ClipStream {
    private var reader: AudioFileReader
    private var resampler: Resampler
    private let sourceRange: Range<Int>
    private let sourceChannels: Int
    private let mapper: ChannelMapper
    private let channels: Int
    private let looping: Bool
    private var sourcePosition: Int
    private var input: [Float]
    private var mapped: [Float]
    private var converted: [Float] = []
    /// Output-rate frames ready to hand out: samples `pendingOffset ..< pendingEnd`.
    private var pending: [Float] = []
    private var pendingOffset = 0
    private var pendingEnd = 0
    /// Same layout and rate (the usual take): chunks are decoded straight into what is handed out.
    private let direct: Bool
    private var flushed = false
    /// Noise reduction, and the denoised frames still to drop (the warm-up before the range, and the lag).
    private let denoiser: Denoiser?
    private var dropFrames = 0
    private static let chunkFrames = 16_384

    /// Opens `url` to play `range` (source frames) at `outputRate` with `channels`, denoised if asked.
    /// - Throws: ``AudioError`` naming the file when it cannot be opened, sought or resampled.
    init(
        url: URL, range: Range<Int>, outputRate: Int, channels: Int, looping: Bool = false, denoise: Bool = false
    ) throws(AudioError) {
        var reader = try AudioFileReader(url: url)
        var range = range
        if denoise {
            let denoiser = try Denoiser(sampleRate: reader.sampleRate, channels: reader.channels)
            // The noise estimate hears what precedes the range first; the range reads on by the denoiser's lag.
            let warmup = min(range.lowerBound, Int(Denoiser.warmupSeconds * Double(reader.sampleRate)))
            dropFrames = warmup + denoiser.latencyFrames
            range = (range.lowerBound - warmup)..<(range.upperBound + denoiser.latencyFrames)
            self.denoiser = denoiser
        } else {
            denoiser = nil
        }
        if range.lowerBound > 0 { try reader.seek(toFrame: range.lowerBound) }
        resampler = try Resampler(
            inputRate: Double(reader.sampleRate), outputRate: Double(outputRate), channels: channels)
        sourceChannels = reader.channels
        mapper = ChannelMapper(inputChannels: reader.channels, outputChannels: channels)
        self.reader = reader
        self.sourceRange = range
        self.channels = channels
        self.looping = looping
        sourcePosition = range.lowerBound
        input = [Float](repeating: 0, count: Self.chunkFrames * sourceChannels)
        mapped = [Float](repeating: 0, count: Self.chunkFrames * channels)
        direct = mapper.isIdentity && resampler.isPassthrough
    }

    /// Adds the next `frames` output frames into `target`, the n-th multiplied by `gains[n]`.
    /// - Parameters:
    ///   - target: interleaved output at the episode's channel count.
    ///   - frames: how many frames to add.
    ///   - gains: one gain per frame (fades, ducking, level).
    /// - Throws: ``AudioError`` when the file turns out damaged while reading.
    func add(into target: UnsafeMutablePointer<Float>, frames: Int, gains: UnsafePointer<Float>) throws(AudioError) {
        var done = 0
        let channels = self.channels
        while done < frames {
            if pendingOffset >= pendingEnd {
                try refill()
                if pendingOffset >= pendingEnd { return }  // the source ran dry: the rest stays silent
            }
            let available = (pendingEnd - pendingOffset) / channels
            let count = min(available, frames - done)
            pending.withUnsafeBufferPointer { buffer in
                let source = buffer.baseAddress! + pendingOffset
                let output = target + done * channels
                let gain = gains + done
                if channels == 1 {
                    for frame in 0..<count { output[frame] += source[frame] * gain[frame] }
                } else {
                    for frame in 0..<count {
                        for channel in 0..<channels {
                            output[frame * channels + channel] += source[frame * channels + channel] * gain[frame]
                        }
                    }
                }
            }
            pendingOffset += count * channels
            done += count
        }
    }

    /// Reads, maps and resamples the next chunk into `pending`.
    private func refill() throws(AudioError) {
        pendingOffset = 0
        pendingEnd = 0
        while pendingEnd == 0 {
            if sourcePosition >= sourceRange.upperBound {
                if looping {
                    try reader.seek(toFrame: sourceRange.lowerBound)
                    sourcePosition = sourceRange.lowerBound
                } else {
                    if flushed { return }
                    flushed = true
                    resampler.flush(into: &pending)
                    pendingEnd = pending.count
                    return
                }
            }
            let want = min(Self.chunkFrames, sourceRange.upperBound - sourcePosition)
            if input.count < Self.chunkFrames * sourceChannels {
                input = [Float](repeating: 0, count: Self.chunkFrames * sourceChannels)
            }
            let count = try input.withUnsafeMutableBufferPointer { buffer throws(AudioError) in
                try reader.read(into: UnsafeMutableBufferPointer(rebasing: buffer[0..<(want * sourceChannels)]))
            }
            if count == 0, denoiser == nil || sourcePosition >= sourceRange.upperBound {
                // Shorter than analysed (the header promised more): end here as if at the range's end.
                sourcePosition = sourceRange.upperBound
                if looping { return }
                continue
            }
            sourcePosition += count
            if let denoiser {
                // Past the file's end the denoiser's lag is flushed with silence.
                let fed = count == 0 ? want : count
                if count == 0 {
                    input.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
                    sourcePosition = sourceRange.upperBound
                }
                let kept = input.withUnsafeMutableBufferPointer { buffer in
                    denoiser.process(buffer.baseAddress!, frames: fed)
                    let drop = min(dropFrames, fed)
                    dropFrames -= drop
                    if drop > 0 {
                        let rest = (fed - drop) * sourceChannels
                        buffer.baseAddress!.update(from: buffer.baseAddress! + drop * sourceChannels, count: rest)
                    }
                    return fed - drop
                }
                if kept == 0 { continue }
                try hand(kept)
                continue
            }
            try hand(count)
        }
    }

    /// Hands out `count` decoded frames of `input`: as they are, or mapped and resampled.
    private func hand(_ count: Int) throws(AudioError) {
        do {
            if direct {
                // The decoded chunk is handed out as it is; the old one becomes the next read buffer.
                swap(&pending, &input)
                pendingEnd = count * channels
                return
            }
            input.withUnsafeBufferPointer { source in
                mapped.withUnsafeMutableBufferPointer { target in
                    mapper.map(source.baseAddress!, frames: count, into: target.baseAddress!)
                }
            }
            mapped.withUnsafeBufferPointer { buffer in
                resampler.process(UnsafeBufferPointer(rebasing: buffer[0..<(count * channels)]), into: &converted)
            }
            swap(&pending, &converted)
            pendingEnd = pending.count
        }
    }
}
