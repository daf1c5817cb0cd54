public import Foundation

/// Synthetic signals and scratch files for tests.
public enum TestSignals {
    /// Interleaved sine of `frequency` at `amplitude` (peak, linear), the same on every channel.
    public static func sine(
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
    public static func amplitude(dBFS: Double) -> Double { pow(10, dBFS / 20) }

    /// A fresh empty folder under the system's temporary folder.
    public static func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-tests-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A 16-bit PCM WAV file of interleaved `samples` (clipped to ±1), for tests that may not link the audio module:
    /// the bytes a recorder would write, so the reader under test is the real one.
    public static func wav16(_ samples: [Float], sampleRate: Int, channels: Int) -> Data {
        var data = Data()
        func append(_ value: UInt32, bytes: Int) {
            for index in 0..<bytes { data.append(UInt8((value >> (8 * UInt32(index))) & 0xFF)) }
        }
        let dataBytes = samples.count * 2
        data.append(contentsOf: Array("RIFF".utf8))
        append(UInt32(36 + dataBytes), bytes: 4)
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append(16, bytes: 4)
        append(1, bytes: 2)
        append(UInt32(channels), bytes: 2)
        append(UInt32(sampleRate), bytes: 4)
        append(UInt32(sampleRate * channels * 2), bytes: 4)
        append(UInt32(channels * 2), bytes: 2)
        append(16, bytes: 2)
        data.append(contentsOf: Array("data".utf8))
        append(UInt32(dataBytes), bytes: 4)
        for sample in samples {
            let value = Int16((max(-1, min(1, Double(sample))) * 32767).rounded())
            append(UInt32(UInt16(bitPattern: value)), bytes: 2)
        }
        return data
    }
}
