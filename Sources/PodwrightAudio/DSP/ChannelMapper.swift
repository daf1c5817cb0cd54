/// Converts interleaved audio between channel layouts: mono ↔ stereo, and more channels down-mixed.
///
/// Mono to stereo copies the signal to both sides at the same level (a centred voice); stereo to mono averages the
/// sides, so identical sides come out unchanged. More channels are down-mixed: to mono by averaging, to stereo with
/// odd-numbered channels left, even-numbered right (5.1 in WAV order gets its centre, channel 3, on both sides at
/// −3 dB and its LFE dropped).
public struct ChannelMapper: Sendable, Equatable {
    /// Channels in.
    public let inputChannels: Int
    /// Channels out.
    public let outputChannels: Int
    /// Output-major gains: `matrix[out * inputChannels + in]`.
    public let matrix: [Float]

    /// Makes a mapper from `inputChannels` to `outputChannels`.
    public init(inputChannels: Int, outputChannels: Int) {
        precondition(inputChannels > 0 && outputChannels > 0, "channel counts must be positive")
        self.inputChannels = inputChannels
        self.outputChannels = outputChannels
        self.matrix = Self.matrix(from: inputChannels, to: outputChannels)
    }

    /// Whether input and output layouts are the same.
    public var isIdentity: Bool { inputChannels == outputChannels }

    /// Replaces `output` with `input` mapped to ``outputChannels``.
    /// - Parameters:
    ///   - input: Interleaved frames with ``inputChannels`` channels.
    ///   - output: Receives the same number of frames with ``outputChannels`` channels; capacity is reused.
    public func map(_ input: UnsafeBufferPointer<Float>, into output: inout [Float]) {
        let frames = input.count / inputChannels
        output.removeAll(keepingCapacity: true)
        if isIdentity {
            output.append(contentsOf: input)
            return
        }
        output.append(contentsOf: repeatElement(0, count: frames * outputChannels))
        guard frames > 0, let source = input.baseAddress else { return }
        output.withUnsafeMutableBufferPointer { map(source, frames: frames, into: $0.baseAddress!) }
    }

    /// Maps `frames` interleaved frames from `input` into `output` without allocating, for streaming loops.
    /// - Parameters:
    ///   - input: `frames × inputChannels` samples.
    ///   - frames: How many frames to map.
    ///   - output: Room for `frames × outputChannels` samples.
    public func map(_ input: UnsafePointer<Float>, frames: Int, into output: UnsafeMutablePointer<Float>) {
        let (inCount, outCount) = (inputChannels, outputChannels)
        if isIdentity {
            output.update(from: input, count: frames * outCount)
            return
        }
        if inCount == 1 {
            // A centred voice: the same sample on every side, no arithmetic needed.
            for frame in 0..<frames {
                let value = input[frame]
                for channel in 0..<outCount { output[frame * outCount + channel] = value }
            }
            return
        }
        matrix.withUnsafeBufferPointer { gains in
            for frame in 0..<frames {
                let source = frame * inCount
                for channel in 0..<outCount {
                    var sum: Float = 0
                    for inChannel in 0..<inCount {
                        sum += gains[channel * inCount + inChannel] * input[source + inChannel]
                    }
                    output[frame * outCount + channel] = sum
                }
            }
        }
    }

    private static func matrix(from inputs: Int, to outputs: Int) -> [Float] {
        var matrix = [Float](repeating: 0, count: inputs * outputs)
        if inputs == outputs {
            for channel in 0..<inputs { matrix[channel * inputs + channel] = 1 }
        } else if inputs == 1 {
            for channel in 0..<outputs { matrix[channel] = 1 }
        } else if outputs == 1 {
            for channel in 0..<inputs { matrix[channel] = 1 / Float(inputs) }
        } else if outputs == 2, inputs == 6 {
            // L R C LFE Ls Rs (WAV order): ITU-R BS.775 down-mix, scaled so a full-scale left stays below clipping.
            let centre: Float = 0.7071
            let left: [Float] = [1, 0, centre, 0, centre, 0]
            let right: [Float] = [0, 1, centre, 0, 0, centre]
            let norm: Float = 1 / (1 + 2 * centre)
            for channel in 0..<6 {
                matrix[channel] = left[channel] * norm
                matrix[inputs + channel] = right[channel] * norm
            }
        } else {
            // Spread input channels round-robin over the outputs and average what lands on each.
            var counts = [Float](repeating: 0, count: outputs)
            for channel in 0..<inputs { counts[channel % outputs] += 1 }
            for channel in 0..<inputs {
                let out = channel % outputs
                matrix[out * inputs + channel] = 1 / counts[out]
            }
        }
        return matrix
    }
}
