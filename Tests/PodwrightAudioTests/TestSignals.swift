import Foundation

@testable import PodwrightAudio

/// Synthetic signals and scratch files for audio tests.
enum TestSignals {
    /// Interleaved sine of `frequency` at `amplitude` (peak, linear), the same on every channel.
    static func sine(
        frequency: Double,
        amplitude: Double,
        seconds: Double,
        sampleRate: Int,
        channels: Int = 1,
        phase: Double = 0
    ) -> [Float] {
        let frames = Int((seconds * Double(sampleRate)).rounded())
        var samples = [Float](repeating: 0, count: frames * channels)
        for frame in 0..<frames {
            let value = Float(amplitude * sin(2 * Double.pi * frequency * Double(frame) / Double(sampleRate) + phase))
            for channel in 0..<channels { samples[frame * channels + channel] = value }
        }
        return samples
    }

    /// Linear amplitude of a level in dBFS.
    static func amplitude(dBFS: Double) -> Double { pow(10, dBFS / 20) }

    /// A fresh empty folder under the system's temporary folder.
    static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-audio-tests-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `samples` to `url` with `settings`.
    static func write(_ samples: [Float], to url: URL, settings: AudioFileSettings) throws {
        var writer = try AudioFileWriter(url: url, settings: settings)
        try writer.write(samples)
        try writer.close()
    }

    /// Reads a whole file (small test files only).
    static func readAll(_ url: URL) throws -> (samples: [Float], sampleRate: Int, channels: Int) {
        var reader = try AudioFileReader(url: url)
        var all: [Float] = []
        var buffer: [Float] = []
        while true {
            let frames = try reader.read(into: &buffer, frames: 4096)
            if frames == 0 { break }
            all += buffer.prefix(frames * reader.channels)
        }
        return (all, reader.sampleRate, reader.channels)
    }

    /// Measures integrated loudness of samples with libebur128 (exact gating).
    static func integratedLUFS(_ samples: [Float], sampleRate: Int, channels: Int) throws -> Double {
        var meter = try LoudnessMeter(
            sampleRate: sampleRate,
            channels: channels,
            recordsBlocks: false,
            libraryGating: true,
            libraryTruePeak: false
        )
        samples.withUnsafeBufferPointer { meter.add($0) }
        return meter.integratedLUFS
    }
}
