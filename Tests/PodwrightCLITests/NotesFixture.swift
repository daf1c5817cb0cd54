import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// An episode folder for the notes command: the Core tests' fixture episode, its timeline and peaks, and an MP3
/// of tones as long as the timeline, made by ffmpeg.
enum NotesFixture {
    static var fixtures: URL {
        PodwrightProcess.repositoryRoot.appendingPathComponent("Tests/PodwrightCoreTests/Fixtures/Export/night-ferry")
    }

    static var ffmpegAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/ffmpeg") }

    /// Makes `EP/` in a new temporary folder and returns it.
    static func episodeFolder(audio: Bool = true) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-notes-\(UUID().uuidString)")
        let folder = EpisodeFolder(root.appendingPathComponent("EP"))
        try FileManager.default.createDirectory(at: folder.build, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("episode.json"), to: folder.manifest)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("timing.json"), to: folder.timing)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("peaks.json"), to: folder.peaks)
        if audio {
            let timeline = try JSONDecoder().decode(Timeline.self, from: Data(contentsOf: folder.timing))
            try tones(seconds: timeline.durationSeconds, to: folder.episodeAudio(extension: "mp3"))
        }
        return folder.url
    }

    /// A tone that steps through a few pitches, so the waveform and the ear can tell the chapters apart.
    static func tones(seconds: Double, to url: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ffmpeg")
        process.arguments = [
            "-v", "error", "-y", "-f", "lavfi", "-i",
            "sine=frequency=330:sample_rate=48000:duration=\(seconds)", "-af", "volume=0.4",
            "-c:a", "libmp3lame", "-b:a", "64k", url.path,
        ]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "ffmpeg could not make the test audio")
    }

    static func remove(_ episode: URL) {
        try? FileManager.default.removeItem(at: episode.deletingLastPathComponent())
    }
}
