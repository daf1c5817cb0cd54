import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

@Suite struct ResamplerTests {
    /// Amplitude of `frequency` in a mono signal (a single-bin DFT over whole cycles).
    static func amplitude(of frequency: Double, in samples: ArraySlice<Float>, rate: Int) -> Double {
        var real = 0.0
        var imaginary = 0.0
        for (index, sample) in samples.enumerated() {
            let angle = 2 * .pi * frequency * Double(index) / Double(rate)
            real += Double(sample) * cos(angle)
            imaginary += Double(sample) * sin(angle)
        }
        return 2 * (real * real + imaginary * imaginary).squareRoot() / Double(samples.count)
    }

    static func resample(_ input: [Float], from inputRate: Int, to outputRate: Int, channels: Int) throws -> [Float] {
        var resampler = try Resampler(inputRate: Double(inputRate), outputRate: Double(outputRate), channels: channels)
        var output: [Float] = []
        var chunk: [Float] = []
        input.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + 1_234 * channels)
                resampler.process(UnsafeBufferPointer(rebasing: buffer[start..<end]), into: &chunk)
                output += chunk
                start = end
            }
        }
        resampler.flush(into: &chunk)
        return output + chunk
    }

    @Test(arguments: [(8_000, 1), (44_100, 2), (96_000, 1), (192_000, 2), (48_000, 2)])
    func keepsLengthPitchAndLevel(inputRate: Int, channels: Int) throws {
        let seconds = 2.0
        let input = TestSignals.sine(
            frequency: 1_000,
            amplitude: 0.5,
            seconds: seconds,
            sampleRate: inputRate,
            channels: channels
        )
        let output = try Self.resample(input, from: inputRate, to: 48_000, channels: channels)
        #expect(abs(output.count / channels - 96_000) <= 1)
        // Left channel, middle second: the tone is still at 1 kHz and −6 dBFS; nothing at 1.1 kHz.
        let left = stride(from: 0, to: output.count, by: channels).map { output[$0] }
        let middle = left[24_000..<72_000]
        #expect(abs(Self.amplitude(of: 1_000, in: middle, rate: 48_000) - 0.5) < 0.005)
        #expect(Self.amplitude(of: 1_100, in: middle, rate: 48_000) < 0.001)
    }

    @Test func staysTimeAligned() throws {
        // A click at 0.5 s comes out at 0.5 s.
        var input = [Float](repeating: 0, count: 44_100)
        input[22_050] = 1
        let output = try Self.resample(input, from: 44_100, to: 48_000, channels: 1)
        let peak = output.indices.max { abs(output[$0]) < abs(output[$1]) } ?? 0
        #expect(abs(peak - 24_000) <= 1)
    }

    @Test func equalRatesPassThrough() throws {
        let input: [Float] = [0.1, 0.2, -0.3, 0.4]
        var resampler = try Resampler(inputRate: 48_000, outputRate: 48_000, channels: 2)
        let passthrough = resampler.isPassthrough
        #expect(passthrough)
        var output: [Float] = []
        input.withUnsafeBufferPointer { resampler.process($0, into: &output) }
        #expect(output == input)
    }

    @Test func channelMapperConvertsLayouts() {
        let stereo: [Float] = [0.2, 0.4, -0.6, 0.0]
        var output: [Float] = []
        stereo.withUnsafeBufferPointer { ChannelMapper(inputChannels: 2, outputChannels: 1).map($0, into: &output) }
        #expect(output == [0.3, -0.3])
        let mono: [Float] = [0.5, -0.25]
        mono.withUnsafeBufferPointer { ChannelMapper(inputChannels: 1, outputChannels: 2).map($0, into: &output) }
        #expect(output == [0.5, 0.5, -0.25, -0.25])
        let surround: [Float] = [1, 0, 0, 0, 0, 0]
        surround.withUnsafeBufferPointer { ChannelMapper(inputChannels: 6, outputChannels: 2).map($0, into: &output) }
        #expect(output.count == 2 && output[0] > 0.4 && output[0] <= 1 && output[1] == 0)
        let four: [Float] = [0.1, 0.2, 0.3, 0.4]
        four.withUnsafeBufferPointer { ChannelMapper(inputChannels: 4, outputChannels: 2).map($0, into: &output) }
        #expect(abs(output[0] - 0.2) < 1e-6 && abs(output[1] - 0.3) < 1e-6)
    }
}
