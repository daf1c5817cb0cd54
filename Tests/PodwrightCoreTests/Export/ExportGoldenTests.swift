import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// Every output format against its golden file, for the fixed fixture episode.
@Suite struct ExportGoldenTests {
    static let formats: [(String, @Sendable (EpisodeNotes) -> String)] = [
        ("show-notes.md", ShowNotesMarkdown.render), ("show-notes.html", ShowNotesHTML.render),
        ("chapters.json", ChaptersJSON.render), ("transcript.vtt", WebVTT.render), ("transcript.srt", SubRip.render),
        ("transcript.json", TranscriptJSON.render), ("labels.txt", AudacityLabels.render),
        ("rss-item.xml", RSSItem.render),
    ]

    @Test(arguments: formats.map(\.0))
    func formatMatchesGolden(_ name: String) throws {
        let notes = try ExportFixture.notes()
        let render = try #require(Self.formats.first { $0.0 == name }?.1)
        try Golden.check(render(notes), named: "Export/golden/\(name)")
    }

    @Test func pageMatchesGolden() throws {
        let notes = try ExportFixture.notes()
        let page = EpisodePage.render(notes, peaks: ExportFixture.peaks(for: notes.timeline))
        try Golden.check(page, named: "Export/golden/index.html")
    }

    /// The fixture episode as files, for the command-line and browser tests, which read them from here.
    @Test func fixtureFilesMatchTheFixture() throws {
        let episode = ExportFixture.episode()
        let timeline = ExportFixture.timeline(for: episode)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try Golden.check(
            String(decoding: try encoder.encode(episode), as: UTF8.self) + "\n",
            named: "Export/night-ferry/episode.json")
        try Golden.check(
            String(decoding: try encoder.encode(timeline), as: UTF8.self) + "\n",
            named: "Export/night-ferry/timing.json")
        try Golden.check(
            String(decoding: try encoder.encode(ExportFixture.peaks(for: timeline)), as: UTF8.self) + "\n",
            named: "Export/night-ferry/peaks.json")
    }
}
