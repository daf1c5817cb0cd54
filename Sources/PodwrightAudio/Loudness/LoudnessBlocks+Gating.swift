import Foundation

extension LoudnessBlocks {
    /// The −70 LUFS absolute gate as an energy.
    static let absoluteGate = energy(ofLUFS: -70)

    /// Integrated loudness (BS.1770-4 gating: −70 LUFS absolute, −10 LU relative) of streams joined in order,
    /// each scaled by its gain.
    /// - Parameter parts: Each stream's blocks with the gain in dB applied to it.
    /// - Returns: LUFS, or `-infinity` when no block passes the gates.
    public static func integratedLUFS(of parts: [(blocks: LoudnessBlocks, gainDB: Double)]) -> Double {
        let gated = gatedEnergies(parts.map { ($0.blocks.momentaryEnergies, $0.gainDB) }, relativeGateLU: 10)
        guard !gated.isEmpty else { return -.infinity }
        return lufs(ofEnergy: gated.reduce(0, +) / Double(gated.count))
    }

    /// Loudness range (EBU Tech 3342: −70 LUFS absolute, −20 LU relative gate, 10th to 95th percentile of short-term
    /// loudness) of streams joined in order, each scaled by its gain.
    /// - Parameter parts: Each stream's blocks with the gain in dB applied to it.
    /// - Returns: LU; 0 when fewer than one short-term block passes.
    public static func loudnessRangeLU(of parts: [(blocks: LoudnessBlocks, gainDB: Double)]) -> Double {
        var gated = gatedEnergies(parts.map { ($0.blocks.shortTermEnergies, $0.gainDB) }, relativeGateLU: 20)
        guard !gated.isEmpty else { return 0 }
        gated.sort()
        let last = Double(gated.count - 1)
        let low = gated[Int(last * 0.10 + 0.5)]
        let high = gated[Int(last * 0.95 + 0.5)]
        return lufs(ofEnergy: high) - lufs(ofEnergy: low)
    }

    /// Block energies (with gains) that pass the absolute gate and then the relative gate, as libebur128 gates them.
    private static func gatedEnergies(_ parts: [([Float], Double)], relativeGateLU: Double) -> [Double] {
        var sum = 0.0
        var count = 0
        for (energies, gainDB) in parts {
            let scale = pow(10, gainDB / 10)
            for energy in energies {
                let scaled = Double(energy) * scale
                if scaled >= absoluteGate {
                    sum += scaled
                    count += 1
                }
            }
        }
        guard count > 0 else { return [] }
        let relativeGate = sum / Double(count) * pow(10, -relativeGateLU / 10)
        var kept: [Double] = []
        kept.reserveCapacity(count)
        for (energies, gainDB) in parts {
            let scale = pow(10, gainDB / 10)
            for energy in energies {
                let scaled = Double(energy) * scale
                if scaled >= absoluteGate, scaled >= relativeGate { kept.append(scaled) }
            }
        }
        return kept
    }
}
