import Foundation

/// Gating for integrated loudness and loudness range in constant memory, with 0.01 LU bins that keep the exact
/// energy sum of their blocks.
///
/// libebur128's histogram mode files each block under its 0.1 LU bin's centre energy, so a −23.00 LUFS tone reads
/// −22.95. Here a bin adds up the blocks' true energies: the gated mean is exact except for blocks within 0.01 LU of
/// the relative gate, and percentiles (for loudness range) land within 0.005 LU. 10 000 bins cover −70…+30 LUFS:
/// 160 KB however long the programme.
struct GatingHistogram: Sendable {
    private static let floor = BS1770.absoluteGateLUFS
    private static let binsPerLU = 100.0
    private static let binCount = 10_000
    private var counts = [Int](repeating: 0, count: binCount)
    private var sums = [Double](repeating: 0, count: binCount)
    private var total = 0.0
    private var blocks = 0

    /// Adds one block's energy (mean square); blocks below the −70 LUFS absolute gate are dropped, as BS.1770 says.
    mutating func add(_ energy: Double) {
        guard energy >= BS1770.absoluteGateEnergy else { return }
        let position = (BS1770.lufs(energy: energy) - Self.floor) * Self.binsPerLU
        let bin = min(Self.binCount - 1, max(0, Int(position)))
        counts[bin] += 1
        sums[bin] += energy
        total += energy
        blocks += 1
    }

    /// The first bin passing a relative gate `relativeGateLU` below the mean of all blocks, and that gate's energy.
    private func firstGatedBin(relativeGateLU: Double) -> Int? {
        guard blocks > 0 else { return nil }
        let gate = BS1770.relativeGate(mean: total / Double(blocks), lu: relativeGateLU)
        let position = (BS1770.lufs(energy: gate) - Self.floor) * Self.binsPerLU
        var bin = min(Self.binCount - 1, max(0, Int(position)))
        // The bin holding the gate passes if its blocks' mean does: the only approximation, within 0.01 LU.
        if counts[bin] > 0, sums[bin] / Double(counts[bin]) < gate { bin += 1 }
        return bin
    }

    /// Integrated loudness: the mean energy of blocks passing the −10 LU relative gate, in LUFS.
    var integratedLUFS: Double {
        guard let first = firstGatedBin(relativeGateLU: BS1770.integratedRelativeGateLU) else { return -.infinity }
        var energy = 0.0
        var count = 0
        for bin in first..<Self.binCount where counts[bin] > 0 {
            energy += sums[bin]
            count += counts[bin]
        }
        return count > 0 ? BS1770.lufs(energy: energy / Double(count)) : -.infinity
    }

    /// Loudness range: 95th minus 10th percentile of the loudness of blocks passing the −20 LU relative gate.
    var loudnessRangeLU: Double {
        guard let first = firstGatedBin(relativeGateLU: BS1770.rangeRelativeGateLU) else { return 0 }
        let gated = counts[first...].reduce(0, +)
        guard gated > 0 else { return 0 }
        let last = Double(gated - 1)
        return loudness(atRank: Int(last * 0.95 + 0.5), from: first)
            - loudness(atRank: Int(last * 0.10 + 0.5), from: first)
    }

    /// Loudness of the block at `rank` (0-based, ascending) among bins from `first`: its bin's mean.
    private func loudness(atRank rank: Int, from first: Int) -> Double {
        var seen = 0
        for bin in first..<Self.binCount where counts[bin] > 0 {
            seen += counts[bin]
            if seen > rank { return BS1770.lufs(energy: sums[bin] / Double(counts[bin])) }
        }
        return -.infinity
    }
}
