/// Maps interleaved frames from a take's channel count to the episode's: mono is copied to every channel, stereo
/// (or more) is averaged for mono, and extra channels beyond the first two are dropped for stereo.
enum ChannelMap {
    /// Converts `frames` interleaved frames of `from` channels in `input` into `output` with `to` channels.
    static func map(
        _ input: UnsafePointer<Float>, from: Int, into output: UnsafeMutablePointer<Float>, to: Int, frames: Int
    ) {
        if from == to {
            output.update(from: input, count: frames * to)
            return
        }
        if from == 1 {
            for frame in 0..<frames {
                let value = input[frame]
                for channel in 0..<to { output[frame * to + channel] = value }
            }
            return
        }
        if to == 1 {
            let scale = 1 / Float(from)
            for frame in 0..<frames {
                var sum: Float = 0
                for channel in 0..<from { sum += input[frame * from + channel] }
                output[frame] = sum * scale
            }
            return
        }
        for frame in 0..<frames {
            for channel in 0..<to {
                output[frame * to + channel] = input[frame * from + min(channel, from - 1)]
            }
        }
    }
}
