import Foundation
import Testing

@testable import PodwrightAudio

/// The speech leveler on block energies whose loudness is known: it halves how far phrases stray from the take's
/// loudness, within its limits, and never lifts the room between phrases.
@Suite struct SpeechLevelerTests {
    /// The mean-square energy of a 100 ms block at `lufs` (the inverse of −0.691 + 10·log10(energy)).
    static func energy(_ lufs: Double) -> Float { Float(pow(10, (lufs + 0.691) / 10)) }

    /// Loudness in dB of a block after the leveler's gain.
    static func levelled(_ lufs: Double, gain: Float) -> Double { lufs + 20 * log10(Double(gain)) }

    /// Phrases of two seconds each: loud, soft, loud, soft, with a second of −70 LUFS room between them.
    static let phrases: [Double] = [-14, -26, -14, -26]

    static func blocks() -> (energies: [Float], loudness: [Double], phraseRanges: [Range<Int>]) {
        var loudness: [Double] = []
        var ranges: [Range<Int>] = []
        for phrase in phrases {
            loudness += Array(repeating: -70, count: 10)
            ranges.append(loudness.count + 6..<loudness.count + 14)  // the middle, away from the smoothing
            loudness += Array(repeating: phrase, count: 20)
        }
        loudness += Array(repeating: -70, count: 10)
        return (loudness.map(energy), loudness, ranges)
    }

    @Test func softAndLoudPhrasesMoveHalfwayTowardsTheTakesLoudness() throws {
        let (energies, loudness, ranges) = Self.blocks()
        let curve = try #require(SpeechLeveler(policy: LevelerPolicy()).curve(energies: energies, integratedLUFS: -20))
        #expect(curve.gains.count == energies.count)
        var after: [Double] = []
        for range in ranges {
            let mean = range.map { Self.levelled(loudness[$0], gain: curve.gains[$0]) }.reduce(0, +) / 8
            after.append(mean)
        }
        // 12 dB between loud and soft phrases before; the 2:1 leveler leaves about 6.
        let spread = after[0] - after[1]
        #expect(abs(spread - 6) < 1, "spread after levelling \(spread) dB: \(after)")
        #expect(curve.cutDB > 2.5 && curve.cutDB <= 6, "\(curve.cutDB)")
        #expect(curve.boostDB > 2.5 && curve.boostDB <= 6, "\(curve.boostDB)")
    }

    @Test func theRoomBetweenPhrasesIsNeverBoosted() throws {
        let (energies, loudness, _) = Self.blocks()
        let curve = try #require(SpeechLeveler(policy: LevelerPolicy()).curve(energies: energies, integratedLUFS: -20))
        // The room's blocks far from any phrase (the first ones) keep at most unity gain.
        for index in 0..<4 where loudness[index] == -70 {
            #expect(curve.gains[index] <= 1.0001, "block \(index): gain \(curve.gains[index])")
        }
    }

    @Test func cutsAndBoostsStopAtTheirLimits() throws {
        var policy = LevelerPolicy()
        policy.strength = 1
        policy.maximumCutDB = 3
        policy.maximumBoostDB = 2
        let (energies, _, _) = Self.blocks()
        let curve = try #require(SpeechLeveler(policy: policy).curve(energies: energies, integratedLUFS: -20))
        #expect(curve.cutDB <= 3.0001 && curve.cutDB > 2.5, "\(curve.cutDB)")
        #expect(curve.boostDB <= 2.0001 && curve.boostDB > 1.5, "\(curve.boostDB)")
    }

    @Test func aTakeWithoutLoudnessGetsNoCurve() {
        #expect(SpeechLeveler(policy: LevelerPolicy()).curve(energies: [1, 1], integratedLUFS: nil) == nil)
        #expect(SpeechLeveler(policy: LevelerPolicy()).curve(energies: [], integratedLUFS: -20) == nil)
    }
}
