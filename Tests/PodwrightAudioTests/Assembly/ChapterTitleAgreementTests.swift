import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// One chapter, one title: timing.json, the WAV's cue labels, the MP3's chapters and every notes format take it from
/// ``ChapterTitle``, also for a section without a title of its own. Read back with ffprobe where a file is involved.
@Suite(
    .enabled(
        if: Tools.available("ffmpeg") && Tools.available("ffprobe"),
        "ffmpeg/ffprobe are not installed (Scripts/setup installs them)"))
struct ChapterTitleAgreementTests {
    static func episode() -> Episode {
        var episode = AssemblyFixture.episode([
            ("intro-title", "intro", "narrator", .title), ("s1-p1", "s1", "narrator", .narration),
            ("s2-h", "s2", "narrator", .heading), ("s2-p1", "s2", "narrator", .narration),
        ])
        episode.title = "Épisode 12"
        episode.sections = [
            Section(id: "intro", title: "Épisode 12"), Section(id: "s1", title: "  "),
            Section(id: "s2", title: "Seoul, after Moon Jae-in"),
        ]
        episode.segments[1].text = "The ferry leaves when the water says it may. Passengers check the tides."
        return episode
    }

    static let expected = ["Épisode 12", "The ferry leaves when the water says it may.", "Seoul, after Moon Jae-in"]

    static func assemble(_ episode: Episode, format: AudioFormat, in fixture: AssemblyFixture) throws -> Timeline {
        try fixture.assembleTagged(episode, format: format, takeSeconds: 1.2, seed: 5).timeline
    }

    static func probedTitles(_ file: URL) throws -> [String?] {
        let chapters = try #require(try Tools.ffprobe(file)["chapters"] as? [[String: Any]])
        return chapters.map { ($0["tags"] as? [String: Any])?["title"] as? String }
    }

    @Test func everyFormatNamesAnUntitledChapterTheSameWay() throws {
        let episode = Self.episode()
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let timeline = try Self.assemble(episode, format: .wav, in: fixture)
        #expect(timeline.chapters.map(\.title) == Self.expected)
        #expect(timeline.chapters.map { ChapterTitle.title(for: $0, in: episode) } == Self.expected)
        let wavChapters = try Self.probedTitles(fixture.folder.episodeAudio(extension: "wav"))
        #expect(wavChapters.filter { $0?.hasPrefix("Chapter: ") == true } == Self.expected.map { "Chapter: \($0)" })

        let mp3Timeline = try Self.assemble(episode, format: .mp3, in: fixture)
        #expect(try Self.probedTitles(fixture.folder.episodeAudio(extension: "mp3")) == Self.expected)

        let publication = Publication(
            date: Date(timeIntervalSince1970: 0), audio: .init(fileName: "episode.mp3", byteCount: 1))
        let notes = try EpisodeNotes(episode: episode, timeline: mp3Timeline, publication: publication)
        #expect(notes.chapters.map(\.title) == Self.expected)
        let json = try JSONSerialization.jsonObject(with: Data(ChaptersJSON.render(notes).utf8)) as? [String: Any]
        let entries = try #require(json?["chapters"] as? [[String: Any]])
        #expect(entries.map { $0["title"] as? String } == Self.expected)
        let labels = AudacityLabels.render(notes)
        for title in Self.expected { #expect(labels.contains("\tChapter: \(title)\n")) }
        #expect(ShowNotesMarkdown.render(notes).contains("The ferry leaves when the water says it may."))
    }
}
