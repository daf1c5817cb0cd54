import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

/// Property: whatever the rate, layout, word length, length and read/write chunking, a lossless file reads back the
/// samples written, to within one step of its word length (half a step from rounding; up to one near positive full
/// scale, where 16-bit clips at 32767/32768 and libsndfile scales 24-bit writes by 2²³−1 but reads by 2²³).
@Suite struct RoundTripPropertyTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ range: ClosedRange<Int>) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return range.lowerBound + Int((state >> 33) % UInt64(range.count))
        }
        mutating func sample() -> Float { Float(next(-1_000_000...1_000_000)) / 1_000_001 }
    }

    @Test(arguments: 0..<24)
    func losslessFilesReadBackWhatWasWritten(seed: Int) throws {
        var random = Generator(state: UInt64(seed + 1) &* 0x9E37_79B9)
        let rates = [8_000, 22_050, 44_100, 48_000, 96_000, 192_000]
        let rate = rates[random.next(0...(rates.count - 1))]
        let channels = random.next(1...3)
        let bitDepth = random.next(0...1) == 0 ? 16 : 24
        let format: AudioFormat = random.next(0...1) == 0 ? .wav : .flac
        let frames = random.next(1...20_000)
        let samples = (0..<(frames * channels)).map { _ in random.sample() }
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("case.\(format.fileExtension)")
        var writer = try AudioFileWriter(
            url: url,
            settings: AudioFileSettings(
                format: format, sampleRate: rate, channels: channels, bitDepth: bitDepth, dither: false))
        var start = 0
        while start < frames {
            let count = min(frames - start, random.next(1...5_000))
            try samples.withUnsafeBufferPointer { buffer throws(AudioError) in
                try writer.write(
                    UnsafeBufferPointer(rebasing: buffer[(start * channels)..<((start + count) * channels)]))
            }
            start += count
        }
        try writer.close()
        var reader = try AudioFileReader(url: url)
        #expect(reader.sampleRate == rate && reader.channels == channels && reader.frameCount == frames)
        var read: [Float] = []
        var buffer: [Float] = []
        while true {
            let count = try reader.read(into: &buffer, frames: random.next(1...7_000))
            if count == 0 { break }
            read += buffer.prefix(count * channels)
        }
        let step: Float = bitDepth == 16 ? 1 / 32_768 : 1 / 8_388_608
        let worst = zip(read, samples).map { abs($0 - $1) }.max() ?? 0
        #expect(read.count == samples.count)
        #expect(worst <= step * 1.001, "rate \(rate), \(channels) ch, \(bitDepth)-bit \(format)")
    }
}
