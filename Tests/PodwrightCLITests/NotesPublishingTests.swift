import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// Safe publishing with `notes`: no WAV or FLAC unless asked, only the current audio in the upload folder, and a
/// guid and pubDate that do not move once published.
@Suite struct NotesPublishingTests {
    func episode(audio ext: String) throws -> EpisodeFolder {
        let folder = EpisodeFolder(try NotesFixture.episodeFolder(audio: false))
        try use(ext, in: folder)
        return folder
    }

    /// Makes `episode.<ext>` (stand-in bytes: notes never decodes it) the delivered file `timing.json` names.
    func use(_ ext: String, in folder: EpisodeFolder) throws {
        try Data(repeating: 0xAB, count: 4_321).write(to: folder.episodeAudio(extension: ext))
        var timing = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.timing)) as? [String: Any])
        timing["file"] = "episode.\(ext)"
        try JSONSerialization.data(withJSONObject: timing).write(to: folder.timing)
    }

    @Test(arguments: ["wav", "flac"])
    func aLosslessEnclosureIsRefusedUnlessAskedFor(_ ext: String) throws {
        let folder = try episode(audio: ext)
        defer { NotesFixture.remove(folder.url) }
        let refused = try PodwrightProcess.run(["notes", folder.url.path])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("is \(ext.uppercased()): podcast apps do not play it"))
        #expect(refused.standardError.contains("--format mp3"))
        #expect(!FileManager.default.fileExists(atPath: folder.notes.path))
        let asked = try PodwrightProcess.run(["notes", folder.url.path, "--lossless-enclosure", "-q"])
        #expect(asked.status == 0, "\(asked.standardError)")
        #expect(FileManager.default.fileExists(atPath: folder.notes.appendingPathComponent("episode.\(ext)").path))
    }

    @Test func theUploadFolderHoldsOnlyTheCurrentAudio() throws {
        let folder = try episode(audio: "wav")
        defer { NotesFixture.remove(folder.url) }
        #expect(try PodwrightProcess.run(["notes", folder.url.path, "--lossless-enclosure", "-q"]).status == 0)
        try use("mp3", in: folder)
        #expect(try PodwrightProcess.run(["notes", folder.url.path, "-q"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.notes.path)
        #expect(names.contains("episode.mp3") && !names.contains("episode.wav"), "\(names)")
    }

    @Test func theGuidAndPubDateNeverChangeOncePublished() throws {
        let folder = try episode(audio: "mp3")
        defer { NotesFixture.remove(folder.url) }
        #expect(try PodwrightProcess.run(["notes", folder.url.path, "-q"]).status == 0)
        let first = try String(contentsOf: folder.notes.appendingPathComponent("rss-item.xml"), encoding: .utf8)
        let record = try #require(PublicationRecord.load(in: folder))
        // The title is edited after publishing (the derived guid would change) and a second passes.
        var episode = try JSONDecoder().decode(Episode.self, from: Data(contentsOf: folder.manifest))
        episode.title = "A better title"
        try JSONEncoder().encode(episode).write(to: folder.manifest)
        Thread.sleep(forTimeInterval: 1.1)
        #expect(try PodwrightProcess.run(["notes", folder.url.path, "-q"]).status == 0)
        let second = try String(contentsOf: folder.notes.appendingPathComponent("rss-item.xml"), encoding: .utf8)
        for tag in ["guid", "pubDate"] {
            #expect(Self.element(tag, in: first) == Self.element(tag, in: second), "\(tag)")
        }
        #expect(Self.element("guid", in: second)?.contains(record.guid) == true)
        #expect(second.contains("A better title"))
    }

    static func element(_ tag: String, in xml: String) -> String? {
        guard let start = xml.range(of: "<\(tag)"),
            let end = xml.range(of: "</\(tag)>", range: start.upperBound..<xml.endIndex)
        else { return nil }
        return String(xml[start.lowerBound..<end.upperBound])
    }
}
