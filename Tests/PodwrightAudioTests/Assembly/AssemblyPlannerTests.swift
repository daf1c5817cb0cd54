import Foundation
import PodwrightCore
import Testing

@testable import PodwrightAudio

/// The plan on paper: positions, pauses, placeholders, chapters and level-matching gains, from analyses alone.
@Suite struct AssemblyPlannerTests {
    /// An analysis of a take `seconds` long at `lufs`, trimmed by a tenth of a second at each end.
    static func analysis(seconds: Double, lufs: Double, rate: Int = 48_000) -> TakeAnalysis {
        let frames = Int(seconds * Double(rate))
        let blocks = Int(seconds * 10) - 2
        let energy = Float(BS1770.energy(lufs: lufs))
        return TakeAnalysis(
            sampleRate: rate, channels: 1, frames: frames, headFrame: rate / 10,
            tailFrame: frames - rate / 10, blockEnergies: Array(repeating: energy, count: blocks),
            blockPeaks: Array(repeating: 0.1, count: blocks), integratedLUFS: lufs, samplePeak: 0.1, clipEvents: 0,
            firstClipSeconds: nil, quietest: nil)
    }

    static let episode = AssemblyFixture.episode([
        ("title", "intro", "narrator", .title), ("s1-p1", "s1", "narrator", .narration),
        ("s1-p1-q1", "s1", "kim", .quote), ("s1-p2", "s1", "narrator", .narration),
        ("s2-p1", "s2", "kim", .quote),
    ])

    static func inputs(levels: [String: Double], missing: Set<String> = []) -> AssemblyPlanner.Inputs {
        var takes: [String: (TakeFile, TakeAnalysis)] = [:]
        for segment in episode.segments where !missing.contains(segment.id) {
            let file = TakeFile(
                url: URL(fileURLWithPath: "/takes/\(segment.id).wav"), segmentID: segment.id,
                kind: .recorded(1))
            takes[segment.id] = (file, analysis(seconds: 3, lufs: levels[segment.id] ?? -20))
        }
        return AssemblyPlanner.Inputs(takes: takes)
    }

    @Test func segmentsFollowEachOtherWithContextualPauses() throws {
        var options = AssemblyOptions()
        options.missing = .silence
        let plan = try AssemblyPlanner(options: options).plan(
            Self.episode,
            inputs: Self.inputs(levels: [:], missing: ["s1-p2"]))
        let timings = plan.timeline.segments
        let pauses = PausePolicy()
        #expect(timings[0].startSample == 24_000)
        for index in 1..<timings.count {
            let pause = pauses.pause(after: Self.episode.segments[index - 1], before: Self.episode.segments[index])
            #expect(timings[index].startSample == timings[index - 1].endSample + Int((pause * 48_000).rounded()))
        }
        #expect(timings[0].endSample - timings[0].startSample == 3 * 48_000 - 9_600)
        #expect(timings[0].trimmedHeadSamples == 4_800 && timings[0].trimmedTailSamples == 4_800)
        #expect(timings[3].placeholder && timings[3].take == nil)
        #expect(timings[3].endSample - timings[3].startSample == 72_000)
        #expect(plan.timeline.chapters.map(\.startSample) == [0, timings[1].startSample, timings[4].startSample])
        #expect(plan.durationSamples == timings[4].endSample + 48_000)
    }

    @Test(arguments: [AssemblyOptions.LevelMatching.take, .speaker, .off])
    func levelMatching(mode: AssemblyOptions.LevelMatching) throws {
        var options = AssemblyOptions()
        options.levelMatching = mode
        let levels = ["title": -18.0, "s1-p1": -24, "s1-p1-q1": -30, "s1-p2": -20, "s2-p1": -26]
        let plan = try AssemblyPlanner(options: options).plan(Self.episode, inputs: Self.inputs(levels: levels))
        let gains = Dictionary(uniqueKeysWithValues: plan.timeline.segments.map { ($0.id, $0.gainDB) })
        switch mode {
        case .take:
            // Every take lands on the median take's loudness (−24 LUFS).
            for (id, level) in levels { #expect(abs(level + gains[id]! + 24) < 0.01, "\(id)") }
        case .speaker:
            #expect(gains["s1-p1-q1"] == gains["s2-p1"])
            #expect(gains["title"] == gains["s1-p1"] && gains["s1-p1"] == gains["s1-p2"])
            #expect(gains["title"] != gains["s2-p1"])
        case .off:
            #expect(gains.values.allSatisfy { $0 == 0 })
        }
        // Whatever the matching, the episode gain aims the prediction at the target.
        let estimate = LoudnessEstimate(plan).integrated(gainDB: plan.episodeGainDB, ceiling: nil)
        #expect(abs(try #require(estimate) - options.targetLUFS) < 0.1)
    }

    @Test func aSectionWithoutAHeadingIsNamedByItsFirstSentence() {
        var episode = Self.episode
        episode.sections[1].title = " "
        episode.segments[1].text = "The night train is coming back. It has been twenty years."
        #expect(
            ChapterTitle.title(forSection: episode.sections[1].id, in: episode) == "The night train is coming back.")
        #expect(ChapterTitle.title(forSection: episode.sections[2].id, in: episode) == "Section s2")
    }
}
