import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

/// EBU Tech 3341 (loudness metering, v3) cases 1–5 and 15–19, and EBU Tech 3342 (loudness range) cases 1–4,
/// with the signals synthesised here, written as 24-bit WAV and measured through `AudioMeasurement.measure`, the code
/// path of `podwright measure`. Levels of the 1 kHz stereo sines are peak dBFS per channel (which Tech 3341 defines so
/// that a −23 dBFS sine reads −23 LUFS).
@Suite struct LoudnessComplianceTests {
    /// A stereo 1 kHz sine sequence: (peak dBFS, seconds) pieces.
    static func sequence(_ pieces: [(Double, Double)], rate: Int = 48_000) -> [Float] {
        var samples: [Float] = []
        var frameOffset = 0
        for (level, seconds) in pieces {
            let frames = Int((seconds * Double(rate)).rounded())
            let amplitude = TestSignals.amplitude(dBFS: level)
            for frame in 0..<frames {
                // One continuous phase across pieces, as a generator switching level would give.
                let value = Float(amplitude * sin(2 * .pi * 1000 * Double(frameOffset + frame) / Double(rate)))
                samples.append(value)
                samples.append(value)
            }
            frameOffset += frames
        }
        return samples
    }

    static func measure(
        _ samples: [Float], rate: Int = 48_000, channels: Int = 2,
        meters: AudioMeasurement.Meters = .all
    ) throws -> AudioMeasurement {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("signal.wav")
        try TestSignals.write(
            samples,
            to: url,
            settings: AudioFileSettings(
                format: .wav,
                sampleRate: rate,
                channels: channels,
                bitDepth: 24
            )
        )
        return try AudioMeasurement.measure(url, meters: meters)
    }

    static let tech3341Loudness: [(case: Int, pieces: [(Double, Double)])] = [
        (1, [(-23, 20)]),
        (2, [(-33, 20)]),
        (3, [(-36, 10), (-23, 60), (-36, 10)]),
        (4, [(-72, 10), (-36, 10), (-23, 60), (-36, 10), (-72, 10)]),
        (5, [(-26, 20), (-20, 20.1), (-26, 20)]),
    ]

    @Test(arguments: tech3341Loudness.indices)
    func tech3341IntegratedLoudnessWithinATenthOfAnLU(index: Int) throws {
        let (number, pieces) = Self.tech3341Loudness[index]
        // Loudness cases run the loudness meter only: the true-peak meter is unoptimised in debug test builds.
        let measurement = try Self.measure(Self.sequence(pieces), meters: .loudness)
        let expected: Double = number == 2 ? -33 : -23
        #expect(abs(measurement.loudness.integratedLUFS - expected) <= 0.1, "Tech 3341 case \(number)")
    }

    /// Cases 15–19: (frequency as a fraction of fs, phase in degrees, peak amplitude, expected dBTP).
    static let tech3341TruePeak: [(case: Int, fraction: Double, phase: Double, amplitude: Double, expected: Double)] = [
        (15, 1.0 / 4, 0, 0.5, -6),
        (16, 1.0 / 4, 45, 0.5, -6),
        (17, 1.0 / 6, 60, 0.5, -6),
        (18, 1.0 / 8, 67.5, 0.5, -6),
        (19, 1.0 / 4, 45, 1.41, 3),
    ]

    @Test(arguments: tech3341TruePeak.indices, [48_000, 96_000])
    func tech3341TruePeakWithinPublishedTolerance(index: Int, rate: Int) throws {
        let test = Self.tech3341TruePeak[index]
        let frequency = Double(rate) * test.fraction
        let phase = test.phase * .pi / 180
        let frames = rate
        var samples = [Float](repeating: 0, count: frames * 2)
        // 20 ms fades at both ends: a sine switched on or off mid-cycle overshoots between samples by up to 0.7 dB
        // in any meter (libebur128 included), which would test the switching, not the steady tone the case is about.
        let fade = Double(rate) * 0.02
        for frame in 0..<frames {
            let edge = min(1, Double(min(frame, frames - 1 - frame)) / fade)
            let envelope = 0.5 - 0.5 * cos(.pi * edge)
            let value = Float(
                envelope * test.amplitude
                    * sin(2 * .pi * frequency * Double(frame) / Double(rate) + phase)
            )
            samples[2 * frame] = value
            samples[2 * frame + 1] = value
        }
        // Case 19 holds samples near full scale whose true peak is +3 dBTP: a float meter reads it straight, while
        // a 24-bit file would clip; measure the samples directly for every case, and through a file where it fits.
        var meter = TruePeakMeter(sampleRate: rate, channels: 2)
        samples.withUnsafeBufferPointer { meter.add($0) }
        #expect(
            meter.truePeakDBTP >= test.expected - 0.4 && meter.truePeakDBTP <= test.expected + 0.2,
            "Tech 3341 case \(test.case) at \(rate) Hz: \(meter.truePeakDBTP)"
        )
        if test.amplitude <= 1 {
            let measured = try Self.measure(samples, rate: rate).loudness.truePeakDBTP
            #expect(measured >= test.expected - 0.4 && measured <= test.expected + 0.2)
        }
    }

    static let tech3342: [(case: Int, pieces: [(Double, Double)], expected: Double)] = [
        (1, [(-20, 20), (-30, 20)], 10),
        (2, [(-20, 20), (-15, 20)], 5),
        (3, [(-40, 20), (-20, 20)], 20),
        (4, [(-50, 20), (-35, 20), (-20, 20), (-35, 20), (-50, 20)], 15),
    ]

    @Test(arguments: tech3342.indices)
    func tech3342LoudnessRangeWithinOneLU(index: Int) throws {
        let test = Self.tech3342[index]
        let measurement = try Self.measure(Self.sequence(test.pieces), meters: .loudness)
        #expect(abs(measurement.loudness.loudnessRangeLU - test.expected) <= 1, "Tech 3342 case \(test.case)")
    }
}
