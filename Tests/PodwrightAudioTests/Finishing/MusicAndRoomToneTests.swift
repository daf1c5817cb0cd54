import Foundation
import PodwrightCore
import Testing

@testable import PodwrightAudio

/// Music cues before their segment, a bed that stays under the intro of a single-section story, and room tone
/// matched per voice.
@Suite struct MusicAndRoomToneTests {
    static func take(_ id: String, _ quiet: Float? = nil) -> (TakeFile, TakeAnalysis) {
        var analysis = AssemblyPlannerTests.analysis(seconds: 3, lufs: -20)
        analysis.quietest = quiet.map { TakeAnalysis.QuietStretch(frame: 0, frames: 24_000, meanSquare: $0) }
        let file = TakeFile(url: URL(fileURLWithPath: "/takes/\(id).wav"), segmentID: id, kind: .recorded(1))
        return (file, analysis)
    }

    /// A story with one section: the title and intro are in it too. The bed plays under them, not the story.
    @Test func aBedUnderASingleSectionStoryStaysUnderTheIntro() throws {
        let episode = AssemblyFixture.episode([
            ("title", "s1", "narrator", .title), ("intro", "s1", "narrator", .intro),
            ("s1-p1", "s1", "narrator", .narration), ("s1-p2", "s1", "narrator", .narration),
            ("s1-p3", "s1", "narrator", .narration),
        ])
        var inputs = AssemblyPlanner.Inputs(
            takes: Dictionary(uniqueKeysWithValues: episode.segments.map { ($0.id, Self.take($0.id)) }))
        inputs.musicBed = (
            URL(fileURLWithPath: "/music/bed.wav"), AssemblyPlannerTests.analysis(seconds: 20, lufs: -24)
        )
        let plan = try AssemblyPlanner(options: AssemblyOptions()).plan(episode, inputs: inputs)
        let bed = try #require(plan.bed)
        let intro = plan.timeline.segments[1]
        let story = plan.timeline.segments[2]
        #expect(bed.range.upperBound <= intro.endSample + Int(LayoutPolicy().bedTail * 48_000))
        #expect(bed.range.upperBound < story.endSample, "the bed runs on under the story")
    }

    @Test func aMusicCuePlaysBeforeItsSegment() throws {
        var episode = AssemblyFixture.episode([
            ("s1-p1", "s1", "narrator", .narration), ("s1-p2", "s1", "narrator", .narration),
        ])
        episode.segments[1].musicBefore = "chime"
        var inputs = AssemblyPlanner.Inputs(takes: ["s1-p1": Self.take("s1-p1"), "s1-p2": Self.take("s1-p2")])
        let chime = AssemblyPlannerTests.analysis(seconds: 2, lufs: -30)
        inputs.cues["s1-p2"] = (URL(fileURLWithPath: "/music/chime.wav"), chime)
        let plan = try AssemblyPlanner(options: AssemblyOptions()).plan(episode, inputs: inputs)
        let music = plan.clips.filter { if case .music = $0.source { true } else { false } }
        let cue = try #require(music.first)
        let timings = plan.timeline.segments
        #expect(cue.startSample >= timings[0].endSample)
        #expect(cue.endSample <= timings[1].startSample)
        // Loudness-matched: as loud as the matched speech (the median take, −20 LUFS): +10 dB on a −30 LUFS chime.
        #expect(abs(20 * log10(Double(cue.gain)) - 10) < 0.01)
    }

    /// Two voices with rooms of their own: the gap after the narrator's segment starts in the narrator's room, and
    /// the gap before the guest's ends in the guest's.
    @Test func gapsUseTheRoomToneOfTheVoiceBesideThem() throws {
        let episode = AssemblyFixture.episode([
            ("s1-p1", "s1", "narrator", .narration), ("s1-p2", "s1", "guest", .quote),
        ])
        var inputs = AssemblyPlanner.Inputs(takes: [
            "s1-p1": Self.take("s1-p1", 1e-7), "s1-p2": Self.take("s1-p2", 1e-5),
        ])
        let narrator = Self.take("s1-p1", 1e-7)
        let guest = Self.take("s1-p2", 1e-5)
        inputs.roomTones = [
            "narrator": (narrator.0.url, narrator.1, 0..<24_000), "guest": (guest.0.url, guest.1, 0..<24_000),
            "": (narrator.0.url, narrator.1, 0..<24_000),
        ]
        let plan = try AssemblyPlanner(options: AssemblyOptions()).plan(episode, inputs: inputs)
        #expect(plan.roomTones.count == 2)
        let timings = plan.timeline.segments
        let gapStart = timings[0].endSample
        let gapEnd = timings[1].startSample
        let narratorTone = try #require(plan.roomTones.first { $0.url.lastPathComponent == "s1-p1.wav" })
        let guestTone = try #require(plan.roomTones.first { $0.url.lastPathComponent == "s1-p2.wav" })
        #expect(narratorTone.gaps.contains { $0.lowerBound == gapStart })
        #expect(guestTone.gaps.contains { $0.upperBound == gapEnd })
        #expect(!guestTone.gaps.contains { $0.contains(gapStart) })
    }
}
