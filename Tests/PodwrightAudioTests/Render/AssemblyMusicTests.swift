import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// Intro and outro stings, a music bed that ducks under the voice, and room tone in the gaps — found by frequency.
@Suite struct AssemblyMusicTests {
    static func tone(_ frequency: Double, seconds: Double, rate: Int, level: Double = -12) -> [Float] {
        (0..<Int(seconds * Double(rate))).map {
            Float(pow(10, level / 20) * sin(2 * Double.pi * frequency * Double($0) / Double(rate)))
        }
    }

    /// A voice take: 1 kHz for 1.5 s between half-second stretches of quiet room noise.
    static func take(seed: UInt64) -> [Float] {
        var generator = SplitMix(seed: seed)
        let room = { (count: Int) -> [Float] in (0..<count).map { _ in Float((generator.nextUnit() * 2 - 1) * 0.003) } }
        return room(24_000) + tone(1000, seconds: 1.5, rate: 48_000, level: -14) + room(24_000)
    }

    @Test func stingsBedAndRoomToneSitWhereThePlanSays() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let episode = AssemblyFixture.episode([
            ("title", "intro", "narrator", .title), ("intro-1", "intro", "narrator", .intro),
            ("s1-p1", "s1", "narrator", .narration), ("s1-p2", "s1", "narrator", .narration),
        ])
        for (index, segment) in episode.segments.enumerated() {
            try fixture.writeTake("\(segment.id).wav", samples: Self.take(seed: UInt64(index + 1)), sampleRate: 48_000)
        }
        let music = fixture.folder.url.appendingPathComponent("music")
        try FileManager.default.createDirectory(at: music, withIntermediateDirectories: true)
        func write(_ name: String, _ samples: [Float], rate: Int) throws -> URL {
            let url = music.appendingPathComponent(name)
            var writer = try AudioFileWriter(
                url: url,
                settings: AudioFileSettings(
                    format: .flac, sampleRate: rate,
                    channels: 1, bitDepth: 16, dither: false))
            try writer.write(samples)
            try writer.close()
            return url
        }
        var options = AssemblyOptions()
        options.channels = 1
        options.useCache = false
        options.introSting = try write("intro.flac", Self.tone(2000, seconds: 2, rate: 44_100), rate: 44_100)
        options.outroSting = try write("outro.flac", Self.tone(3000, seconds: 2, rate: 44_100), rate: 44_100)
        options.musicBed = try write("bed.flac", Self.tone(150, seconds: 3, rate: 22_050), rate: 22_050)
        options.roomTone = .auto
        let report = try Assembler(options: options).assemble(episode, in: fixture.folder)
        let timeline = report.timeline
        let (output, rate) = try readFirstChannel(fixture.folder.episodeAudio(extension: "wav"))
        func power(_ frequency: Double, _ from: Double, _ to: Double) -> Double {
            goertzel(output[Int(from * 48_000)..<Int(to * 48_000)], frequency: frequency, sampleRate: rate)
        }
        let segments = timeline.segments
        // The intro sting opens the episode; the first voice enters as it rings out.
        #expect(power(2000, 0.2, 1.5) > 1000 * power(1000, 0.2, 1.5))
        #expect(segments[0].startSample >= Int(1.7 * 48_000))
        // The outro sting follows the last segment.
        let outro = segments[3].end + 0.6
        #expect(power(3000, outro + 0.2, outro + 1.5) > 1000 * power(1000, outro + 0.2, outro + 1.5))
        #expect(abs(timeline.durationSeconds - (outro + 2)) < 0.01)
        // The bed sounds before the first voice, ducks under it, and is gone by the second section.
        let open = power(150, segments[0].start - 1.2, segments[0].start - 0.6)
        let ducked = power(150, segments[0].start + 0.6, segments[0].start + 1.4)
        #expect(open > 0, "no bed before the voice")
        #expect(10 * log10(open / ducked) > 14, "bed ducks only \(10 * log10(open / ducked)) dB")
        #expect(power(150, segments[3].start + 0.6, segments[3].start + 1.4) < open / 10_000)
        // Room tone fills the gap between the two narration segments: quiet, but not digital silence.
        let gap = output[segments[2].endSample + 2_400..<segments[3].startSample - 2_400]
        let level = sqrt(gap.reduce(0.0) { $0 + Double($1 * $1) } / Double(gap.count))
        #expect(level > 1e-4 && level < 0.05, "room tone RMS \(level)")
    }
}
