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

    @Test func peakControlBringsEveryBlocksPeakUnderTheRoomAndLeavesTheRestAlone() throws {
        // A steady −20 LUFS voice whose block peaks stand 12 dB above its loudness, but for blocks 30 and 31,
        // whose peaks stand 20 dB above: with 15 dB of room and a 1.5 dB margin they need 6.5 dB off.
        let energies = [Float](repeating: Self.energy(-20), count: 60)
        var peaks = [Float](repeating: Float(pow(10, (-20 + 12) / 20.0)), count: 60)
        peaks[30] = Float(pow(10, (-20 + 20) / 20.0))
        peaks[31] = peaks[30]
        var policy = LevelerPolicy()
        policy.maximumPeakCutDB = 8
        let leveler = SpeechLeveler(policy: policy)
        let curve = try #require(leveler.curve(energies: energies, peaks: peaks, integratedLUFS: -20, peakRoomDB: 15))
        let plain = try #require(leveler.curve(energies: energies, integratedLUFS: -20))
        for index in energies.indices {
            let peakDB = 20 * log10(Double(peaks[index] * curve.gains[index])) + 20
            #expect(peakDB <= 13.5 + 0.01, "block \(index): peak \(peakDB) dB over the loudness")
        }
        // Held a block either side and eased in and out: far from the syllable the gain is the plain curve's.
        #expect(curve.gains[29] < plain.gains[29] * 0.5 && curve.gains[32] < plain.gains[32] * 0.5)
        #expect(curve.gains[28] < plain.gains[28] * 0.9 && curve.gains[28] > curve.gains[29])
        for index in Array(0..<20) + Array(42..<60) {
            #expect(abs(curve.gains[index] - plain.gains[index]) < 0.02, "block \(index)")
        }
        #expect(curve.cutDB >= 6.5 - 0.01)
        // The cut stops at its limit.
        let gentle = try #require(
            SpeechLeveler(policy: LevelerPolicy()).curve(
                energies: energies, peaks: peaks, integratedLUFS: -20, peakRoomDB: 15))
        #expect(gentle.cutDB <= 6 + 0.01 && gentle.cutDB > 5.5, "\(gentle.cutDB)")
    }

    @Test func aTakeWithoutLoudnessGetsNoCurve() {
        #expect(SpeechLeveler(policy: LevelerPolicy()).curve(energies: [1, 1], integratedLUFS: nil) == nil)
        #expect(SpeechLeveler(policy: LevelerPolicy()).curve(energies: [], integratedLUFS: -20) == nil)
    }
}
