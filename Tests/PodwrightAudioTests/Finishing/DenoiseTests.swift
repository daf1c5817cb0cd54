import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

/// Noise reduction through libspeexdsp, measured: the room's noise drops, the speech keeps its loudness, and the
/// audio stays where it was to the millisecond.
@Suite struct DenoiseTests {
    @Test func theRoomDropsAndTheSpeechStays() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        // Three seconds of a −50 dBFS room, then speech-like bursts over it, then the room again.
        let rate = 48_000
        var generator = SplitMix(seed: 9)
        let speech = AssemblyFixture.speechLike(seconds: 6, level: -14, sampleRate: rate, seed: 11)
        var samples = [Float](repeating: 0, count: 3 * rate) + speech + [Float](repeating: 0, count: 3 * rate)
        let noise = Float(pow(10, -50 / 20.0) * sqrt(3.0))
        for index in samples.indices { samples[index] += noise * Float(generator.nextUnit() * 2 - 1) }
        try fixture.writeTake("take.wav", samples: samples, sampleRate: rate)
        let url = fixture.folder.takes.appendingPathComponent("take.wav")
        func play(denoise: Bool) throws -> [Float] {
            let stream = try ClipStream(
                url: url, range: 0..<samples.count, outputRate: rate, channels: 1, denoise: denoise)
            var output = [Float](repeating: 0, count: samples.count)
            let unity = [Float](repeating: 1, count: samples.count)
            try output.withUnsafeMutableBufferPointer { target in
                try stream.add(into: target.baseAddress!, frames: samples.count, gains: unity)
            }
            return output
        }
        let plain = try play(denoise: false)
        let cleaned = try play(denoise: true)
        func rmsDB(_ part: ArraySlice<Float>) -> Double {
            10 * log10(part.reduce(0.0) { $0 + Double($1 * $1) } / Double(part.count))
        }
        // The room after the speech (the estimate has settled): at least 10 dB quieter.
        let room = (samples.count - 2 * rate)..<(samples.count - rate / 2)
        let drop = rmsDB(plain[room]) - rmsDB(cleaned[room])
        #expect(drop >= 10, "the noise floor dropped by \(drop) dB")
        // The speech: within 0.5 LU.
        let words = (3 * rate)..<(9 * rate)
        let before = try TestSignals.integratedLUFS(Array(plain[words]), sampleRate: rate, channels: 1)
        let after = try TestSignals.integratedLUFS(Array(cleaned[words]), sampleRate: rate, channels: 1)
        #expect(abs(before - after) <= 0.5, "speech loudness \(before) → \(after) LUFS")
        // Nothing moved: the cleaned speech lines up with the original to the millisecond.
        func correlation(_ lag: Int) -> Double {
            var sum = 0.0
            for index in stride(from: words.lowerBound, to: words.upperBound, by: 3) {
                sum += Double(plain[index]) * Double(cleaned[index + lag])
            }
            return sum
        }
        let best = (-96...96).max { correlation($0) < correlation($1) }
        #expect(abs(best ?? 99) <= 24, "the denoised audio is shifted by \(best ?? 0) frames")
        print("denoise: noise floor \(rmsDB(plain[room])) → \(rmsDB(cleaned[room])) dBFS, speech \(before) → \(after)")
    }
    /// With noise reduction on, the room tone in the gaps is denoised as the takes are: the noise does not come
    /// back at every gap. Measured on a loop taken from the quiet head of a take in a −50 dBFS room.
    @Test func theRoomToneInTheGapsIsDenoisedLikeTheTakes() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let rate = 48_000
        var generator = SplitMix(seed: 21)
        let speech = AssemblyFixture.speechLike(seconds: 4, level: -14, sampleRate: rate, seed: 5)
        var samples = [Float](repeating: 0, count: rate / 2) + speech + [Float](repeating: 0, count: 2 * rate)
        let noise = Float(pow(10, -50 / 20.0) * sqrt(3.0))
        for index in samples.indices { samples[index] += noise * Float(generator.nextUnit() * 2 - 1) }
        try fixture.writeTake("take.wav", samples: samples, sampleRate: rate)
        let url = fixture.folder.takes.appendingPathComponent("take.wav")
        var analysis = AssemblyPlannerTests.analysis(seconds: 6.5, lufs: -20)
        analysis.sampleRate = rate
        func gap(denoise: Bool) throws -> [Float] {
            let tone = AssemblyPlan.RoomTone(
                url: url, loop: 0..<(rate / 2), analysis: analysis, gain: 1, gaps: [0..<(3 * rate)], denoise: denoise)
            var loop = try RoomToneLoop(tone, sampleRate: rate, channels: 1)
            var mix = [Float](repeating: 0, count: 3 * rate)
            mix.withUnsafeMutableBufferPointer {
                loop.add(into: $0.baseAddress!, from: 0, frames: 3 * rate, episodeGain: 1)
            }
            return Array(mix[(rate / 10)..<(3 * rate - rate / 10)])
        }
        func rmsDB(_ part: [Float]) -> Double {
            10 * log10(part.reduce(0.0) { $0 + Double($1 * $1) } / Double(part.count))
        }
        let plain = rmsDB(try gap(denoise: false))
        let cleaned = rmsDB(try gap(denoise: true))
        #expect(abs(plain + 50) < 2, "the room as recorded: \(plain) dBFS")
        #expect(plain - cleaned >= 10, "room tone \(plain) → \(cleaned) dBFS")
        // As quiet as the denoised take's own room once the denoiser has settled (after its speech), within 3 dB.
        let stream = try ClipStream(url: url, range: 0..<samples.count, outputRate: rate, channels: 1, denoise: true)
        var take = [Float](repeating: 0, count: samples.count)
        let unity = [Float](repeating: 1, count: samples.count)
        try take.withUnsafeMutableBufferPointer {
            try stream.add(into: $0.baseAddress!, frames: samples.count, gains: unity)
        }
        let settled = rmsDB(Array(take[(samples.count - 3 * rate / 2)..<(samples.count - rate / 2)]))
        print("room tone: \(plain) → \(cleaned) dBFS; the denoised take's room \(settled) dBFS")
        #expect(abs(cleaned - settled) <= 3, "room tone \(cleaned) vs the take's room \(settled) dBFS")
    }
}
