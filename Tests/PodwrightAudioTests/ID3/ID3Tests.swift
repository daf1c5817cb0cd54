import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// The ID3v2 writer, read back by a reader we did not write: ffprobe.
@Suite(
    .enabled(
        if: Tools.available("ffmpeg") && Tools.available("ffprobe"),
        "ffmpeg/ffprobe are not installed (Scripts/setup installs them)"))
struct ID3Tests {
    static let titles = ["Moon Jae-in", "Épisode 12: la nuit", "Plain ASCII <&> \"quoted\"", "東京 and emoji 🎙️"]

    func chapters() -> [ID3Chapter] {
        Self.titles.enumerated().map { index, title in
            ID3Chapter(
                id: "chp\(index)", title: title, startMilliseconds: UInt32(index * 1_234),
                endMilliseconds: index + 1 < Self.titles.count ? UInt32((index + 1) * 1_234) : 5_000)
        }
    }

    @Test func chaptersAndTitlesReadBackWithFFprobe() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mp3 = try Tools.sineMP3(in: folder)
        try ID3Tag(
            title: "Épisode 12 — Moon Jae-in", artist: "Mara Okafor", album: "Harbour Lines", chapters: chapters()
        )
        .write(to: mp3)
        let probe = try Tools.ffprobe(mp3)
        let found = try #require(probe["chapters"] as? [[String: Any]])
        #expect(found.count == Self.titles.count)
        for (chapter, expected) in zip(found, chapters()) {
            #expect(chapter["time_base"] as? String == "1/1000")
            #expect(chapter["start"] as? Int == Int(expected.startMilliseconds))
            #expect(chapter["end"] as? Int == Int(expected.endMilliseconds))
            #expect((chapter["tags"] as? [String: Any])?["title"] as? String == expected.title)
        }
        let tags = try #require((probe["format"] as? [String: Any])?["tags"] as? [String: Any])
        #expect(tags["title"] as? String == "Épisode 12 — Moon Jae-in")
        #expect(tags["artist"] as? String == "Mara Okafor")
        #expect(tags["album"] as? String == "Harbour Lines")
    }

    @Test func audioBytesStayIntactAndOldTagsAreReplaced() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mp3 = try Tools.sineMP3(in: folder, extra: ["-metadata", "title=Old title", "-write_id3v1", "1"])
        let before = try Data(contentsOf: mp3)
        #expect(before.starts(with: Array("ID3".utf8)))
        let audioBefore = try Tools.audioFrames(before)
        try ID3Tag(title: "New", artist: "A", album: "B", chapters: chapters()).write(to: mp3)
        let once = try Data(contentsOf: mp3)
        #expect(try Tools.audioFrames(once) == audioBefore)
        try ID3Tag(title: "New", artist: "A", album: "B", chapters: chapters()).write(to: mp3)
        let twice = try Data(contentsOf: mp3)
        #expect(twice == once, "writing the same tag again must replace it, not stack a second one")
        let tags = try #require((try Tools.ffprobe(mp3)["format"] as? [String: Any])?["tags"] as? [String: Any])
        #expect(tags["title"] as? String == "New")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func episodeTagMatchesTheTimelineToTheMillisecond() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mp3 = try Tools.sineMP3(in: folder)
        let rate = 44_100
        let timeline = Timeline(
            sampleRate: rate, channels: 1, durationSamples: 5 * rate,
            chapters: [
                Chapter(id: "intro", title: "Épisode", startSample: 0, sampleRate: rate),
                Chapter(id: "s1", title: "Seoul, after Moon Jae-in", startSample: 54_321, sampleRate: rate),
                Chapter(id: "s2", title: "Tides", startSample: 150_001, sampleRate: rate),
            ])
        let episode = Episode(
            title: "Épisode 12", authors: ["Mara Okafor"], date: "2026-11-20",
            sections: [
                Section(id: "intro", title: "Épisode"), Section(id: "s1", title: "Seoul, after Moon Jae-in"),
                Section(id: "s2", title: "Tides"),
            ])
        #expect(ID3Tag(episode: episode, timeline: timeline).year == "2026")
        var dateline = episode
        dateline.date = "14 October 2025"
        #expect(ID3Tag(episode: dateline, timeline: timeline).year == "2025")
        try ID3Tag.apply(episode: episode, timeline: timeline, to: mp3)
        let found = try #require(try Tools.ffprobe(mp3)["chapters"] as? [[String: Any]])
        #expect(found.map { $0["start"] as? Int } == timeline.chapters.map { Timecode.milliseconds($0.start) })
        #expect(found.map { ($0["tags"] as? [String: Any])?["title"] as? String } == timeline.chapters.map(\.title))
        #expect(found.last?["end"] as? Int == 5_000)
        let tags = try #require((try Tools.ffprobe(mp3)["format"] as? [String: Any])?["tags"] as? [String: Any])
        #expect(tags["title"] as? String == "Épisode 12")
        #expect(tags["artist"] as? String == episode.show.name && tags["album"] as? String == episode.show.name)
        #expect(tags["comment"] as? String == "By Mara Okafor")
    }

    /// The assembler's path: libsndfile writes the MP3 (with its own, garbled tag for non-ASCII text), then the
    /// episode's tag replaces it. ffprobe reads our title and chapters, and the audio's duration is unchanged.
    @Test func replacesTheTagLibsndfileWrote() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mp3 = folder.appendingPathComponent("episode.mp3")
        let settings = AudioFileSettings(
            format: .mp3, sampleRate: 44_100, channels: 1,
            tags: AudioTags(title: "Épisode — Moon Jae-in", artist: "Mara Okafor", album: "Harbour Lines"))
        var writer = try AudioFileWriter(url: mp3, settings: settings)
        try writer.write((0..<(44_100 * 3)).map { Float(sin(Double($0) * 2 * .pi * 440 / 44_100) * 0.3) })
        try writer.close()
        let before = try Tools.ffprobe(mp3)
        let chapters = [
            ID3Chapter(id: "chp0", title: "Épisode", startMilliseconds: 0, endMilliseconds: 1_500),
            ID3Chapter(id: "chp1", title: "Moon Jae-in", startMilliseconds: 1_500, endMilliseconds: 3_000),
        ]
        try ID3Tag(title: "Épisode — Moon Jae-in", artist: "Mara Okafor", album: "Harbour Lines", chapters: chapters)
            .write(to: mp3)
        let after = try Tools.ffprobe(mp3)
        let tags = try #require((after["format"] as? [String: Any])?["tags"] as? [String: Any])
        #expect(tags["title"] as? String == "Épisode — Moon Jae-in")
        let found = try #require(after["chapters"] as? [[String: Any]])
        #expect(found.map { ($0["tags"] as? [String: Any])?["title"] as? String } == ["Épisode", "Moon Jae-in"])
        #expect(found.map { $0["start"] as? Int } == [0, 1_500])
        let duration = { (probe: [String: Any]) in
            Double((probe["format"] as? [String: Any])?["duration"] as? String ?? "")
        }
        let was = try #require(duration(before))
        let now = try #require(duration(after))
        #expect(abs(was - now) < 0.03, "duration \(was) s became \(now) s")
    }

    @Test func aFileThatIsNotAnMP3IsLeftAlone() throws {
        let folder = try Tools.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.mp3")
        try Data("not audio at all".utf8).write(to: file)
        #expect(throws: ID3Error.notMP3(path: file.path)) {
            try ID3Tag(title: "T", artist: "A", album: "B").write(to: file)
        }
        #expect(try Data(contentsOf: file) == Data("not audio at all".utf8))
    }
}
