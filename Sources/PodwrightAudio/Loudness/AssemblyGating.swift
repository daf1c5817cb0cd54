import Foundation

/// Gated integrated loudness (BS.1770-4) from 100 ms energies laid end to end — a take's, or the episode's as the plan
/// predicts it — computed in passes over the energies without building arrays of blocks.
enum AssemblyGating {
    /// The loudness of a run of 100 ms mean-square energies (K-weighted, channel-summed).
    /// - Parameter energies: consecutive 100 ms block energies; gaps are zeros.
    /// - Returns: LUFS, or `nil` when nothing passes the absolute gate.
    static func integrated(_ energies: [Float]) -> Double? {
        guard energies.count >= 4 else {
            let mean = energies.reduce(0.0) { $0 + Double($1) } / Double(max(energies.count, 1))
            return mean > 0 ? lufs(mean) : nil
        }
        // 400 ms blocks overlapping by 75 %: four consecutive 100 ms energies.
        let absolute = BS1770.absoluteGateEnergy
        let (loudSum, loudCount) = gatedSum(energies, length: 4, step: 1, above: absolute)
        guard loudCount > 0 else { return nil }
        let relative = BS1770.relativeGate(mean: loudSum / Double(loudCount), lu: BS1770.integratedRelativeGateLU)
        let (sum, count) = gatedSum(energies, length: 4, step: 1, above: max(absolute, relative))
        guard count > 0 else { return nil }
        return lufs(sum / Double(count))
    }

    private static func gatedSum(_ energies: [Float], length: Int, step: Int, above gate: Double) -> (Double, Int) {
        var sum = 0.0
        var count = 0
        forEachWindow(energies, length: length, step: step) { window in
            if window > gate {
                sum += window
                count += 1
            }
        }
        return (sum, count)
    }

    /// Calls `body` with the mean of each `length` consecutive energies, starting every `step`.
    private static func forEachWindow(_ energies: [Float], length: Int, step: Int, _ body: (Double) -> Void) {
        guard energies.count >= length else { return }
        energies.withUnsafeBufferPointer { values in
            var start = 0
            while start + length <= values.count {
                var sum = 0.0
                for index in start..<(start + length) { sum += Double(values[index]) }
                body(sum / Double(length))
                start += step
            }
        }
    }

    static func lufs(_ energy: Double) -> Double { BS1770.lufs(energy: energy) }
}
