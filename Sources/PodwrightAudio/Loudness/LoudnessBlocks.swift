import Foundation

/// The BS.1770 energies of a stream in 100 ms steps: enough to compute integrated loudness and loudness range of
/// several streams joined end to end — each with its own gain, with pauses between — without touching their audio
/// again. This is how the assembler finds the episode gain from per-take analyses.
///
/// `energies[i]` is the K-weighted, channel-weighted mean square of frames `i·hop ..< (i+1)·hop` (hop = 100 ms),
/// as libebur128 computes it. A 400 ms gating block is the mean of 4 consecutive sub-blocks and a 3 s short-term
/// block the mean of 30, on exactly libebur128's grid (a gating block every 100 ms from 400 ms on; a short-term block
/// every second from 3 s on), so one stream's blocks gate to libebur128's exact (non-histogram) answer. Joining
/// streams with ``joined(_:)`` inserts the pauses as silent sub-blocks; the only approximation left is that each
/// stream's last partial sub-block (under 100 ms) is dropped and pauses are rounded to 100 ms, typically a few
/// hundredths of an LU. Stored as `Float`: 40 bytes per second of audio.
public struct LoudnessBlocks: Codable, Sendable, Equatable {
    /// Frames per second of the measured stream.
    public var sampleRate: Int
    /// Frames per sub-block (100 ms, as libebur128 rounds it: `(rate + 5) / 10`).
    public var hopFrames: Int
    /// Mean-square energy of each whole 100 ms sub-block, in order.
    public var energies: [Float]

    public init(sampleRate: Int, hopFrames: Int? = nil, energies: [Float] = []) {
        self.sampleRate = sampleRate
        self.hopFrames = hopFrames ?? (sampleRate + 5) / 10
        self.energies = energies
    }

    /// One part of a join: a stream's blocks, the gain applied to it, and the silence after it.
    public struct Part: Sendable, Equatable {
        /// The stream's sub-block energies.
        public var blocks: LoudnessBlocks
        /// Gain applied to the stream, in dB.
        public var gainDB: Double
        /// Silence after the stream, in frames (rounded to 100 ms sub-blocks).
        public var silenceAfterFrames: Int

        public init(_ blocks: LoudnessBlocks, gainDB: Double = 0, silenceAfterFrames: Int = 0) {
            self.blocks = blocks
            self.gainDB = gainDB
            self.silenceAfterFrames = silenceAfterFrames
        }
    }

    /// The blocks of streams joined in order, each scaled by its gain and followed by its silence.
    /// - Parameter parts: The streams, all at one sample rate.
    /// - Returns: Blocks of the whole, on which ``integratedLUFS`` and ``loudnessRangeLU`` read the episode.
    public static func joined(_ parts: [Part]) -> LoudnessBlocks {
        let rate = parts.first?.blocks.sampleRate ?? 48_000
        var result = LoudnessBlocks(sampleRate: rate, hopFrames: parts.first?.blocks.hopFrames)
        result.energies.reserveCapacity(parts.reduce(0) { $0 + $1.blocks.energies.count + 1 })
        for part in parts {
            let scale = Float(Decibels.powerRatio(part.gainDB))
            result.energies += part.blocks.energies.map { $0 * scale }
            let silent = Int((Double(part.silenceAfterFrames) / Double(result.hopFrames)).rounded())
            result.energies += repeatElement(0, count: silent)
        }
        return result
    }

    /// The sub-blocks lying wholly inside `frames` (a take trimmed at head and tail), re-based to start there.
    public func restricted(to frames: Range<Int>) -> LoudnessBlocks {
        let first = (frames.lowerBound + hopFrames - 1) / hopFrames
        let end = min(energies.count, frames.upperBound / hopFrames)
        guard first < end else { return LoudnessBlocks(sampleRate: sampleRate, hopFrames: hopFrames) }
        return LoudnessBlocks(sampleRate: sampleRate, hopFrames: hopFrames, energies: Array(energies[first..<end]))
    }

    /// Energy (mean square) of a loudness in LUFS: `10^((L + 0.691) / 10)`.
    public static func energy(ofLUFS loudness: Double) -> Double { BS1770.energy(lufs: loudness) }

    /// Loudness in LUFS of an energy: `10·log10(E) − 0.691`.
    public static func lufs(ofEnergy energy: Double) -> Double { BS1770.lufs(energy: energy) }
}
