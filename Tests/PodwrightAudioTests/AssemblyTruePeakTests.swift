import Foundation
import Testing

@testable import PodwrightAudio

/// Our 4× oversampled true-peak detection, against signals whose inter-sample peaks are known.
@Suite struct AssemblyTruePeakTests {
    /// A sine at a quarter of the sample rate, sampled 45° off its crests: every sample is at 0.707 of the true peak.
    @Test(arguments: [(0.25, Double.pi / 4), (0.125, Double.pi / 8), (0.3, 0.3)])
    func findsPeaksBetweenSamples(cyclesPerSample: Double, phase: Double) {
        // A slow fade-in: a sine switched on abruptly really does overshoot between its first samples.
        let samples = (0..<9_600).map {
            Float(min(1, Double($0) / 4_800) * cos(2 * Double.pi * cyclesPerSample * Double($0) + phase))
        }
        var scan = TruePeakScan(channels: 1)
        samples.withUnsafeBufferPointer { scan.add($0) }
        let samplePeak = samples.map(abs).max()!
        #expect(scan.peak > samplePeak + 0.01, "true peak \(scan.peak) vs sample peak \(samplePeak)")
        #expect(scan.peak > 0.985 && scan.peak < 1.01, "true peak \(scan.peak)")
    }

    @Test func limiterHoldsTheCeilingBetweenSamples() {
        let samples = (0..<48_000).map { Float(1.4 * cos(2 * Double.pi * 0.25 * Double($0) + Double.pi / 4)) }
        var limiter = EpisodeLimiter(sampleRate: 48_000, channels: 1, ceilingDB: -1)
        var output = [Float](repeating: 0, count: samples.count)
        samples.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer {
                limiter.process(input.baseAddress!, frames: samples.count, into: $0.baseAddress!)
            }
        }
        var scan = TruePeakScan(channels: 1)
        output.withUnsafeBufferPointer { scan.add($0) }
        #expect(20 * log10(Double(scan.peak)) <= -1, "true peak \(20 * log10(Double(scan.peak))) dBTP")
        #expect(limiter.stats.maxReductionDB > 3)
    }
}
