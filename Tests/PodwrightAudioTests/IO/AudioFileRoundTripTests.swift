import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

@Suite struct AudioFileRoundTripTests {
    @Test(arguments: [(AudioFormat.wav, 24), (.wav, 16), (.flac, 24), (.flac, 16)])
    func losslessFormatsRoundTrip(format: AudioFormat, bitDepth: Int) throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tone.\(format.fileExtension)")
        let samples = TestSignals.sine(frequency: 440, amplitude: 0.5, seconds: 0.5, sampleRate: 44_100, channels: 2)
        try TestSignals.write(
            samples,
            to: url,
            settings: AudioFileSettings(
                format: format,
                sampleRate: 44_100,
                channels: 2,
                bitDepth: bitDepth
            )
        )
        let read = try TestSignals.readAll(url)
        #expect(read.sampleRate == 44_100)
        #expect(read.channels == 2)
        #expect(read.samples.count == samples.count)
        let tolerance: Float = bitDepth == 16 ? 2.0 / 32768 : 1.0 / 8_388_608
        let worst = zip(read.samples, samples).map { abs($0 - $1) }.max() ?? 1
        #expect(worst <= tolerance)
        let reader = try AudioFileReader(url: url)
        let container = format == .wav ? "WAV" : "FLAC"
        #expect(reader.formatDescription == "\(container) \(bitDepth)-bit, 44.1 kHz, stereo")
    }

    @Test(arguments: [AudioFormat.mp3, .opus])
    func lossyFormatsDecodeBackAtTheSameLevel(format: AudioFormat) throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("tone.\(format.fileExtension)")
        let samples = TestSignals.sine(frequency: 1000, amplitude: 0.25, seconds: 3, sampleRate: 48_000)
        try TestSignals.write(
            samples,
            to: url,
            settings: AudioFileSettings(
                format: format,
                sampleRate: 48_000,
                channels: 1
            )
        )
        let read = try TestSignals.readAll(url)
        #expect(read.sampleRate == 48_000)
        let original = try TestSignals.integratedLUFS(samples, sampleRate: 48_000, channels: 1)
        let decoded = try TestSignals.integratedLUFS(read.samples, sampleRate: 48_000, channels: 1)
        // LAME at 128 kbps renders a pure 1 kHz tone about 0.45 dB low (ffmpeg's own LAME encode does the same).
        #expect(abs(original - decoded) < (format == .mp3 ? 0.6 : 0.2))
        #expect(abs(read.samples.count - samples.count) < 4800)
    }

    @Test func sixteenBitDitherIsTriangularAndSmall() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("silence.wav")
        // A constant quarter-LSB offset: plain rounding gives 0 throughout, TPDF dither gives ±1 LSB noise whose mean
        // keeps the offset.
        let samples = [Float](repeating: 0.25 / 32768, count: 48_000)
        try TestSignals.write(samples, to: url, settings: AudioFileSettings(format: .wav, bitDepth: 16))
        let read = try TestSignals.readAll(url).samples.map { Int(($0 * 32768).rounded()) }
        #expect(Set(read) == [-1, 0, 1])
        let mean = Double(read.reduce(0, +)) / Double(read.count)
        #expect(abs(mean - 0.25) < 0.02)
    }
}

@Suite struct FormatDescriptionTests {
    @Test(arguments: [
        (48_000, "48 kHz"), (44_100, "44.1 kHz"), (22_050, "22.05 kHz"), (11_025, "11.025 kHz"), (8_000, "8 kHz"),
        (192_000, "192 kHz"),
    ])
    func ratesPrintWithTheDecimalsTheyNeed(rate: Int, text: String) {
        #expect(AudioFormatDescription.rate(rate) == text)
    }
}

/// Opus for spoken word: the bitrate asked for is the bitrate delivered, not libsndfile's near-transparent default.
@Suite struct OpusBitrateTests {
    @Test(arguments: [(1, nil as Int?, 48), (2, nil, 64), (2, 96, 96)])
    func deliversTheBitrateAskedFor(channels: Int, kbps: Int?, expected: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("opus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("speech.opus")
        let seconds = 20
        var writer = try AudioFileWriter(
            url: url,
            settings: AudioFileSettings(format: .opus, sampleRate: 48_000, channels: channels, opusBitrateKbps: kbps))
        // Broadband, speech-like material: noise bursts under a wandering tone, so the encoder has work to do.
        var generator = SystemRandomNumberGenerator()
        var block = [Float](repeating: 0, count: 4_800 * channels)
        for index in 0..<(seconds * 10) {
            for frame in 0..<4_800 {
                let t = Double(index * 4_800 + frame) / 48_000
                let tone = 0.2 * sin(2 * Double.pi * (180 + 40 * sin(t)) * t)
                let noise = Double.random(in: -0.1...0.1, using: &generator)
                for channel in 0..<channels { block[frame * channels + channel] = Float(tone + noise) }
            }
            try writer.write(block)
        }
        try writer.close()
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        let kbpsDelivered = Double(bytes * 8) / Double(seconds) / 1000
        #expect(abs(kbpsDelivered - Double(expected)) <= Double(expected) * 0.25, "\(kbpsDelivered) kbit/s")
    }
}
