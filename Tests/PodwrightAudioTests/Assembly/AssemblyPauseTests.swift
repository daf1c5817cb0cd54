import PodwrightAudio
import PodwrightCore
import Testing

/// Pauses by context, and the script's own pauses winning over them.
@Suite struct AssemblyPauseTests {
    static func segment(
        _ id: String, section: String = "s1", speaker: String = "narrator", kind: Segment.Kind = .narration,
        pause: Double? = nil
    ) -> Segment {
        Segment(
            id: id, section: section, speaker: speaker, kind: kind, text: "", estimatedSeconds: 1,
            pauseAfterSeconds: pause)
    }

    @Test(
        arguments: [
            (segment("a", kind: .title), segment("b"), 1.0),
            (segment("a", kind: .heading), segment("b"), 0.75),
            (segment("a"), segment("b"), 0.65),
            (segment("a"), segment("b", speaker: "kim", kind: .quote), 0.55),
            (segment("a"), segment("b", kind: .quote), 0.45),
            (segment("a"), segment("b", section: "s2", kind: .heading), 1.4),
            (segment("a"), segment("b", section: "credits", kind: .credits), 1.4),
            (segment("a", pause: 2.5), segment("b"), 2.5),
            (segment("a", pause: 0), segment("b", section: "s2"), 0),
        ] as [(Segment, Segment, Double)])
    func pauseFollowsContext(after: Segment, before: Segment, seconds: Double) {
        #expect(PausePolicy().pause(after: after, before: before) == seconds)
    }

    @Test func scaleChangesDefaultsButNotTheScriptsPauses() {
        var policy = PausePolicy()
        policy.scale = 2
        #expect(policy.pause(after: Self.segment("a"), before: Self.segment("b")) == 1.3)
        #expect(policy.pause(after: Self.segment("a", pause: 0.5), before: Self.segment("b")) == 0.5)
    }
}
