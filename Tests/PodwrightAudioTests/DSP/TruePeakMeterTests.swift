import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

@Suite struct TruePeakMeterTests {
    /// Signals where inter-sample peaks matter: high tones at awkward phases, a chirp, and seeded noise.
    static let signals: [(name: String, rate: Int, channels: Int)] = [
        ("sine 997 Hz", 48_000, 1), ("sine 11 kHz phase 0.7", 48_000, 2), ("sine 19 kHz", 44_100, 1),
        ("chirp", 48_000, 1), ("noise", 48_000, 2), ("sine 12 kHz at 96 kHz", 96_000, 1),
    ]

    static func make(_ name: String, rate: Int, channels: Int) -> [Float] {
        switch name {
        case "sine 997 Hz":
            return TestSignals.sine(frequency: 997, amplitude: 0.9, seconds: 1, sampleRate: rate, channels: channels)
        case "sine 11 kHz phase 0.7":
            return TestSignals.sine(
                frequency: 11_000,
                amplitude: 0.8,
                seconds: 1,
                sampleRate: rate,
                channels: channels,
                phase: 0.7
            )
        case "sine 19 kHz":
            return TestSignals.sine(frequency: 19_000, amplitude: 0.5, seconds: 1, sampleRate: rate, channels: channels)
        case "sine 12 kHz at 96 kHz":
            return TestSignals.sine(
                frequency: 12_000,
                amplitude: 0.5,
                seconds: 1,
                sampleRate: rate,
                channels: channels,
                phase: 0.3
            )
        case "chirp":
            let frames = rate * 2
            return (0..<frames).map { frame in
                let time = Double(frame) / Double(rate)
                // Faded in and out so no meter reads ringing from a cut at 16 kHz.
                let fade = min(1, min(time, 2 - time) / 0.05)
                return Float(0.7 * fade * sin(2 * .pi * (100 * time + 4_000 * time * time)))
            }
        default:
            // Band-limited noise: 40 tones at seeded random frequencies (50 Hz–15 kHz) and phases. Full-band white
            // noise has no well-defined true peak (every finite interpolator reads it differently), so it is no test.
            var state: UInt32 = 12345
            func next() -> Double {
                state = state &* 1_664_525 &+ 1_013_904_223
                return Double(state) / Double(UInt32.max)
            }
            let tones = (0..<40).map { _ in (50 + next() * 14_950, next() * 2 * Double.pi) }
            var samples = [Float](repeating: 0, count: rate * channels)
            for frame in 0..<rate {
                let time = Double(frame) / Double(rate)
                let value = tones.reduce(0.0) { $0 + sin(2 * .pi * $1.0 * time + $1.1) } / 25
                for channel in 0..<channels { samples[frame * channels + channel] = Float(value) }
            }
            return samples
        }
    }

    @Test(arguments: signals.indices)
    func agreesWithLibebur128WithinTwoTenthsOfADecibel(index: Int) throws {
        let (name, rate, channels) = Self.signals[index]
        let samples = Self.make(name, rate: rate, channels: channels)
        var ours = TruePeakMeter(sampleRate: rate, channels: channels)
        var reference = try LoudnessMeter(
            sampleRate: rate,
            channels: channels,
            recordsBlocks: false,
            libraryGating: false,
            libraryTruePeak: true
        )
        samples.withUnsafeBufferPointer { buffer in
            // Uneven chunks exercise the streaming joins.
            var start = 0
            var step = 1000
            while start < buffer.count {
                let end = min(buffer.count, start + step * channels)
                let chunk = UnsafeBufferPointer(rebasing: buffer[start..<end])
                ours.add(chunk)
                reference.add(chunk)
                start = end
                step = step == 1000 ? 4999 : 1000
            }
        }
        #expect(abs(ours.truePeakDBTP - reference.libraryTruePeakDBTP) < 0.2, "\(name)")
        #expect(ours.truePeakDBTP >= ours.samplePeakDBFS)
        let samplePeak = 20 * log10(Double(samples.map(abs).max() ?? 0))
        #expect(abs(ours.samplePeakDBFS - samplePeak) < 1e-6)
        #expect(abs(reference.samplePeakDBFS - samplePeak) < 1e-6)
    }

    @Test func silenceReadsMinusInfinity() {
        var meter = TruePeakMeter(sampleRate: 48_000, channels: 2)
        [Float](repeating: 0, count: 9600).withUnsafeBufferPointer { meter.add($0) }
        #expect(meter.truePeakDBTP == -.infinity)
    }
}
