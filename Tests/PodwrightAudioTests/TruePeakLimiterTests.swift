import Foundation
import Testing

@testable import PodwrightAudio

@Suite struct TruePeakLimiterTests {
    /// Runs `samples` through a limiter in uneven chunks, then flushes.
    static func limit(
        _ samples: [Float],
        rate: Int,
        channels: Int,
        ceiling: Double = -1
    )
        -> (output: [Float], statistics: LimiterStatistics, latency: Int)
    {
        var limiter = TruePeakLimiter(sampleRate: rate, channels: channels, ceilingDBTP: ceiling)
        var output: [Float] = []
        var chunk: [Float] = []
        samples.withUnsafeBufferPointer { buffer in
            var start = 0
            var step = 777
            while start < buffer.count {
                let end = min(buffer.count, start + step * channels)
                limiter.process(UnsafeBufferPointer(rebasing: buffer[start..<end]), into: &chunk)
                output += chunk
                start = end
                step = step == 777 ? 10_000 : 777
            }
        }
        limiter.flush(into: &chunk)
        output += chunk
        return (output, limiter.statistics, limiter.latencyFrames)
    }

    /// Quiet speech-like tone, then a hot burst of high tones (true peak about +4 dBTP), then quiet again.
    static func programme(rate: Int, channels: Int) -> [Float] {
        let quiet = TestSignals.sine(frequency: 440, amplitude: 0.3, seconds: 1, sampleRate: rate, channels: channels)
        let hot = zip(
            TestSignals.sine(
                frequency: 11_025,
                amplitude: 0.9,
                seconds: 0.5,
                sampleRate: rate,
                channels: channels,
                phase: 0.785
            ),
            TestSignals.sine(frequency: 3_000, amplitude: 0.7, seconds: 0.5, sampleRate: rate, channels: channels)
        ).map { $0 + $1 }
        return quiet + hot + quiet
    }

    static func truePeak(_ samples: [Float], rate: Int, channels: Int) throws -> (ours: Double, library: Double) {
        var ours = TruePeakMeter(sampleRate: rate, channels: channels)
        var library = try LoudnessMeter(
            sampleRate: rate,
            channels: channels,
            recordsBlocks: false,
            libraryGating: false,
            libraryTruePeak: true
        )
        samples.withUnsafeBufferPointer {
            ours.add($0)
            library.add($0)
        }
        return (ours.truePeakDBTP, library.libraryTruePeakDBTP)
    }

    @Test(arguments: [(48_000, 1), (48_000, 2), (44_100, 2)])
    func holdsTheCeilingAsAnIndependentMeterReadsIt(rate: Int, channels: Int) throws {
        let input = Self.programme(rate: rate, channels: channels)
        let before = try Self.truePeak(input, rate: rate, channels: channels)
        #expect(before.library > 3)
        let (output, statistics, _) = Self.limit(input, rate: rate, channels: channels)
        #expect(output.count == input.count)
        let after = try Self.truePeak(output, rate: rate, channels: channels)
        #expect(after.library <= -1 + 0.1)
        #expect(after.ours <= -1 + 0.01)
        #expect(statistics.maxGainReductionDB > 4)
        #expect(statistics.secondsLimited > 0.5 && statistics.secondsLimited < 0.9)
    }

    @Test func leavesAudioUnderTheCeilingBitIdentical() {
        let rate = 48_000
        let input = Self.programme(rate: rate, channels: 2)
        let (output, _, _) = Self.limit(input, rate: rate, channels: 2)
        // The first quiet second, up to the look-ahead before the burst, is untouched; so is the last quiet second
        // once the release (80 ms time constant) has settled.
        let untouchedHead = (rate - 300) * 2
        let headSame = output[0..<untouchedHead].elementsEqual(input[0..<untouchedHead])
        #expect(headSame)
        let tailStart = (rate + rate / 2 + rate * 3 / 4) * 2
        let tailSame = output[tailStart...].elementsEqual(input[tailStart...])
        #expect(tailSame)
    }

    @Test func quietProgrammePassesThroughUnchanged() {
        let input = TestSignals.sine(frequency: 1_000, amplitude: 0.5, seconds: 2, sampleRate: 48_000, channels: 2)
        let (output, statistics, latency) = Self.limit(input, rate: 48_000, channels: 2)
        let same = output == input
        #expect(same)
        #expect(statistics.framesLimited == 0)
        #expect(statistics.maxGainReductionDB == 0)
        #expect(latency == 240 + 6)
    }

    @Test func shorterThanItsLatencyStillComesOutWhole() {
        let input: [Float] = [0.1, -0.2, 0.3]
        let (output, _, _) = Self.limit(input, rate: 48_000, channels: 1)
        #expect(output == input)
    }
}
