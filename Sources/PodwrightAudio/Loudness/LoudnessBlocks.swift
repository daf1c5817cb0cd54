import Foundation

/// The BS.1770 gating-block energies of one stream: enough to compute integrated loudness and loudness range of
/// several streams joined end to end, each with its own gain, without touching their audio again.
///
/// `momentaryEnergies[i]` is the K-weighted, channel-weighted mean square of the 400 ms block covering frames
/// `i·hop ..< i·hop + 4·hop` (hop = 100 ms); `shortTermEnergies[j]` the same for the 3 s block covering
/// `10·j·hop ..< 10·j·hop + 30·hop`. These are the blocks libebur128 gates, so gating them here gives libebur128's
/// exact (non-histogram) answer for one stream. For a concatenation the only difference is the handful of blocks that
/// would straddle each join (typically pauses below the −70 LUFS gate): for takes of several seconds the result
/// agrees with measuring the joined audio to a few hundredths of an LU. Stored as `Float`: 40 bytes per second.
public struct LoudnessBlocks: Codable, Sendable, Equatable {
    /// Frames per second of the measured stream.
    public var sampleRate: Int
    /// Frames between block starts (100 ms).
    public var hopFrames: Int
    /// Energies of the 400 ms gating blocks, one per 100 ms.
    public var momentaryEnergies: [Float] = []
    /// Energies of the 3 s short-term blocks, one per second (for loudness range).
    public var shortTermEnergies: [Float] = []

    public init(sampleRate: Int, hopFrames: Int, momentaryEnergies: [Float] = [], shortTermEnergies: [Float] = []) {
        self.sampleRate = sampleRate
        self.hopFrames = hopFrames
        self.momentaryEnergies = momentaryEnergies
        self.shortTermEnergies = shortTermEnergies
    }

    /// Integrated loudness of this stream alone, in LUFS (`-infinity` when no block passes the gates).
    public var integratedLUFS: Double { Self.integratedLUFS(of: [(self, 0)]) }

    /// Loudness range of this stream alone, in LU.
    public var loudnessRangeLU: Double { Self.loudnessRangeLU(of: [(self, 0)]) }

    /// The blocks lying wholly inside `frames` (for a take trimmed at head and tail).
    /// - Parameter frames: The kept frame range of the stream.
    /// - Returns: Blocks re-based so frame `frames.lowerBound` is the new start (approximately, to the hop).
    public func restricted(to frames: Range<Int>) -> LoudnessBlocks {
        var result = LoudnessBlocks(sampleRate: sampleRate, hopFrames: hopFrames)
        for (index, energy) in momentaryEnergies.enumerated()
        where index * hopFrames >= frames.lowerBound && (index + 4) * hopFrames <= frames.upperBound {
            result.momentaryEnergies.append(energy)
        }
        for (index, energy) in shortTermEnergies.enumerated()
        where index * 10 * hopFrames >= frames.lowerBound && (index * 10 + 30) * hopFrames <= frames.upperBound {
            result.shortTermEnergies.append(energy)
        }
        return result
    }

    /// Energy (mean square) of a loudness in LUFS: `10^((L + 0.691) / 10)`.
    public static func energy(ofLUFS loudness: Double) -> Double {
        pow(10, (loudness + 0.691) / 10)
    }

    /// Loudness in LUFS of an energy: `10·log10(E) − 0.691`.
    public static func lufs(ofEnergy energy: Double) -> Double {
        10 * log10(energy) - 0.691
    }
}
