import PodwrightCore
import Testing

@Suite struct ScriptRoundTripTests {
    /// Rendering then parsing gives the same episode back, over generated episodes. A failure names its seed.
    @Test(arguments: 0..<50)
    func renderThenParseIsIdentity(batch: Int) {
        for case_ in 0..<10 {
            let seed = UInt64(batch * 10 + case_)
            var generator = EpisodeGenerator(seed: seed)
            let episode = generator.episode()
            let text = ScriptRenderer.render(episode)
            let result = ScriptParser.parse(text, file: "script.md")
            #expect(result.problems == [], "seed \(seed)")
            #expect(result.assignedIDs == [], "seed \(seed)")
            if result.episode != episode {
                Issue.record("seed \(seed): \(Self.firstDifference(episode, result.episode))\n\(text)")
                return
            }
        }
    }

    /// The first field that differs, so a failing seed is quick to read.
    static func firstDifference(_ expected: Episode, _ actual: Episode) -> String {
        if expected.title != actual.title { return "title \(expected.title) ≠ \(actual.title)" }
        if expected.authors != actual.authors { return "authors \(expected.authors) ≠ \(actual.authors)" }
        if expected.show != actual.show { return "show \(expected.show) ≠ \(actual.show)" }
        if expected.speakers != actual.speakers { return "speakers \(expected.speakers) ≠ \(actual.speakers)" }
        if expected.sections != actual.sections { return "sections \(expected.sections) ≠ \(actual.sections)" }
        for (left, right) in zip(expected.segments, actual.segments) where left != right {
            return "segment \(left) ≠ \(right)"
        }
        if expected.segments.count != actual.segments.count { return "segment count" }
        for (left, right) in zip(expected.quotes, actual.quotes) where left != right {
            return "quote \(left) ≠ \(right)"
        }
        return "quotes \(expected.quotes.count) vs \(actual.quotes.count), or metadata"
    }
}
