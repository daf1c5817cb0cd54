import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// Heads and tails trimmed by the speech actually found, whatever the pre-roll and the room; long pauses shortened
/// only when asked, never into a word; leftover dead air reported by segment.
@Suite struct DeadAirTests {
    static let margins = TrimPolicy()

    /// Pre-roll of 1–8 s over rooms at −70, −60 and −50 dBFS.
    @Test(arguments: [(1.0, -70.0), (4.0, -60.0), (8.0, -50.0), (6.0, -60.0), (8.0, -70.0), (2.0, -50.0)])
    func headAndTailKeepOnlyTheMarginsAroundTheWords(preRoll: Double, floor: Double) throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let take = RecordedTake(preRoll: preRoll, postRoll: 3, floorDBFS: floor, seed: UInt64(preRoll * 10 - floor))
        let made = take.make()
        try fixture.writeTake("s1-p1.wav", samples: made.samples, sampleRate: take.sampleRate)
        let analysis = try TakeAnalyzer(outputChannels: 1).analyse(
            fixture.folder.takes.appendingPathComponent("s1-p1.wav"))
        let rate = Double(take.sampleRate)
        let firstWord = made.words.first!.lowerBound
        let lastWord = made.words.last!.upperBound
        // No word cut: the kept range holds every word whole.
        #expect(analysis.headFrame <= firstWord, "head \(analysis.headFrame) cuts the first word at \(firstWord)")
        #expect(analysis.tailFrame >= lastWord, "tail \(analysis.tailFrame) cuts the last word ending \(lastWord)")
        // At most 0.4 s of non-speech beyond the margins at either end.
        let headLeft = Double(firstWord - analysis.headFrame) / rate - Self.margins.headMargin
        let tailLeft = Double(analysis.tailFrame - lastWord) / rate - Self.margins.tailMargin
        #expect(headLeft <= 0.4, "\(preRoll) s pre-roll at \(floor) dBFS: \(headLeft) s left at the head")
        #expect(tailLeft <= 0.4, "\(floor) dBFS: \(tailLeft) s left at the tail")
    }

    @Test func theAlignersWordBoundsWinOverTheLevels() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let take = RecordedTake(preRoll: 3, floorDBFS: -60)
        let made = take.make()
        try fixture.writeTake("s1-p1.wav", samples: made.samples, sampleRate: take.sampleRate)
        let url = fixture.folder.takes.appendingPathComponent("s1-p1.wav")
        // Say the words are only the second and third: the first is an aside the producer cut in the alignment.
        let speech = made.words[1].lowerBound..<made.words[2].upperBound
        let analysis = try TakeAnalyzer(outputChannels: 1).analyse(url, speech: speech)
        #expect(analysis.headFrame == speech.lowerBound - Int(Self.margins.headMargin * 48_000))
        #expect(analysis.tailFrame == speech.upperBound + Int(Self.margins.tailMargin * 48_000))
    }

    /// A 3 s pause inside a take: reported as dead air, and with `tighten` shortened to it without touching a word.
    @Test func longPausesAreReportedAndTightenedWithoutCuttingWords() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let take = RecordedTake(floorDBFS: -60, words: [(0.5, 3), (0.5, 0.2), (0.5, 0)])
        let made = take.make()
        try fixture.writeTake("s1-p1.wav", samples: made.samples, sampleRate: 48_000)
        let episode = AssemblyFixture.episode([("s1-p1", "s1", "narrator", .narration)])
        var options = AssemblyOptions()
        options.useCache = false
        let loose = try Assembler(options: options).assemble(episode, in: fixture.folder)
        #expect(
            loose.warnings.contains {
                if case .deadAir("s1-p1", "takes/s1-p1.wav", let s) = $0 { s > 2.5 } else { false }
            },
            "\(loose.warnings)")
        options.trimming.tighten = 1.2
        let tight = try Assembler(options: options).assemble(episode, in: fixture.folder)
        #expect(!tight.warnings.contains { if case .deadAir = $0 { true } else { false } })
        let looseLength = loose.timeline.segments[0].endSample - loose.timeline.segments[0].startSample
        let tightLength = tight.timeline.segments[0].endSample - tight.timeline.segments[0].startSample
        let removed = Double(looseLength - tightLength) / 48_000
        #expect(abs(removed - 1.8) < 0.1, "tightening removed \(removed) s of a 3 s pause (to 1.2 s)")
        #expect(abs((tight.finish.segments?.first?.tightenedSeconds ?? 0) - removed) < 0.05)
        // Every word is still there, whole: each word's frequency carries the same share of its energy in the
        // output as in the take (a cut word would lose some).
        let output = try readFirstChannel(fixture.folder.episodeAudio(extension: "wav")).samples
        let segment = tight.timeline.segments[0]
        let played = output[segment.startSample..<segment.endSample]
        let recorded = made.samples[made.words[0].lowerBound..<made.words[2].upperBound]
        let ratios = (0..<3).map { index in
            let frequency = 440 + Double(index) * 20
            return goertzel(played, frequency: frequency, sampleRate: 48_000) * Double(played.count * played.count)
                / (goertzel(recorded, frequency: frequency, sampleRate: 48_000)
                    * Double(recorded.count * recorded.count))
        }
        for ratio in ratios { #expect(abs(ratio / ratios[0] - 1) < 0.1, "a word lost energy: \(ratios)") }
    }
}
