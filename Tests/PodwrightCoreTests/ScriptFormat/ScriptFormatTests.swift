import Foundation
import PodwrightCore
import PodwrightTestSupport
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

    /// A fixed episode with every feature of the format: voices, split quotes, a partial and an uncertain quote,
    /// opening paragraphs in the intro section, directives, and text full of Markdown-special characters.
    static func goldenEpisode() throws -> Episode {
        var episode = try episode()
        episode.show.voices = ["narrator": "en-GB Studio A"]
        episode.speakers[0].voice = "en-GB Studio A"
        episode.speakers[1].title = "Japan’s ambassador | London"
        episode.date = "June 1, 2018"
        episode.category = "Politics & Security"
        episode.segments.append(
            Segment(
                id: "s1-n1", section: "s1", speaker: "narrator", kind: .narration,
                text: "1. *Not* a list: # not a heading, <b>not HTML</b>, [not a directive] and a \\ backslash.",
                estimatedSeconds: ReadingTime.seconds(
                    for: "1. *Not* a list: # not a heading, <b>not HTML</b>, "
                        + "[not a directive] and a \\ backslash.", wordsPerMinute: 155)))
        let credits = episode.segments.firstIndex { $0.section == "credits" } ?? episode.segments.count
        let added = episode.segments.removeLast()
        episode.segments.insert(added, at: credits)
        episode.segments[credits + 1].musicBefore = "outro bed"
        episode.pronunciations = [
            Pronunciation(word: "Tsuruoka", sayAs: "T S UW1 R UW0 OW1 K AH0"),
            Pronunciation(word: "Pyongyang", sayAs: "pyung-YANG"), Pronunciation(word: "Kono", sayAs: ""),
        ]
        return episode
    }

    @Test func goldenScript() throws {
        let episode = try Self.goldenEpisode()
        let text = ScriptRenderer.render(episode)
        try Golden.check(text, named: "Script/golden-script.md")
        #expect(ScriptParser.parse(text, file: "golden-script.md").episode == episode)
    }

    @Test func windowsLineEndingsAndWrappedTextReadTheSame() throws {
        let episode = try Self.goldenEpisode()
        let text = ScriptRenderer.render(episode)
        #expect(ScriptParser.parse(text.replacingOccurrences(of: "\n", with: "\r\n"), file: "s").episode == episode)
        let wrapped = text.replacingOccurrences(
            of: "the Japanese always follow” when", with: "the Japanese\n  always follow”\nwhen")
        let result = ScriptParser.parse(wrapped, file: "s")
        #expect(result.problems == [])
        #expect(result.episode == episode)
    }

    @Test func renderedScriptParsesBackToTheSameEpisode() throws {
        let episode = try Self.episode()
        let text = ScriptRenderer.render(episode)
        let result = ScriptParser.parse(text, file: "script.md")
        #expect(result.problems == [])
        #expect(result.episode == episode)
    }
}
