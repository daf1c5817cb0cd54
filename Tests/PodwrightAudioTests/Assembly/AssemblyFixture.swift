import Foundation
import PodwrightAudio
import PodwrightCore

/// Episode folders with synthetic takes for the assembler's tests.
struct AssemblyFixture {
    let folder: EpisodeFolder

    /// A fresh, empty episode folder under the temporary folder.
    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-assembly-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent("takes"),
            withIntermediateDirectories: true)
        folder = EpisodeFolder(url)
    }

    func remove() { try? FileManager.default.removeItem(at: folder.url) }

    /// An episode: sections `intro` and `s1`… with the given segments (id, section, speaker, kind).
    static func episode(_ segments: [(String, String, String, Segment.Kind)]) -> Episode {
        var sections: [Section] = []
        for (_, section, _, _) in segments where !sections.contains(where: { $0.id == section }) {
            sections.append(Section(id: section, title: "Section \(section)"))
        }
        var speakers: [Speaker] = [Speaker(id: "narrator", name: "Narrator", role: .narrator)]
        for (_, _, speaker, _) in segments where !speakers.contains(where: { $0.id == speaker }) {
            speakers.append(Speaker(id: speaker, name: speaker.capitalized, role: .quoted))
        }
        return Episode(
            title: "Fixture episode", authors: ["Test Writer"], sections: sections, speakers: speakers,
            segments: segments.map {
                Segment(
                    id: $0.0, section: $0.1, speaker: $0.2, kind: $0.3, text: "Words for \($0.0).",
                    estimatedSeconds: 1.5)
            })
    }

    /// Writes `samples` as a take file.
    func writeTake(
        _ name: String, samples: [Float], sampleRate: Int, channels: Int = 1, format: AudioFormat = .wav,
        bitDepth: Int = 24
    ) throws {
        let url = folder.takes.appendingPathComponent(name)
        var writer = try AudioFileWriter(
            url: url,
            settings: AudioFileSettings(
                format: format, sampleRate: sampleRate, channels: channels, bitDepth: bitDepth, dither: false))
        try writer.write(samples)
        try writer.close()
    }

    /// Silence, then a cosine (full amplitude on its first sample), then silence: a take with a hard, known onset.
    static func toneTake(
        frequency: Double, level: Double, head: Double, tone: Double, tail: Double, sampleRate: Int, channels: Int = 1
    ) -> (samples: [Float], onsetFrame: Int) {
        let headFrames = Int(head * Double(sampleRate))
        let toneFrames = Int(tone * Double(sampleRate))
        let tailFrames = Int(tail * Double(sampleRate))
        var samples = [Float](repeating: 0, count: (headFrames + toneFrames + tailFrames) * channels)
        let amplitude = pow(10, level / 20)
        for frame in 0..<toneFrames {
            // A 2 ms fade-out keeps the end clean; the onset stays hard so it can be found to the sample.
            let release = min(1, Double(toneFrames - frame) / (0.002 * Double(sampleRate)))
            let value = Float(amplitude * release * cos(2 * Double.pi * frequency * Double(frame) / Double(sampleRate)))
            for channel in 0..<channels { samples[(headFrames + frame) * channels + channel] = value }
        }
        return (samples, headFrames)
    }

    /// Speech-like test material: noise bursts at a syllable rate with a high crest factor, over quiet room noise.
    static func speechLike(seconds: Double, level: Double, sampleRate: Int, seed: UInt64) -> [Float] {
        var generator = SplitMix(seed: seed)
        let frames = Int(seconds * Double(sampleRate))
        var samples = [Float](repeating: 0, count: frames)
        let amplitude = pow(10, level / 20)
        var low = 0.0
        var lower = 0.0
        var lowest = 0.0
        for frame in 0..<frames {
            let t = Double(frame) / Double(sampleRate)
            let syllable = max(0, sin(2 * Double.pi * 3.7 * t)) * (0.6 + 0.4 * sin(2 * Double.pi * 0.31 * t))
            let white = generator.nextUnit() * 2 - 1
            // Three one-pole low-passes: most energy below 4 kHz, as in a voice.
            low = 0.6 * low + 0.4 * white
            lower = 0.6 * lower + 0.4 * low
            lowest = 0.6 * lowest + 0.4 * lower
            let burst = syllable * syllable * syllable * lowest * 4
            let room = (generator.nextUnit() * 2 - 1) * 0.0008
            samples[frame] = Float(amplitude * burst + room)
        }
        return samples
    }

    /// Writes `episode.json`.
    func writeManifest(_ episode: Episode) throws {
        try JSONEncoder().encode(episode).write(to: folder.manifest)
    }
}

/// A small deterministic random generator for reproducible test signals.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// The Goertzel power of one frequency over a stretch of mono samples.
func goertzel(_ samples: ArraySlice<Float>, frequency: Double, sampleRate: Int) -> Double {
    let coefficient = 2 * cos(2 * Double.pi * frequency / Double(sampleRate))
    var s1 = 0.0
    var s2 = 0.0
    for sample in samples {
        let s0 = Double(sample) + coefficient * s1 - s2
        s2 = s1
        s1 = s0
    }
    return (s1 * s1 + s2 * s2 - coefficient * s1 * s2) / Double(samples.count * samples.count)
}

/// Reads a whole (small) file as mono samples (the first channel).
func readFirstChannel(_ url: URL) throws -> (samples: [Float], sampleRate: Int) {
    var reader = try AudioFileReader(url: url)
    let channels = reader.channels
    var all: [Float] = []
    var buffer = [Float](repeating: 0, count: 8192 * channels)
    while true {
        let count = try buffer.withUnsafeMutableBufferPointer { try reader.read(into: $0) }
        if count == 0 { break }
        for frame in 0..<count { all.append(buffer[frame * channels]) }
    }
    return (all, reader.sampleRate)
}

extension AssemblyFixture {
    /// Records a speech-like take for every segment and assembles the episode mono at 44.1 kHz (the assembler tags
    /// an MP3 with our ID3 writer itself).
    func assembleTagged(
        _ episode: Episode, format: AudioFormat, takeSeconds: Double, seed: UInt64
    ) throws -> AssemblyReport {
        for segment in episode.segments {
            try writeTake(
                "\(segment.id).wav",
                samples: AssemblyFixture.speechLike(seconds: takeSeconds, level: -20, sampleRate: 44_100, seed: seed),
                sampleRate: 44_100)
        }
        var options = AssemblyOptions()
        options.format = format
        options.channels = 1
        options.useCache = false
        let assembler = Assembler(options: options)
        return try assembler.assemble(episode, in: folder)
    }
}
