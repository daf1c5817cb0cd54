import Foundation
import PodwrightCore
import Testing

@Suite struct ScriptFormatTests {
    static func episode() throws -> Episode {
        let article = SegmenterTests.article()
        var episode = Segmenter().episode(from: article, quotes: try SegmenterTests.analysis(article))
        episode.segments[0].musicBefore = "intro"
        episode.segments[1].pauseAfterSeconds = 1.5
        episode.segments[2].take = 2
        return episode
    }

    @Test func renderedScriptParsesBackToTheSameEpisode() throws {
        let episode = try Self.episode()
        let text = ScriptRenderer.render(episode)
        print(text)
        let result = ScriptParser.parse(text, file: "script.md")
        #expect(result.problems == [])
        #expect(result.episode == episode)
    }
}
