public import Foundation
public import PodwrightAudio

/// A take as the recogniser hears it: 16 kHz mono 16-bit samples, resampled with libsoxr, and the take's own rate
/// so that times found at 16 kHz map back to the take's samples exactly.
///
/// Nothing else changes the audio: channels are averaged, the level is left as recorded.
public struct SpeechAudio: Sendable {
    /// The rate PocketSphinx's US English model was trained at.
    public static let rate = 16_000
    /// The samples at 16 kHz, mono.
    public var samples: [Int16]
    /// The take's own sample rate.
    public var takeRate: Int
    /// The take's length in its own frames.
    public var takeFrames: Int

    public init(samples: [Int16], takeRate: Int, takeFrames: Int) {
        self.samples = samples
        self.takeRate = takeRate
        self.takeFrames = takeFrames
    }

    /// Reads and resamples the file at `url`.
    /// - Throws: ``AudioError`` naming the file when it cannot be read.
    public init(contentsOf url: URL) throws(AudioError) {
        var reader = try AudioFileReader(url: url)
        let channels = reader.channels
        var resampler = try Resampler(
            inputRate: Double(reader.sampleRate), outputRate: Double(Self.rate), channels: 1, veryHighQuality: false)
        let chunk = 16_384
        var input = [Float](repeating: 0, count: chunk * channels)
        var mono = [Float](repeating: 0, count: chunk)
        var output: [Float] = []
        var samples: [Int16] = []
        samples.reserveCapacity(reader.frameCount * Self.rate / max(1, reader.sampleRate) + 1024)
        var frames = 0
        while true {
            let count = try reader.read(into: &input, frames: chunk)
            if count == 0 { break }
            frames += count
            Self.downmix(input, channels: channels, frames: count, into: &mono)
            mono.withUnsafeBufferPointer {
                resampler.process(UnsafeBufferPointer(rebasing: $0[0..<count]), into: &output)
            }
            Self.append(output, to: &samples)
        }
        resampler.flush(into: &output)
        Self.append(output, to: &samples)
        self.samples = samples
        self.takeRate = reader.sampleRate
        self.takeFrames = frames
    }

    /// The take frame at a recogniser frame (10 ms, PocketSphinx's frame rate of 100 per second).
    public func takeFrame(forRecogniserFrame frame: Int) -> Int {
        min(takeFrames, max(0, Int((Double(frame) * Double(takeRate) / 100).rounded())))
    }

    /// Seconds of audio.
    public var seconds: Double { Double(samples.count) / Double(Self.rate) }

    private static func downmix(_ input: [Float], channels: Int, frames: Int, into mono: inout [Float]) {
        if channels == 1 {
            for index in 0..<frames { mono[index] = input[index] }
            return
        }
        let scale = 1 / Float(channels)
        for frame in 0..<frames {
            var sum: Float = 0
            for channel in 0..<channels { sum += input[frame * channels + channel] }
            mono[frame] = sum * scale
        }
    }

    private static func append(_ output: [Float], to samples: inout [Int16]) {
        for value in output {
            samples.append(Int16(max(-32_768, min(32_767, (value * 32_767).rounded()))))
        }
    }
}
