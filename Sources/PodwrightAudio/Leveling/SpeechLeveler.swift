import Foundation

/// The speech leveler: a gain per 100 ms block of a take, computed from the take's K-weighted block energies (which
/// pass 1 has measured anyway), so that the plan knows exactly what it will do to loudness and peaks before anything
/// is rendered; the renderer interpolates the gain between block centres.
///
/// Written here because it is a few lines over data we already hold: a streaming compressor from a library would
/// need its own pass over the audio, and its effect on the loudness could only be measured after the fact.
struct SpeechLeveler {
    let policy: LevelerPolicy

    /// What the leveler did to a take: its gain per block, and the deepest cut and largest boost.
    struct Curve: Sendable, Equatable {
        /// Linear gain per 100 ms block, aligned with ``TakeAnalysis/blockEnergies``.
        var gains: [Float]
        var cutDB: Double
        var boostDB: Double
    }

    /// The gain curve for a take with these block energies, block sample peaks and integrated loudness.
    ///
    /// - Parameter peakRoomDB: how far a block's peak may stand above the take's own loudness: the ceiling less the
    ///   target (15 dB for −16 LUFS and −1 dBTP) for a take the episode plays at the target, less however far it
    ///   plays above it. `nil`: no peak control.
    func curve(energies: [Float], peaks: [Float] = [], integratedLUFS: Double?, peakRoomDB: Double? = nil) -> Curve? {
        guard let reference = integratedLUFS, !energies.isEmpty else { return nil }
        let half = policy.windowBlocks / 2
        var prefix = [Double](repeating: 0, count: energies.count + 1)
        for (index, energy) in energies.enumerated() { prefix[index + 1] = prefix[index] + Double(energy) }
        var wanted = [Double](repeating: 0, count: energies.count)
        var held = 0.0
        for index in energies.indices {
            let lower = max(0, index - half)
            let upper = min(energies.count, index + policy.windowBlocks - half)
            let mean = (prefix[upper] - prefix[lower]) / Double(upper - lower)
            let loudness = mean > 0 ? -0.691 + 10 * log10(mean) : -200
            if loudness > reference - policy.speechGateDB {
                held = min(policy.maximumBoostDB, max(-policy.maximumCutDB, (reference - loudness) * policy.strength))
                wanted[index] = held
            } else {
                // Between phrases: no boost (the room would come up), a cut held from the phrase before.
                wanted[index] = min(0, held)
            }
        }
        // Forwards and backwards through a one-pole smoother: the gain moves ahead of a phrase as much as after it.
        let coefficient = exp(-1 / max(0.01, policy.smoothingBlocks))
        var state = wanted[0]
        for index in wanted.indices {
            state = coefficient * state + (1 - coefficient) * wanted[index]
            wanted[index] = state
        }
        state = wanted[wanted.count - 1]
        for index in wanted.indices.reversed() {
            state = coefficient * state + (1 - coefficient) * wanted[index]
            wanted[index] = state
        }
        if let room = peakRoomDB, let margin = policy.peakMarginDB, peaks.count == wanted.count {
            wanted = peakControlled(wanted, peaks: peaks, reference: reference, allowed: room - margin)
        }
        let low = wanted.min() ?? 0
        let high = wanted.max() ?? 0
        return Curve(
            gains: wanted.map { Float(pow(10, $0 / 20)) }, cutDB: max(0, -low), boostDB: max(0, high))
    }

    /// `wanted` (dB per block) lowered wherever a block's peak would stand more than `allowed` dB above the take's
    /// loudness: the cut each block needs is held over its neighbours (a running minimum a block either side)
    /// and smoothed by a block forwards and backwards, so the gain is down before the syllable starts and comes back
    /// after it, and the dip keeps nearly its whole depth.
    private func peakControlled(_ wanted: [Double], peaks: [Float], reference: Double, allowed: Double) -> [Double] {
        let needed = wanted.indices.map { index -> Double in
            let peak = peaks[index] > 0 ? 20 * log10(Double(peaks[index])) - reference : -200
            let over = peak + wanted[index] - allowed
            return over > 0 ? -min(policy.maximumPeakCutDB, over) : 0
        }
        let reach = 1
        var held = needed.indices.map { index in
            needed[max(0, index - reach)...min(needed.count - 1, index + reach)].min() ?? 0
        }
        let coefficient = exp(-1.0)
        var state = 0.0
        for index in held.indices {
            state = coefficient * state + (1 - coefficient) * held[index]
            held[index] = min(held[index], state)
        }
        state = 0
        for index in held.indices.reversed() {
            state = coefficient * state + (1 - coefficient) * held[index]
            held[index] = min(held[index], state)
        }
        return wanted.indices.map { wanted[$0] + held[$0] }
    }
}
