import Foundation
import Testing

@testable import PodwrightCore

/// The summary is the article's lede in whole paragraphs, even when voiced quotes split them into segments.
@Suite struct ExportSummaryTests {
    static let body = """
        Under the old mill, the guide stops and says, as the Red Queen tells Alice, “It takes all the running you \
        can do, to keep in the same place.” Then she laughs and walks on.

        The miller kept a diary (“Nothing here moves”) in a tin box. Its last page is dated 1911.

        Nobody has read the rest.
        """

    /// Segments as the segmenter writes them now: the lede in `intro` (`intro-p1a`, `intro-p1b`, …), each piece
    /// pointing into `body`.
    static func episode(withSources: Bool = true) throws -> Episode {
        let pieces: [(String, String, String, Segment.Kind, String)] = [
            ("intro-title", "intro", "narrator", .title, "The Mill. By Ruth Anand."),
            (
                "intro-p1a", "intro", "narrator", .narration,
                "Under the old mill, the guide stops and says, as the Red "
                    + "Queen tells Alice,"
            ),
            (
                "intro-p1b", "intro", "guide", .quote,
                "“It takes all the running you can do, to keep in the same place.”"
            ),
            ("intro-p1c", "intro", "narrator", .narration, "Then she laughs and walks on."),
            ("intro-p2a", "intro", "narrator", .narration, "The miller kept a diary ("),
            ("intro-p2b", "intro", "miller", .quote, "“Nothing here moves”)"),
            ("intro-p2c", "intro", "narrator", .narration, "in a tin box. Its last page is dated 1911."),
            ("s1-p1", "s1", "narrator", .narration, "Nobody has read the rest."),
        ]
        let segments = try pieces.map { id, section, speaker, kind, text in
            var source: TextRange?
            if kind != .title, withSources {
                let range = try #require(body.range(of: text))
                let start = body.unicodeScalars.distance(from: body.startIndex, to: range.lowerBound)
                source = TextRange(start: start, end: start + text.unicodeScalars.count)
            }
            return Segment(
                id: id, section: section, speaker: speaker, kind: kind, text: text, estimatedSeconds: 2, source: source)
        }
        return Episode(
            title: "The Mill", authors: ["Ruth Anand"], show: ShowConfiguration(name: "Old Places"),
            sections: [Section(id: "intro", title: "The Mill"), Section(id: "s1", title: "The diary")],
            speakers: [
                Speaker(id: "narrator", name: "Narrator", role: .narrator),
                Speaker(id: "guide", name: "the guide", role: .source),
                Speaker(id: "miller", name: "Miller", role: .quoted),
            ],
            segments: segments)
    }

    static func lede(_ paragraph: Int) -> String {
        String(body.components(separatedBy: "\n\n")[paragraph])
    }

    @Test func theSummaryIsTheLedeInWholeParagraphsAsPrinted() throws {
        let notes = try ExportFixture.notes(episode: Self.episode())
        #expect(notes.summary == [Self.lede(0), Self.lede(1)])
        #expect(ShowNotesMarkdown.render(notes).contains(Self.lede(0)))
        let description = RSSItem.description(notes)
        #expect(description.contains("tells Alice, “It takes all the running"))
    }

    @Test func withoutSourceRangesThePiecesJoinWithSingleSpaces() throws {
        let notes = try ExportFixture.notes(episode: Self.episode(withSources: false))
        #expect(notes.summary.first == Self.lede(0))
        let joined = "The miller kept a diary ( “Nothing here moves”) in a tin box. Its last page is dated 1911."
        #expect(notes.summary.last == joined)
    }

    @Test func anArticleWithoutALedeBeforeItsFirstHeadingSummarisesItsFirstSection() throws {
        var episode = try Self.episode()
        episode.segments.removeAll { $0.section == "intro" && $0.kind != .title }
        let notes = try ExportFixture.notes(episode: episode)
        #expect(notes.summary == [Self.lede(2)])
    }

    @Test(arguments: [
        ("intro-p2a", "intro-p2"), ("intro-p12", "intro-p12"), ("s3-p4-q1", "s3-p4"), ("s1-h", "s1-h"),
        ("credits-1", "credits-1"), ("intro-title", "intro-title"),
    ])
    func paragraphKeys(_ id: String, _ key: String) {
        #expect(EpisodeNotes.paragraphKey(id) == key)
    }
}
