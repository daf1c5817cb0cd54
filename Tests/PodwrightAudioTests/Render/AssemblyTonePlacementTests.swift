import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// Takes made of distinct tones, at mixed rates, channel counts and formats: every segment's audio must sit exactly
/// where `timing.json` says, found by its frequency.
@Suite struct AssemblyTonePlacementTests {
    struct ToneTake {
        var id: String
        var file: String
        var frequency: Double
        var level: Double
        var sampleRate: Int
        var channels: Int
        var format: AudioFormat
    }

    static let takes: [ToneTake] = [
        ToneTake(
            id: "intro-1", file: "intro-1.wav", frequency: 300, level: -12, sampleRate: 48_000, channels: 1,
            format: .wav),
        ToneTake(
            id: "s1-p1", file: "s1-p1.wav", frequency: 450, level: -20, sampleRate: 44_100, channels: 2,
            format: .wav),
        ToneTake(
            id: "s1-p1-q1", file: "s1-p1-q1.wav", frequency: 600, level: -8, sampleRate: 22_050, channels: 1,
            format: .wav),
        ToneTake(
            id: "s1-p2", file: "s1-p2.flac", frequency: 800, level: -16, sampleRate: 96_000, channels: 1,
            format: .flac),
        ToneTake(
            id: "s2-p1", file: "s2-p1.take2.wav", frequency: 1000, level: -25, sampleRate: 48_000,
            channels: 2, format: .wav),
        ToneTake(
            id: "s2-p2", file: "s2-p2.wav", frequency: 1250, level: -14, sampleRate: 8_000, channels: 1,
            format: .wav),
    ]

    @Test func everySegmentSitsWhereTheTimelineSays() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        let episode = AssemblyFixture.episode([
            ("intro-1", "intro", "narrator", .title), ("s1-p1", "s1", "narrator", .narration),
            ("s1-p1-q1", "s1", "kim", .quote), ("s1-p2", "s1", "narrator", .narration),
            ("s2-p1", "s2", "narrator", .narration), ("s2-p2", "s2", "kim", .quote),
        ])
        var onsets: [String: Int] = [:]
        for take in Self.takes {
            let made = AssemblyFixture.toneTake(
                frequency: take.frequency, level: take.level, head: 0.4, tone: 1.2,
                tail: 0.6, sampleRate: take.sampleRate, channels: take.channels)
            onsets[take.id] = made.onsetFrame
            try fixture.writeTake(
                take.file, samples: made.samples, sampleRate: take.sampleRate,
                channels: take.channels, format: take.format)
        }
        // An older take 1 of s2-p1 at another frequency: the retake must win.
        let old = AssemblyFixture.toneTake(
            frequency: 1600, level: -12, head: 0.4, tone: 1.2, tail: 0.6,
            sampleRate: 48_000)
        try fixture.writeTake("s2-p1.wav", samples: old.samples, sampleRate: 48_000)
        var options = AssemblyOptions()
        options.channels = 1
        options.useCache = false
        let report = try Assembler(options: options).assemble(episode, in: fixture.folder)
        let timeline = report.timeline
        #expect(timeline.segments.map(\.id) == episode.segments.map(\.id))
        #expect(timeline.segments.first { $0.id == "s2-p1" }?.take == "s2-p1.take2.wav")
        let (output, rate) = try readFirstChannel(fixture.folder.episodeAudio(extension: "wav"))
        #expect(rate == 48_000)
        #expect(output.count == timeline.durationSamples)
        for (index, timing) in timeline.segments.enumerated() {
            let take = try #require(Self.takes.first { $0.id == timing.id })
            let onsetOut = TakeAnalysis.convert(onsets[timing.id]!, from: take.sampleRate, to: 48_000)
            let expected = timing.startSample + onsetOut - timing.trimmedHeadSamples
            let middle = output[(expected + 4_800)..<(expected + 28_800)]
            let amplitude = middle.map { abs($0) }.max() ?? 0
            let found = try #require(
                output[timing.startSample...].firstIndex { abs($0) > amplitude / 2 }, "\(timing.id) is silent")
            // Same-rate takes land on the very sample. A resampled step is only defined to half a source sample (its
            // band-limited edge crosses half height between two source samples), plus one for rounding.
            let tolerance = take.sampleRate == 48_000 ? 0 : Int((24_000 / Double(take.sampleRate)).rounded(.up)) + 1
            #expect(abs(found - expected) <= tolerance, "\(timing.id): tone at \(found), expected \(expected)")
            let own = goertzel(middle, frequency: take.frequency, sampleRate: rate)
            for other in Self.takes where other.id != take.id {
                let power = goertzel(middle, frequency: other.frequency, sampleRate: rate)
                #expect(own > power * 1000, "\(timing.id) sounds like \(other.id)")
            }
            #expect(goertzel(middle, frequency: 1600, sampleRate: rate) * 1000 < own, "the old take 1 leaked in")
            // Nothing sounds between this segment's end and the next one's start.
            let gapEnd = index + 1 < timeline.segments.count ? timeline.segments[index + 1].startSample : output.count
            let gap = output[timing.endSample..<gapEnd]
            #expect((gap.map { abs($0) }.max() ?? 0) < 1e-3, "sound in the gap after \(timing.id)")
            // The clip holds the take's whole trimmed length at the output rate.
            let headSource = onsets[timing.id]! - Int(0.12 * Double(take.sampleRate))
            #expect(
                abs(
                    timing.trimmedHeadSamples
                        - TakeAnalysis.convert(
                            headSource, from: take.sampleRate,
                            to: 48_000)) <= 480, "\(timing.id) trimmed \(timing.trimmedHeadSamples) samples")
        }
        #expect((output[..<timeline.segments[0].startSample].map { abs($0) }.max() ?? 0) < 1e-3)
        #expect(timeline.chapters.map(\.id) == ["intro", "s1", "s2"])
        #expect(timeline.chapters[1].startSample == timeline.segments[1].startSample)
    }
}
