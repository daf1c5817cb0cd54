import Testing

@testable import PodwrightSpeech

/// Cuts fall in the silence around a reading, with room, and never into the neighbours.
@Suite struct CutPlannerTests {
    let planner = CutPlanner(silences: [0..<100, 400..<480, 800..<820, 1000..<1200], windows: 1200)

    @Test func cutsKeepALeadAndATailInsideTheSilences() {
        #expect(planner.cut(start: 480, end: 800, previousEnd: 390, nextStart: 830) == 455..<820)
        #expect(planner.cut(start: 100, end: 400, previousEnd: 0, nextStart: 480) == 75..<430)
    }

    @Test func aWordPlacedInsideTheSilenceDoesNotMoveTheCutOffTheSound() {
        // The recogniser began the first word 60 windows early, inside the silence.
        #expect(planner.cut(start: 420, end: 800, previousEnd: 390, nextStart: 830).lowerBound == 455)
    }

    @Test func withoutASilenceTheCutFallsBetweenTheWords() {
        let tight = CutPlanner(silences: [], windows: 1000)
        let cut = tight.cut(start: 500, end: 700, previousEnd: 490, nextStart: 710)
        #expect(cut == 495..<705)
    }
}
