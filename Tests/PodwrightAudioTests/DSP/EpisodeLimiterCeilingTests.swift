import Foundation
import Testing

@testable import PodwrightAudio

/// The episode limiter on minutes of programme-like material fed in blocks of changing size: no sample and no
/// 4× oversampled peak of its output may pass the ceiling, and it must only ever scale the delayed input.
@Suite struct EpisodeLimiterCeilingTests {
    static let sampleRate = 48_000
    static let channels = 2
    static let ceilingDB = -1.0

    /// Band-limited noise bursts and tones, stereo, with crest levels from well under the ceiling to 6 dB over it,
    /// separated by near-silence and by quiet stretches long enough for the limiter to come to rest.
    static func programme(seconds: Int, seed: UInt64) -> [Float] {
        var state = seed
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) * 2 - 1
        }
        let frames = seconds * sampleRate
        var samples = [Float](repeating: 0, count: frames * channels)
        var frame = 0
        var lowLeft = 0.0
        var lowRight = 0.0
        var bandLeft = 0.0
        var bandRight = 0.0
        while frame < frames {
            let length = Int((0.05 + (uniform() + 1) * 1.2) * Double(sampleRate))
            let kind = Int((uniform() + 1) * 2) % 4
            // Peak levels from −12 dBFS to +6 dB over the ceiling.
            let levelDB = ceilingDB - 12 + (uniform() + 1) * 9
            let amplitude = pow(10, levelDB / 20)
            let frequency = 80 + (uniform() + 1) * 9_000
            let phase = uniform() * Double.pi
            let end = min(frames, frame + length)
            for index in frame..<end {
                let t = Double(index - frame)
                // A 2 ms raised-cosine edge so the bursts themselves stay band-limited.
                let edge = min(1, min(t, Double(end - 1 - index)) / 96)
                let fade = 0.5 - 0.5 * cos(Double.pi * edge)
                var left: Double
                var right: Double
                switch kind {
                case 0:
                    left = sin(2 * Double.pi * frequency * t / Double(sampleRate) + phase)
                    right = 0.8 * sin(2 * Double.pi * frequency * 1.01 * t / Double(sampleRate))
                case 1, 2:
                    // Two one-pole stages each way: noise low-passed and high-passed into a speech-like band.
                    lowLeft += 0.35 * (uniform() - lowLeft)
                    lowRight += 0.35 * (uniform() - lowRight)
                    bandLeft += 0.5 * (lowLeft - bandLeft)
                    bandRight += 0.5 * (lowRight - bandRight)
                    left = 2.6 * (lowLeft - bandLeft + 0.4 * lowLeft)
                    right = 2.6 * (lowRight - bandRight + 0.4 * lowRight)
                default:
                    left = 0.001 * uniform()
                    right = 0.001 * uniform()
                }
                samples[index * channels] = Float(amplitude * fade * left)
                samples[index * channels + 1] = Float(amplitude * fade * right)
            }
            frame = end
        }
        return samples
    }

    /// Runs `input` through a fresh limiter in blocks of the given sizes (cycled), then flushes its latency.
    static func limit(_ input: [Float], blockSizes: [Int]) -> (output: [Float], stats: EpisodeLimiter.Stats) {
        var limiter = EpisodeLimiter(sampleRate: sampleRate, channels: channels, ceilingDB: ceilingDB)
        let latency = limiter.latencyFrames
        let padded = input + [Float](repeating: 0, count: latency * channels)
        var output = [Float](repeating: 0, count: padded.count)
        let total = padded.count / channels
        var position = 0
        var turn = 0
        padded.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                while position < total {
                    let frames = min(blockSizes[turn % blockSizes.count], total - position)
                    limiter.process(
                        source.baseAddress! + position * channels, frames: frames,
                        into: target.baseAddress! + position * channels)
                    position += frames
                    turn += 1
                }
            }
        }
        return (Array(output.dropFirst(latency * channels)), limiter.stats)
    }

    /// Long enough for a gain computer's rounding to build up (a Float running sum let peaks through after two
    /// minutes), in the renderer's block size broken up by odd ones.
    @Test(arguments: [[16_384, 16_384, 4_096, 333, 1, 64, 7_000, 17, 65, 127]])
    func holdsTheCeilingEverywhere(blockSizes: [Int]) {
        let input = Self.programme(seconds: 150, seed: 7)
        let (output, stats) = Self.limit(input, blockSizes: blockSizes)
        #expect(output.count == input.count)
        let ceiling = Float(pow(10, Self.ceilingDB / 20))
        var over = 0
        var first = -1
        for index in output.indices where abs(output[index]) > ceiling {
            over += 1
            if first < 0 { first = index / Self.channels }
        }
        #expect(over == 0, "\(over) samples over the ceiling, the first at frame \(first)")
        var meter = TruePeakMeter(sampleRate: Self.sampleRate, channels: Self.channels)
        output.withUnsafeBufferPointer { meter.add($0) }
        #expect(meter.truePeakDBTP <= Self.ceilingDB, "true peak \(meter.truePeakDBTP) dBTP (BS.1770 meter)")
        // And by the limiter's own 32-tap interpolator, closer to ideal reconstruction.
        let scanned = 20 * log10(Double(AssemblyTruePeakTests.interpolatedPeak(output, channels: Self.channels)))
        #expect(scanned <= Self.ceilingDB, "true peak \(scanned) dBTP (32-tap scan)")
        // It must have had work to do, and done nothing but scale: one gain ≤ 1 for both channels of a frame.
        #expect(stats.limitedFrames > Self.sampleRate && stats.maxReductionDB > 3)
        var notScaled = 0
        for frame in 0..<(input.count / Self.channels) {
            let left = input[frame * 2]
            let right = input[frame * 2 + 1]
            guard abs(left) > 1e-3, abs(right) > 1e-3 else { continue }
            let gainLeft = output[frame * 2] / left
            let gainRight = output[frame * 2 + 1] / right
            if gainLeft > 1 + 1e-6 || abs(gainLeft - gainRight) > 1e-4 { notScaled += 1 }
        }
        #expect(notScaled == 0, "\(notScaled) frames not a plain scaling of the input")
    }
}
