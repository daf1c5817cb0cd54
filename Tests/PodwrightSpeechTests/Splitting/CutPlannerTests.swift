import Testing

@testable import PodwrightSpeech

/// Cuts fall in the silence around a reading, with room, and never into the neighbours.
@Suite struct CutPlannerTests {
    let planner = CutPlanner(silences: [0..<100, 400..<480, 800..<820, 1000..<1200], windows: 1200)

    @Test func cutsKeepALeadAndATailInsideTheSilences() {
        #expect(planner.cut(start: 480, end: 800, previous: 350..<390, next: 830..<860) == 455..<820)
        #expect(planner.cut(start: 100, end: 400, previous: nil, next: 480..<500) == 75..<430)
    }

    @Test func aWordPlacedInsideTheSilenceDoesNotMoveTheCutOffTheSound() {
        // The recogniser began the first word 60 windows early, inside the silence.
        #expect(planner.cut(start: 420, end: 800, previous: 350..<390, next: 830..<860).lowerBound == 455)
    }

    @Test func aPreviousWordEndingLateInTheSilenceDoesNotHideIt() {
        // The word before was heard running 30 windows into the silence that ends at 480.
        #expect(planner.cut(start: 480, end: 800, previous: 370..<430, next: 830..<860) == 455..<820)
    }

    @Test func aShortQuietInsideTheLastWordIsNotTheSilenceAfterIt() {
        // The closure before a final consonant (790–805) is quiet; the pause after the reading starts at 812.
        let closure = CutPlanner(silences: [0..<100, 290..<300, 310..<400, 790..<805, 812..<900], windows: 1200)
        #expect(closure.cut(start: 320, end: 795, previous: 250..<280, next: 910..<950) == 375..<842)
        // With no pause, the short quiet is still better than nothing.
        let tight = CutPlanner(silences: [790..<805], windows: 1200)
        #expect(tight.cut(start: 500, end: 795, previous: 470..<490, next: 900..<950).upperBound == 805)
    }

    @Test func aShortWordHeardOnTheWrongSideOfThePauseDoesNotMoveTheCutIntoSpeech() {
        // “… under a grey sky. [pause] A night ferry …”: the recogniser heard the next reading's “a” (611–618) in the
        // last sound of “sky” and the pause (620–680) after it, so no silence lies between the two readings' words.
        let meeting = CutPlanner(silences: [0..<100, 620..<680, 1000..<1100], windows: 1100)
        let ending = meeting.cut(start: 100, end: 611, previous: nil, next: 611..<618)
        let opening = meeting.cut(start: 611, end: 990, previous: 570..<611, next: nil)
        #expect(ending.upperBound == 650)
        #expect(opening.lowerBound == 655)
        // A longer first word before a pause is a reading's real opening (“Still, [pause] …”): it is kept.
        let still = meeting.cut(start: 580, end: 990, previous: 540..<580, next: nil)
        #expect(still.lowerBound == 580)
    }

    @Test func withoutASilenceTheCutFallsBetweenTheWords() {
        let tight = CutPlanner(silences: [], windows: 1000)
        let cut = tight.cut(start: 500, end: 700, previous: 470..<490, next: 710..<730)
        #expect(cut == 495..<705)
    }
}
