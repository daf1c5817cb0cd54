import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// The MP3's ID3 tag says what the assembler's WAV and FLAC tags say, read back by ffprobe, and never carries a
/// local path.
@Suite(
    .enabled(
        if: Tools.available("ffmpeg") && Tools.available("ffprobe"),
        "ffmpeg/ffprobe are not installed (Scripts/setup installs them)"))
struct ID3EpisodeTagTests {
    static func episode(source: String) -> Episode {
        var episode = AssemblyFixture.episode([
            ("intro-title", "intro", "narrator", .title), ("s1-p1", "s1", "narrator", .narration),
        ])
        episode.title = "Épisode 12: The Night Ferry"
        episode.authors = ["Mara Okafor", "Ana Ruiz"]
        episode.show.name = "Harbour Lines"
        episode.source = source
        return episode
    }

    /// Title, artist, album and comment as ffprobe reads them, keys lowercased (FLAC's are upper case).
    static func tags(_ file: URL) throws -> [String: String] {
        let format = try Tools.ffprobe(file)["format"] as? [String: Any]
        let tags = format?["tags"] as? [String: Any] ?? [:]
        var result: [String: String] = [:]
        for (key, value) in tags {
            if let value = value as? String, ["title", "artist", "album", "comment"].contains(key.lowercased()) {
                result[key.lowercased()] = value
            }
        }
        return result
    }

    static func assemble(_ episode: Episode, format: AudioFormat, in fixture: AssemblyFixture) throws -> URL {
        _ = try fixture.assembleTagged(episode, format: format, takeSeconds: 1.5, seed: 3)
        return fixture.folder.episodeAudio(extension: format.fileExtension)
    }

    @Test func theMP3TagAgreesWithTheOtherFormats() throws {
        let episode = Self.episode(source: "https://example.org/news/night-ferry")
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let mp3 = try Self.assemble(episode, format: .mp3, in: fixture)
        let flac = try Self.assemble(episode, format: .flac, in: fixture)
        let expected = [
            "title": "Épisode 12: The Night Ferry", "artist": "Harbour Lines", "album": "Harbour Lines",
            "comment": "By Mara Okafor, Ana Ruiz",
        ]
        #expect(try Self.tags(mp3) == expected)
        #expect(try Self.tags(flac) == expected)
        let bytes = try Data(contentsOf: mp3)
        #expect(bytes.range(of: Data("WOAS".utf8)) != nil)
        #expect(bytes.range(of: Data("https://example.org/news/night-ferry".utf8)) != nil)
    }

    /// An article read from a file on the producer's machine: its path must not be published.
    @Test func aLocalSourcePathIsNeverWritten() throws {
        let path = "/home/mara/drafts/night-ferry/article.txt"
        let tag = ID3Tag(
            episode: Self.episode(source: path),
            timeline: Timeline(
                sampleRate: 44_100, channels: 1, durationSamples: 44_100,
                chapters: [Chapter(id: "intro", title: "Épisode", startSample: 0, sampleRate: 44_100)]))
        #expect(tag.sourceURL == nil && tag.comment == "By Mara Okafor, Ana Ruiz" && tag.artist == "Harbour Lines")
        let bytes = Data(tag.bytes)
        #expect(bytes.range(of: Data("/home/mara".utf8)) == nil)
        #expect(bytes.range(of: Data("article.txt".utf8)) == nil)
        #expect(bytes.range(of: Data("WOAS".utf8)) == nil)
    }

    @Test func aSourceAddressIsPercentEncodedIntoWOAS() {
        let bytes = ID3Tag(title: "T", artist: "A", album: "B", sourceURL: "https://example.org/élodie marchand").bytes
        let frame = Array("WOAS".utf8) + [0, 0, 0, 42, 0, 0] + Array("https://example.org/%C3%A9lodie%20marchand".utf8)
        #expect(Data(bytes).range(of: Data(frame)) != nil)
    }
}
