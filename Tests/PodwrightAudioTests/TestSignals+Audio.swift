import Foundation
import PodwrightTestSupport

@testable import PodwrightAudio

/// Test signals written and read through the audio module, and measured with libebur128.
extension TestSignals {
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
