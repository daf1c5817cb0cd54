import Foundation
import PodwrightCore
import PodwrightTestSupport

/// Episode folders with takes written byte by byte, for running `podwright assemble` end to end.
struct AssembleFolder {
    let url: URL
    var folder: EpisodeFolder { EpisodeFolder(url) }
    var takes: URL { url.appendingPathComponent("takes") }

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-cli-assemble-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("takes"),
            withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Writes an episode with these segment ids (sections from the id prefix, every third a quote by kim).
    func writeEpisode(_ ids: [String]) throws {
        var sections: [Section] = []
        var segments: [Segment] = []
        for (index, id) in ids.enumerated() {
            let section = String(id.split(separator: "-").first ?? "s1")
            if !sections.contains(where: { $0.id == section }) {
                sections.append(Section(id: section, title: "Part \(sections.count + 1)"))
            }
            let quote = index % 3 == 2
            segments.append(
                Segment(
                    id: id, section: section, speaker: quote ? "kim" : "narrator",
                    kind: quote ? .quote : .narration, text: "Words of \(id).", estimatedSeconds: 1.2))
        }
        let episode = Episode(
            title: "Harbour Lights", authors: ["Mara Quell"], sections: sections,
            speakers: [
                Speaker(id: "narrator", name: "Narrator", role: .narrator),
                Speaker(id: "kim", name: "Kim Adair", role: .quoted),
            ], segments: segments)
        try JSONEncoder().encode(episode).write(to: folder.manifest)
    }

    /// Writes a 16-bit PCM WAV take of a tone with quiet edges.
    func writeTake(
        _ name: String, frequency: Double = 440, level: Double = -18, seconds: Double = 1.5, sampleRate: Int = 48_000,
        clip: Bool = false, silent: Bool = false
    ) throws {
        let frames = Int(seconds * Double(sampleRate))
        let edge = Int(0.2 * Double(sampleRate))
        var samples = [Int16](repeating: 0, count: frames)
        let amplitude = pow(10, level / 20)
        for frame in edge..<(frames - edge) where !silent {
            var value = amplitude * sin(2 * Double.pi * frequency * Double(frame) / Double(sampleRate))
            if clip { value = max(-1, min(1, value * 4)) }
            samples[frame] = Int16(max(-32767, min(32767, (value * 32767).rounded())))
        }
        try Self.wav(samples, sampleRate: sampleRate).write(to: takes.appendingPathComponent(name))
    }

    /// A mono 16-bit WAV file's bytes.
    static func wav(_ samples: [Int16], sampleRate: Int) -> Data {
        var data = Data()
        func append(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        func append16(_ value: UInt16) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        data.append(contentsOf: Array("RIFF".utf8))
        append(UInt32(36 + samples.count * 2))
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        append(16)
        append16(1)
        append16(1)
        append(UInt32(sampleRate))
        append(UInt32(sampleRate * 2))
        append16(2)
        append16(16)
        data.append(contentsOf: Array("data".utf8))
        append(UInt32(samples.count * 2))
        for sample in samples { append16(UInt16(bitPattern: sample)) }
        return data
    }

    /// Runs `podwright assemble` on this folder with extra arguments.
    func assemble(_ arguments: [String] = []) throws -> PodwrightProcess.Result {
        try PodwrightProcess.run(["assemble", url.path] + arguments)
    }

    func contents(_ name: String) -> Data? { try? Data(contentsOf: folder.build.appendingPathComponent(name)) }

    func timing() throws -> [String: Any] {
        let data = try Data(contentsOf: folder.timing)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}
