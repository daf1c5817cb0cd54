import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

@Suite struct LoudnessBlocksTests {
    /// A take-like signal: tones of varying level with short gaps, seeded.
    static func take(seed: UInt32, seconds: Double, rate: Int, channels: Int) -> [Float] {
        var state = seed
        func next() -> Double {
            state = state &* 1_664_525 &+ 1_013_904_223
            return Double(state) / Double(UInt32.max)
        }
        var samples: [Float] = []
        var remaining = Int(seconds * Double(rate))
        while remaining > 0 {
            let frames = min(remaining, Int((0.2 + next()) * Double(rate)))
            let level = next() < 0.2 ? 0 : TestSignals.amplitude(dBFS: -30 + 25 * next())
            let frequency = 150 + 3000 * next()
            for frame in 0..<frames {
                let value = Float(level * sin(2 * .pi * frequency * Double(frame) / Double(rate)))
                for _ in 0..<channels { samples.append(value) }
            }
            remaining -= frames
        }
        return samples
    }

    static func blocks(_ samples: [Float], rate: Int, channels: Int) throws -> (LoudnessBlocks, Double, Double) {
        var meter = try LoudnessMeter(
            sampleRate: rate,
            channels: channels,
            recordsBlocks: true,
            libraryGating: true,
            libraryTruePeak: false
        )
        samples.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                let end = min(buffer.count, start + 3_333 * channels)
                meter.add(UnsafeBufferPointer(rebasing: buffer[start..<end]))
                start = end
            }
        }
        return (meter.blocks, meter.libraryIntegratedLUFS, meter.libraryLoudnessRangeLU)
    }

    @Test(arguments: [(48_000, 1), (44_100, 2)])
    func gatingTheBlocksGivesLibebur128sAnswer(rate: Int, channels: Int) throws {
        let samples = Self.take(seed: 7, seconds: 40, rate: rate, channels: channels)
        let (blocks, integrated, range) = try Self.blocks(samples, rate: rate, channels: channels)
        #expect(blocks.energies.count == 40 * 10)
        #expect(abs(blocks.integratedLUFS - integrated) < 0.001)
        #expect(abs(blocks.loudnessRangeLU - range) < 0.01)
    }

    @Test func joinedTakesWithGainsAndPausesMatchMeasuringTheJoinedAudio() throws {
        let rate = 48_000
        let gains = [-3.5, 4.0, 0.0, 7.25]
        let pauses = [rate / 2, rate * 3 / 10, rate, 0]
        var joined: [Float] = []
        var parts: [LoudnessBlocks.Part] = []
        for (index, gain) in gains.enumerated() {
            // Takes of whole 100 ms sub-blocks, as the grid of the joined stream then lines up with each take's.
            let take = Self.take(seed: UInt32(index + 1), seconds: 8 + Double(index) * 1.3, rate: rate, channels: 1)
            parts.append(
                LoudnessBlocks.Part(
                    try Self.blocks(take, rate: rate, channels: 1).0,
                    gainDB: gain,
                    silenceAfterFrames: pauses[index]
                )
            )
            let scale = Float(pow(10, gain / 20))
            joined += take.map { $0 * scale }
            joined += [Float](repeating: 0, count: pauses[index])
        }
        let whole = try Self.blocks(joined, rate: rate, channels: 1)
        let estimate = LoudnessBlocks.joined(parts)
        #expect(abs(estimate.integratedLUFS - whole.1) < 0.01)
        #expect(abs(estimate.loudnessRangeLU - whole.2) < 0.05)
    }

    @Test(arguments: [(48_000, 1, UInt32(21)), (44_100, 2, UInt32(22)), (96_000, 2, UInt32(23))])
    func meterGatesLikeLibebur128WithoutItsHistogramSteps(rate: Int, channels: Int, seed: UInt32) throws {
        let samples = Self.take(seed: seed, seconds: 45, rate: rate, channels: channels)
        var meter = try LoudnessMeter(
            sampleRate: rate, channels: channels, recordsBlocks: false, libraryGating: true,
            libraryTruePeak: false)
        samples.withUnsafeBufferPointer { meter.add($0) }
        #expect(abs(meter.integratedLUFS - meter.libraryIntegratedLUFS) < 0.01)
        #expect(abs(meter.loudnessRangeLU - meter.libraryLoudnessRangeLU) < 0.02)
    }

    @Test func loudestMomentaryAndShortTermFindTheBurst() throws {
        // 10 s at −40 dBFS with a 1 s burst at −20 dBFS (1 kHz stereo: levels read as LUFS, Tech 3341's convention).
        let quiet = TestSignals.sine(
            frequency: 1_000, amplitude: TestSignals.amplitude(dBFS: -40), seconds: 5,
            sampleRate: 48_000, channels: 2)
        let burst = TestSignals.sine(
            frequency: 1_000, amplitude: TestSignals.amplitude(dBFS: -20), seconds: 1,
            sampleRate: 48_000, channels: 2)
        let samples = quiet + burst + quiet
        let blocks = try Self.blocks(samples, rate: 48_000, channels: 2).0
        #expect(abs(blocks.maxMomentaryLUFS + 20) < 0.1)
        // The meter tracks the same maxima in constant memory.
        var meter = try LoudnessMeter(sampleRate: 48_000, channels: 2)
        samples.withUnsafeBufferPointer { meter.add($0) }
        #expect(abs(meter.maxMomentaryLUFS - blocks.maxMomentaryLUFS) < 1e-6)
        #expect(abs(meter.maxShortTermLUFS - blocks.maxShortTermLUFS) < 1e-6)
        // The loudest 3 s holds the whole burst and 2 s of the quiet tone: 10·log10((1 + 2·0.01) / 3) − 20.
        #expect(abs(blocks.maxShortTermLUFS - (10 * log10(1.02 / 3) - 20)) < 0.1)
    }

    @Test func gainShiftsIntegratedLoudnessExactly() throws {
        let samples = Self.take(seed: 3, seconds: 12, rate: 48_000, channels: 2)
        let blocks = try Self.blocks(samples, rate: 48_000, channels: 2).0
        let plain = blocks.integratedLUFS
        let louder = LoudnessBlocks.joined([LoudnessBlocks.Part(blocks, gainDB: 6)]).integratedLUFS
        // Relative gating moves with the gain; only blocks near the −70 LUFS absolute gate could differ; none are.
        #expect(abs(louder - plain - 6) < 0.001)
    }

    @Test func restrictingDropsBlocksOutsideTheKeptFrames() {
        let energies: [Float] = (0..<20).map { Float($0) }
        let blocks = LoudnessBlocks(sampleRate: 48_000, energies: energies)
        #expect(blocks.restricted(to: 9_600..<(9_600 + 4_800 * 3)).energies == [2, 3, 4])
        #expect(blocks.restricted(to: 9_601..<(9_600 + 4_800 * 3 - 1)).energies == [3])
    }

    @Test func blocksSurviveJSON() throws {
        let blocks = LoudnessBlocks(sampleRate: 44_100, energies: [0.5, 0.25, 0.125])
        let decoded = try JSONDecoder().decode(LoudnessBlocks.self, from: JSONEncoder().encode(blocks))
        #expect(decoded == blocks)
    }
}

/// The BS.1770 constants and conversions every meter shares.
@Suite struct BS1770Tests {
    @Test func conversionsInvertEachOther() {
        for lufs in stride(from: -80.0, through: 10, by: 0.7) {
            #expect(abs(BS1770.lufs(energy: BS1770.energy(lufs: lufs)) - lufs) < 1e-9)
        }
        for dB in stride(from: -60.0, through: 12, by: 1.3) {
            #expect(abs(Decibels.level(Decibels.gain(dB)) - dB) < 1e-9)
            #expect(abs(Decibels.powerLevel(Decibels.powerRatio(dB)) - dB) < 1e-9)
        }
    }

    @Test func theStandardsNumbers() {
        // A 0 dBFS sine's mean square is 0.5: −3.01 dB, less the −0.691 offset.
        #expect(abs(BS1770.lufs(energy: 0.5) - (-3.0103 - 0.691)) < 1e-3)
        #expect(abs(BS1770.lufs(energy: BS1770.absoluteGateEnergy) - -70) < 1e-12)
        #expect(abs(BS1770.relativeGate(mean: 1, lu: 10) - 0.1) < 1e-12)
        #expect(BS1770.integratedRelativeGateLU == 10 && BS1770.rangeRelativeGateLU == 20)
    }
}
