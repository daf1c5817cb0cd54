import Foundation
import PodwrightCore
import PodwrightTestSupport

/// An episode folder whose takes are real speech from voices we did not make: Debian's flite (slt, rms, awb) and
/// festival (the HTS voice `cmu_us_slt_arctic_hts`), converted with sox for level, noise, rate, channel and MP3
/// variants.
struct SpeechFolder {
    let url: URL
    var folder: EpisodeFolder { EpisodeFolder(url) }
    var takes: URL { url.appendingPathComponent("takes") }

    /// The segments: our own sentences, with names the dictionary lacks.
    static let segments: [(id: String, text: String)] = [
        ("s1-p1", "Every morning at six the small ferry leaves the harbour with its lights still on."),
        ("s1-p2", "The captain, Ken Tsuruoka, has worked the route for eleven years."),
        ("s1-p3", "It is not, in itself, a boring job. The sea is different every day."),
        ("s2-p1", "The regional council wants to cut the winter timetable to two crossings a day."),
        ("s2-p2", "Priya Natarajan runs the bakery near the pier and opens before the first boat."),
    ]

    /// A folder with `segments` (ids `s1-…` and `s2-…`) as its script and an empty `takes/`.
    init(segments: [(id: String, text: String)] = Self.segments) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-cli-align-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: takes, withIntermediateDirectories: true)
        try Self.saveFerryEpisode(segments, estimatedSeconds: 4, to: folder)
    }

    /// Saves "The ferry", two sections of narrator lines (`s1-…`, `s2-…`), into `folder` as `script` would.
    static func saveFerryEpisode(
        _ lines: [(id: String, text: String)], estimatedSeconds: Double, to folder: EpisodeFolder
    ) throws {
        let sections = [Section(id: "s1", title: "The crossing"), Section(id: "s2", title: "The timetable")]
        let segments = lines.map { id, text in
            Segment(
                id: id, section: String(id.prefix(2)), speaker: "narrator", kind: .narration, text: text,
                estimatedSeconds: estimatedSeconds)
        }
        let episode = Episode(
            title: "The ferry", authors: ["Mara Halvorsen"], sections: sections,
            speakers: [Speaker(id: "narrator", name: "Narrator", role: .narrator)], segments: segments)
        try EpisodeStore.save(episode, articleBody: nil, to: folder)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Whether flite, festival, sox and the speech model are installed (Scripts/setup installs them).
    static var toolsInstalled: Bool {
        ["/usr/bin/flite", "/usr/bin/text2wave", "/usr/bin/sox", "/usr/bin/ffmpeg"].allSatisfy(
            FileManager.default.isExecutableFile)
            && FileManager.default.fileExists(atPath: "/usr/share/pocketsphinx/model/en-us/en-us/mdef")
    }

    /// Speaks `text` into `takes/name` with a flite voice, or festival's HTS voice for `festival`.
    func speak(_ text: String, voice: String, into name: String) throws {
        let target = takes.appendingPathComponent(name).path
        if voice == "festival" {
            try Self.run(
                "/usr/bin/text2wave", ["-eval", "(voice_cmu_us_slt_arctic_hts)", "-o", target], input: text)
        } else {
            try Self.run("/usr/bin/flite", ["-voice", voice, "-t", text, "-o", target])
        }
    }

    /// Rewrites `takes/source` as `takes/target` through sox with `effects` (the output's format from its name).
    func convert(_ source: String, to target: String, options: [String] = [], effects: [String] = []) throws {
        try Self.run(
            "/usr/bin/sox",
            [takes.appendingPathComponent(source).path] + options + [takes.appendingPathComponent(target).path]
                + effects)
        if source != target, !target.hasPrefix(source) {
            try FileManager.default.removeItem(at: takes.appendingPathComponent(source))
        }
    }

    /// Encodes `takes/source` as an MP3 with ffmpeg (Debian's sox has no MP3 encoder), removing the source.
    func encodeMP3(_ source: String, to target: String) throws {
        try Self.run(
            "/usr/bin/ffmpeg",
            [
                "-v", "error", "-i", takes.appendingPathComponent(source).path, "-b:a", "96k",
                takes.appendingPathComponent(target).path,
            ])
        try FileManager.default.removeItem(at: takes.appendingPathComponent(source))
    }

    /// Makes `takes/name` from nothing with sox's `synth` and other effects (silence, music).
    func synthesise(_ name: String, effects: [String]) throws {
        try Self.run("/usr/bin/sox", ["-n", "-r", "44100", takes.appendingPathComponent(name).path] + effects)
    }

    func align(_ arguments: [String] = []) throws -> PodwrightProcess.Result {
        try PodwrightProcess.run(["align", url.path] + arguments)
    }

    /// `build/alignment.json`, parsed by Foundation's JSON reader rather than our decoder.
    func report() throws -> [String: Any] {
        let data = try Data(contentsOf: folder.alignment)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The report's entry for `segment`.
    func take(_ segment: String) throws -> [String: Any]? {
        let takes = try report()["takes"] as? [[String: Any]] ?? []
        return takes.first { $0["segment"] as? String == segment }
    }

    private static func run(_ tool: String, _ arguments: [String], input: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardInput = pipe
        try process.run()
        if let input { pipe.fileHandleForWriting.write(Data(input.utf8)) }
        try pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(tool) failed"])
        }
    }
}
