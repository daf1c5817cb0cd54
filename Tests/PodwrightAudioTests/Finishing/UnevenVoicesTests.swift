import Foundation
import PodwrightAudio
import PodwrightCore
import PodwrightTestSupport
import Testing

/// An episode recorded the way people record: a long pre-roll in a −60 dBFS room, a take 10 dB hot and clipped,
/// phone tape at 8 kHz, an MP3 take at 44.1 kHz, a whisper and a shout beyond what level matching may do.
@Suite struct UnevenVoicesTests {
    static let takes: [(id: String, speaker: String, file: String, format: AudioFormat, take: RecordedTake)] = [
        ("s1-p1", "narrator", "s1-p1.wav", .wav, RecordedTake(preRoll: 6, floorDBFS: -60, wordDBFS: -8, seed: 1)),
        (
            "s1-p2", "kim", "s1-p2.wav", .wav,
            RecordedTake(sampleRate: 44_100, floorDBFS: -70, wordDBFS: -8, driveDB: 10, seed: 2)
        ),
        (
            "s1-p3", "lee", "s1-p3.wav", .wav,
            RecordedTake(sampleRate: 8_000, floorDBFS: -50, wordDBFS: -8, frequency: 700, phoneBand: true, seed: 3)
        ),
        (
            "s1-p4", "narrator", "s1-p4.mp3", .mp3,
            RecordedTake(sampleRate: 44_100, preRoll: 2, floorDBFS: -65, wordDBFS: -8, seed: 4)
        ),
        ("s1-p5", "lee", "s1-p5.wav", .wav, RecordedTake(floorDBFS: -80, wordDBFS: -45, seed: 5)),
        ("s1-p6", "kim", "s1-p6.wav", .wav, RecordedTake(floorDBFS: -60, wordDBFS: -6, driveDB: 20, seed: 6)),
    ]

    @Test func voicesComeOutEvenAndEveryUnmatchableTakeIsNamed() throws {
        let fixture = try AssemblyFixture()
        defer { fixture.remove() }
        for item in Self.takes {
            let made = item.take.make()
            try fixture.writeTake(
                item.file, samples: made.samples, sampleRate: item.take.sampleRate, format: item.format,
                bitDepth: 16)
        }
        let episode = AssemblyFixture.episode(Self.takes.map { ($0.id, "s1", $0.speaker, .narration) })
        var options = AssemblyOptions()
        options.useCache = false
        options.preset = .podcast
        options.leveler = LevelerPolicy()
        let report = try Assembler(options: options).assemble(episode, in: fixture.folder)
        // Every take is mono: so is the episode, at the mono podcast target.
        #expect(report.timeline.channels == 1)
        #expect(report.finish.targetLUFS == -19)
        // The whisper and the shout could not be matched, and the warnings say which takes they are.
        var capped: [String] = []
        for warning in report.warnings {
            if case .levelMatchingCapped(let segment, let file, let needed, let applied) = warning {
                capped.append(segment)
                #expect(file == "takes/\(Self.takes.first { $0.id == segment }!.file)")
                #expect(abs(needed) > abs(applied))
            }
        }
        #expect(capped.sorted() == ["s1-p5", "s1-p6"], "\(report.warnings)")
        #expect(report.warnings.contains { if case .clippedTake("s1-p2", _, _, _) = $0 { true } else { false } })
        // The others land within 1.5 LU of each other, as the delivered file has them.
        let output = try TestSignals.readAll(fixture.folder.episodeAudio(extension: "wav"))
        var levels: [String: Double] = [:]
        for timing in report.timeline.segments where !["s1-p5", "s1-p6"].contains(timing.id) {
            let slice = Array(output.samples[timing.startSample..<timing.endSample])
            levels[timing.id] = try TestSignals.integratedLUFS(slice, sampleRate: output.sampleRate, channels: 1)
        }
        let spread = levels.values.max()! - levels.values.min()!
        #expect(spread <= 1.5, "voices differ by \(spread) LU: \(levels); \(report.warnings)")
        // The per-segment report names each take with what was done to it, in timing.json and report.txt.
        let timing = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.folder.timing)) as! [String: Any]
        let segments = (timing["assembly"] as! [String: Any])["segments"] as! [[String: Any]]
        #expect(segments.map { $0["id"] as! String } == Self.takes.map(\.id))
        for segment in segments {
            #expect(segment["inputLUFS"] is Double)
            #expect(segment["gainDB"] is Double)
            #expect(segment["levelerCutDB"] is Double)
        }
        #expect((segments[4]["neededGainDB"] as? Double ?? 0) > 12)
        let text = try String(contentsOf: fixture.folder.build.appendingPathComponent("report.txt"), encoding: .utf8)
        for item in Self.takes { #expect(text.contains(item.id) && text.contains(item.file)) }
        #expect(text.contains("needs") && text.contains("s1-p5"))
    }

    /// Library warnings state facts; the advice in a front end's own terms (command-line flags) is the CLI's.
    @Test func warningsNameNoCommandLineFlags() {
        let warnings: [AssemblyWarning] = [
            .targetOutOfReach(targetLUFS: -16, ceilingDBTP: -1, maximumPushDB: 6, predictedLUFS: -18),
            .heavyLimiting(percent: 7, maximumReductionDB: 4, scratchVoices: true, levelerOn: false),
            .heavyLimiting(percent: 7, maximumReductionDB: 4, scratchVoices: true, levelerOn: true),
            .deadAir(segment: "s1-p1", file: "takes/s1-p1.wav", seconds: 3),
            .levelMatchingCapped(segment: "s1-p1", file: "takes/s1-p1.wav", neededDB: 20, appliedDB: 12),
            .placeholder(segment: "s1-p1", detail: nil), .noRoomTone,
        ]
        for warning in warnings { #expect(!warning.description.contains("--"), "\(warning)") }
    }
}
