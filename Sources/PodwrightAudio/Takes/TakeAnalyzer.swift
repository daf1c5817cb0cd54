public import Foundation

/// Pass 1: reads one take once and measures what planning needs — trim points, loudness blocks, peaks, clipping,
/// and the quietest stretch for room tone.
public struct TakeAnalyzer: Sendable {
    /// The episode's channel count: loudness is measured on the take as it will sound after channel mapping.
    public var outputChannels: Int
    /// Margins around speech and how the level detector finds it.
    public var trimming = TrimPolicy()

    public init(outputChannels: Int) {
        self.outputChannels = outputChannels
    }

    /// Analyses the file at `url`.
    /// - Parameters:
    ///   - url: the take.
    ///   - trim: whether to trim head and tail silence (stings and beds are kept whole).
    ///   - speech: where the words are (source frames, from an alignment), when known; else the level detector
    ///     finds them.
    /// - Returns: the analysis.
    /// - Throws: ``AudioError`` naming the file when it cannot be opened or decoded.
    public func analyse(_ url: URL, trim: Bool = true, speech: Range<Int>? = nil) throws(AudioError) -> TakeAnalysis {
        var buffers = AnalysisBuffers()
        return try analyse(url, trim: trim, speech: speech, buffers: &buffers)
    }

    /// Analyses the file at `url` in `buffers`, which are kept for the next file (one set per thread).
    /// - Throws: ``AudioError`` naming the file when it cannot be opened or decoded.
    public func analyse(
        _ url: URL, trim: Bool = true, speech: Range<Int>? = nil, buffers: inout AnalysisBuffers
    ) throws(AudioError) -> TakeAnalysis {
        var reader = try AudioFileReader(url: url)
        let rate = reader.sampleRate
        let channels = reader.channels
        // A header that claims 1 Hz would be upsampled ×48,000 into the episode: gigabytes from a kilobyte file.
        guard Self.sampleRates.contains(rate) else {
            throw AudioError(
                .corrupt, path: url.path,
                reason: "says it is sampled at \(rate) Hz; podwright reads 8 kHz to 768 kHz audio, so re-export it")
        }
        let windowFrames = max(1, rate / 100)
        let blockFrames = max(1, rate / 10)
        // A mono take in a stereo episode plays the same on both channels: it is measured once, as mono, and its
        // K-weighted energies doubled (the two channels' sum) — exact, at half the work.
        let measured = channels == 1 ? 1 : outputChannels
        let outputChannels = measured
        var state = AnalysisState(rate: rate, outputChannels: measured, reusing: buffers.planes)
        buffers.planes = []
        let chunkFrames = 8192
        var input = buffers.input
        var mapped = buffers.mapped
        buffers.input = []
        buffers.mapped = []
        if input.count < chunkFrames * channels { input = [Float](repeating: 0, count: chunkFrames * channels) }
        if mapped.count < chunkFrames * outputChannels {
            mapped = [Float](repeating: 0, count: chunkFrames * outputChannels)
        }
        defer {
            buffers.input = input
            buffers.mapped = mapped
        }
        let mapper = ChannelMapper(inputChannels: channels, outputChannels: outputChannels)
        var position = 0
        while true {
            let count = try input.withUnsafeMutableBufferPointer { buffer throws(AudioError) in
                try reader.read(into: UnsafeMutableBufferPointer(rebasing: buffer[0..<(chunkFrames * channels)]))
            }
            if count == 0 { break }
            if let bad = Self.firstUnplayable(input, count: count * channels) {
                let seconds = Double(position + bad / channels) / Double(rate)
                throw AudioError(
                    .corrupt, path: url.path,
                    reason: String(
                        format: "holds samples that are not sound (NaN, infinite or absurdly loud) from %.2f s; "
                            + "re-export it", seconds))
            }
            input.withUnsafeBufferPointer { source in
                if channels == outputChannels {
                    state.consume(
                        source.baseAddress!, frames: count, windowFrames: windowFrames,
                        blockFrames: blockFrames, startFrame: position)
                    return
                }
                mapped.withUnsafeMutableBufferPointer { target in
                    mapper.map(source.baseAddress!, frames: count, into: target.baseAddress!)
                    state.consume(
                        target.baseAddress!, frames: count, windowFrames: windowFrames,
                        blockFrames: blockFrames, startFrame: position)
                }
            }
            position += count
        }
        try reader.close()
        guard position > 0 else {
            throw AudioError(.empty, path: url.path, reason: "holds no audio frames")
        }
        state.finish(windowFrames: windowFrames, blockFrames: blockFrames)
        buffers.planes = state.spentPlanes
        var analysis = state.result(
            frames: position, channels: channels, trim: trim, speech: speech, windowFrames: windowFrames,
            blockFrames: blockFrames, analyzer: self)
        if measured < self.outputChannels {
            let copies = Float(self.outputChannels / measured)
            analysis.blockEnergies = analysis.blockEnergies.map { $0 * copies }
            analysis.integratedLUFS = AssemblyGating.integrated(analysis.blockEnergies)
        }
        return analysis
    }

    /// The sample rates podwright accepts.
    static let sampleRates = 8_000...768_000

    /// The first sample that is NaN, infinite or more than 60 dB over full scale (a damaged float file), if any.
    static func firstUnplayable(_ samples: [Float], count: Int) -> Int? {
        samples.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            // |x| ≤ 1000 exactly when the bits of |x| are at most those of 1000 (infinity and NaN lie above): one
            // vector pass over the chunk says whether anything is wrong, and only then is it searched sample by
            // sample. The search alone, a compare and branch per sample, was a fifth of the analysis.
            let magnitude = SIMD8<UInt32>(repeating: 0x7FFF_FFFF)
            var largest = SIMD8<UInt32>()
            var index = 0
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let bits = (raw + index * MemoryLayout<Float>.stride).loadUnaligned(as: SIMD8<UInt32>.self) & magnitude
                largest = largest.replacing(with: bits, where: bits .> largest)
                index += 8
            }
            var worst: UInt32 = 0
            for lane in 0..<8 { worst = max(worst, largest[lane]) }
            while index < count {
                worst = max(worst, buffer[index].bitPattern & 0x7FFF_FFFF)
                index += 1
            }
            guard worst > (1000 as Float).bitPattern else { return nil }
            for index in 0..<count where !(abs(buffer[index]) <= 1000) { return index }
            return nil
        }
    }
}
