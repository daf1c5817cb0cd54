import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

/// The eight-lane K-weighting against one filter running through the whole stream in order.
@Suite struct KWeightedEnergiesTests {
    /// Noise under an envelope that swings over 80 dB, with silent gaps and a low hum (what the high-pass remembers
    /// longest), in the given channel count.
    static func programme(seconds: Double, sampleRate: Int, channels: Int) -> [Float] {
        var seed: UInt64 = 0x5EED
        let frames = Int(seconds * Double(sampleRate))
        var samples = [Float](repeating: 0, count: frames * channels)
        for frame in 0..<frames {
            let time = Double(frame) / Double(sampleRate)
            let envelope = pow(10, -4 * (1 + sin(time * 1.7)) / 2) * (Int(time * 3) % 7 == 0 ? 0 : 1)
            let hum = 0.2 * sin(2 * Double.pi * 30 * time)
            for channel in 0..<channels {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let noise = Double(Int64(bitPattern: seed) >> 11) / Double(1 << 52)
                samples[frame * channels + channel] = Float(envelope * (0.5 * noise + hum) * (channel == 0 ? 1 : 0.7))
            }
        }
        return samples
    }

    /// Block energies by ``AssemblyKFilter`` one channel after another, every sample in order.
    static func reference(_ samples: [Float], sampleRate: Int, channels: Int, block: Int) -> [Double] {
        let frames = samples.count / channels
        var energies = [Double](repeating: 0, count: frames / block)
        for channel in 0..<channels {
            var filter = AssemblyKFilter(sampleRate: sampleRate)
            samples.withUnsafeBufferPointer { buffer in
                for index in energies.indices {
                    energies[index] +=
                        filter.sumOfSquares(
                            buffer.baseAddress! + index * block * channels + channel, count: block, stride: channels)
                        / Double(block)
                }
            }
        }
        return energies
    }

    @Test(arguments: [(48_000, 1), (44_100, 2), (8_000, 1), (96_000, 2)])
    func lanesAgreeWithOneFilterInOrder(sampleRate: Int, channels: Int) {
        let block = sampleRate / 10
        // 19.37 s: whole groups of 32 blocks, some blocks more and a partial block.
        let samples = Self.programme(seconds: 19.37, sampleRate: sampleRate, channels: channels)
        var lanes = KWeightedEnergies(sampleRate: sampleRate, channels: channels, blockFrames: block)
        // Fed in uneven pieces, as a renderer or a file reader would.
        var offset = 0
        var piece = 1_000
        samples.withUnsafeBufferPointer { buffer in
            while offset < samples.count / channels {
                let count = min(piece, samples.count / channels - offset)
                lanes.add(buffer.baseAddress! + offset * channels, frames: count)
                offset += count
                piece = piece * 7 % 13_001 + 1
            }
        }
        let partial = lanes.finish()
        let expected = Self.reference(samples, sampleRate: sampleRate, channels: channels, block: block)
        #expect(lanes.energies.count == expected.count)
        #expect(partial.frames == samples.count / channels - expected.count * block)
        // Blocks a loudness meter counts (above the −70 LUFS absolute gate) agree to 0.02 dB, integrated loudness to
        // a thousandth of a LU.
        var worst = 0.0
        var worstLevel = 0.0
        for (index, energy) in lanes.energies.enumerated() where -0.691 + 10 * log10(expected[index]) > -70 {
            let error = abs(10 * log10(Double(energy) / expected[index]))
            if error > worst {
                worst = error
                worstLevel = -0.691 + 10 * log10(expected[index])
            }
        }
        #expect(worst < 0.02, "worst block differs by \(worst) dB, at \(worstLevel) LUFS")
        let integrated = AssemblyGating.integrated(lanes.energies) ?? 0
        let reference = AssemblyGating.integrated(expected.map { Float($0) }) ?? 0
        #expect(abs(integrated - reference) < 1e-3, "integrated \(integrated) against \(reference) LUFS")
    }

    /// The assembler's own meters (the take analysis, and the delivered file's as written) against libebur128 with
    /// its exact gating, on the same audio.
    @Test(arguments: [(48_000, 1), (44_100, 2)])
    func assemblerMetersReadAsLibebur128(sampleRate: Int, channels: Int) throws {
        let samples = Self.programme(seconds: 30, sampleRate: sampleRate, channels: channels)
        let reference = try TestSignals.integratedLUFS(samples, sampleRate: sampleRate, channels: channels)
        var meter = StreamMeter(sampleRate: sampleRate, channels: channels)
        samples.withUnsafeBufferPointer { meter.add($0) }
        let delivered = meter.report().integratedLUFS
        #expect(abs(delivered - reference) <= 0.01, "delivered meter \(delivered), libebur128 \(reference) LUFS")

        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("take.wav")
        try TestSignals.write(
            samples, to: url,
            settings: AudioFileSettings(format: .wav, sampleRate: sampleRate, channels: channels, bitDepth: 24))
        let analysis = try TakeAnalyzer(outputChannels: channels).analyse(url, trim: false)
        let take = try #require(analysis.integratedLUFS)
        #expect(abs(take - reference) <= 0.01, "take analysis \(take), libebur128 \(reference) LUFS")
    }
}
