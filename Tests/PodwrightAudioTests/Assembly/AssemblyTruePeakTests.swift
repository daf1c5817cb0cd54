import Foundation
import Testing

@testable import PodwrightAudio

/// Our 4× oversampled true-peak detection, against signals whose inter-sample peaks are known.
@Suite struct AssemblyTruePeakTests {
    /// The largest 4× oversampled magnitude of interleaved audio by the limiter's 32-tap interpolator, reading
    /// silence before and after.
    static func interpolatedPeak(_ interleaved: [Float], channels: Int) -> Float {
        let interpolator = InterSamplePeak()
        let frames = interleaved.count / channels
        let pad = 2 * InterSamplePeak.context
        var result: Float = 0
        for channel in 0..<channels {
            var plane = [Float](repeating: 0, count: frames + 2 * pad)
            for frame in 0..<frames { plane[pad + frame] = interleaved[frame * channels + channel] }
            var peaks = [Float](repeating: 0, count: frames)
            plane.withUnsafeBufferPointer { line in
                peaks.withUnsafeMutableBufferPointer {
                    interpolator.peaks(line.baseAddress! + pad, frames: 0..<frames, into: $0.baseAddress!)
                }
            }
            result = max(result, peaks.max() ?? 0)
        }
        return result
    }

    /// A sine at a quarter of the sample rate, sampled 45° off its crests: every sample is at 0.707 of the true peak.
    @Test(arguments: [(0.25, Double.pi / 4), (0.125, Double.pi / 8), (0.3, 0.3)])
    func findsPeaksBetweenSamples(cyclesPerSample: Double, phase: Double) {
        // Slow fades in and out: a sine switched on or off abruptly really does overshoot between samples there.
        let samples = (0..<14_400).map {
            Float(
                min(1, Double($0) / 4_800, Double(14_399 - $0) / 4_800)
                    * cos(2 * Double.pi * cyclesPerSample * Double($0) + phase))
        }
        let peak = Self.interpolatedPeak(samples, channels: 1)
        let samplePeak = samples.map(abs).max()!
        #expect(peak > samplePeak + 0.01, "true peak \(peak) vs sample peak \(samplePeak)")
        #expect(peak > 0.985 && peak < 1.01, "true peak \(peak)")
    }

    @Test func limiterHoldsTheCeilingBetweenSamples() {
        // Followed by silence, so the limiter is flushed and its output ends as the signal does (abruptly).
        var limiter = EpisodeLimiter(sampleRate: 48_000, channels: 1, ceilingDB: -1)
        let samples =
            (0..<48_000).map { Float(1.4 * cos(2 * Double.pi * 0.25 * Double($0) + Double.pi / 4)) }
            + [Float](repeating: 0, count: limiter.latencyFrames + 64)
        var output = [Float](repeating: 0, count: samples.count)
        samples.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer {
                limiter.process(input.baseAddress!, frames: samples.count, into: $0.baseAddress!)
            }
        }
        let peak = 20 * log10(Double(Self.interpolatedPeak(output, channels: 1)))
        #expect(peak <= -1, "true peak \(peak) dBTP")
        var meter = TruePeakMeter(sampleRate: 48_000, channels: 1)
        output.withUnsafeBufferPointer { meter.add($0) }
        #expect(meter.truePeakDBTP <= -1, "true peak \(meter.truePeakDBTP) dBTP (BS.1770 meter)")
        #expect(limiter.stats.maxReductionDB > 3)
    }
}
