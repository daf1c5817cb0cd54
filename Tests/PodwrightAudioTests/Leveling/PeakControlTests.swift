import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// The speech leveler's peak control on a voice whose stressed syllables stand far above its loudness: with the
/// leveler on, the true-peak limiter has next to nothing left to do, and the episode still meets its target.
@Suite struct PeakControlTests {
    /// Ten seconds of words (300 Hz, 0.4 s each, peaks at −14 dBFS), every fourth with a 30 ms burst at full scale
    /// in its middle, as a plosive stands out of a voice: about 21 dB over the take's loudness, where the mono
    /// podcast target leaves 18.
    static func peakyTake(sampleRate: Int) -> [Float] {
        let rate = Double(sampleRate)
        var samples = [Float](repeating: 0, count: Int(10 * rate))
        let length = Int(0.4 * rate)
        let burst = Int(0.03 * rate)
        for word in 0..<16 {
            let start = Int((0.5 + Double(word) * 0.6) * rate)
            for frame in 0..<length {
                let stressed = word % 4 == 1 && abs(frame - length / 2) < burst / 2
                let amplitude = stressed ? 1.0 : pow(10, -14 / 20.0) * sin(Double.pi * Double(frame) / Double(length))
                samples[start + frame] = Float(amplitude * sin(2 * Double.pi * 300 * Double(frame) / rate))
            }
        }
        return samples
    }

    /// `quietTake`: a third take, 25 dB quieter than the two others.
    static func assemble(leveler: LevelerPolicy?, quietTake: Bool = false) throws -> AssemblyReport {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let take = peakyTake(sampleRate: 48_000)
        try fixture.writeTake("s1-p1.wav", samples: take, sampleRate: 48_000)
        try fixture.writeTake("s1-p2.wav", samples: take, sampleRate: 48_000)
        var segments: [(String, String, String, Segment.Kind)] = [
            ("s1-p1", "s1", "narrator", .narration), ("s1-p2", "s1", "narrator", .narration),
        ]
        if quietTake {
            let scale = Float(pow(10, -25 / 20.0))
            try fixture.writeTake("s1-p3.wav", samples: take.map { $0 * scale }, sampleRate: 48_000)
            segments.append(("s1-p3", "s1", "narrator", .narration))
        }
        let episode = AssemblyFixture.episode(segments)
        var options = AssemblyOptions()
        options.useCache = false
        options.preset = .podcast
        options.leveler = leveler
        return try Assembler(options: options).assemble(episode, in: fixture.folder)
    }

    @Test func theLimiterIsASafetyNetWhenTheLevelerIsOn() throws {
        let without = try Self.assemble(leveler: nil)
        let with = try Self.assemble(leveler: LevelerPolicy())
        var loudnessOnly = LevelerPolicy()
        loudnessOnly.peakMarginDB = nil
        let evened = try Self.assemble(leveler: loudnessOnly)
        // Without peak control the limiter shapes every stressed syllable, by several dB.
        #expect(without.finish.limiter.limitedSeconds > 0.2, "\(without.finish.limiter)")
        #expect(without.finish.limiter.maxGainReductionDB > 2, "\(without.finish.limiter)")
        #expect(evened.finish.limiter.limitedSeconds > 0.2, "\(evened.finish.limiter)")
        // With it, the limiter barely acts, and the episode is at the target under the ceiling.
        #expect(
            with.finish.limiter.limitedSeconds < without.finish.limiter.limitedSeconds / 5,
            "\(with.finish.limiter) against \(without.finish.limiter)")
        #expect(with.finish.limiter.maxGainReductionDB < 1, "\(with.finish.limiter)")
        let delivered = try #require(with.timeline.loudness)
        #expect(abs(delivered.integratedLUFS - with.finish.targetLUFS) <= 0.5, "\(delivered)")
        #expect(delivered.truePeakDBTP <= with.finish.truePeakCeilingDBTP + 0.05, "\(delivered)")
        // What the leveler did is reported per segment: a cut of a few dB, no more than its limits.
        for segment in with.finish.segments ?? [] {
            let cut = try #require(segment.levelerCutDB)
            #expect(cut > 1 && cut <= 12, "\(segment.id): \(cut) dB")
        }
    }

    @Test func aTakeLevelMatchingCouldNotRaiseHasNoPeaksToLower() throws {
        // 25 dB quieter than the others: matching raises it by its limit of 12 dB, so it plays 13 dB under the
        // target and its bursts stand far under the ceiling; only the loudness leveller acts on it.
        var loudnessOnly = LevelerPolicy()
        loudnessOnly.peakMarginDB = nil
        let with = try Self.assemble(leveler: LevelerPolicy(), quietTake: true)
        let evened = try Self.assemble(leveler: loudnessOnly, quietTake: true)
        let quiet = try #require(with.finish.segments?.first { $0.id == "s1-p3" })
        let plain = try #require(evened.finish.segments?.first { $0.id == "s1-p3" })
        #expect(quiet.neededGainDB != nil, "\(quiet)")
        let cut = try #require(quiet.levelerCutDB)
        let plainCut = try #require(plain.levelerCutDB)
        #expect(abs(cut - plainCut) < 0.05, "peak control cut \(cut) dB where the leveller alone cut \(plainCut)")
        // The loud take still has its bursts lowered.
        let loud = try #require(with.finish.segments?.first { $0.id == "s1-p1" })
        #expect((loud.levelerCutDB ?? 0) > 1, "\(loud)")
    }
}
