import Foundation
import PodwrightCore

/// Measures the delivered file as a listener's player decodes it: integrated loudness, loudness range, sample peak
/// and 4× true peak (see ``StreamMeter``).
enum DeliveredMeasurement {
    /// - Throws: ``AudioError`` when the file cannot be decoded.
    static func measure(_ url: URL) throws(AudioError) -> LoudnessReport {
        var reader = try AudioFileReader(url: url)
        let channels = reader.channels
        var meter = StreamMeter(sampleRate: reader.sampleRate, channels: channels)
        var buffer = [Float](repeating: 0, count: 32_768 * channels)
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(AudioError) in
                try reader.read(into: pointer)
            }
            if count == 0 { break }
            buffer.withUnsafeBufferPointer { meter.add(UnsafeBufferPointer(rebasing: $0[0..<(count * channels)])) }
        }
        try reader.close()
        return meter.report()
    }
}
