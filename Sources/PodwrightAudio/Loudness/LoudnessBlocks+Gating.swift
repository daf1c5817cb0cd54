import Foundation

extension LoudnessBlocks {
    /// Integrated loudness (ITU-R BS.1770-4: 400 ms blocks every 100 ms, −70 LUFS absolute and −10 LU relative
    /// gates) in LUFS; `-infinity` when no block passes the gates.
    public var integratedLUFS: Double {
        let gated = Self.gate(
            windowEnergies(length: 4, firstEnd: 4, step: 1), relativeGateLU: BS1770.integratedRelativeGateLU)
        guard !gated.isEmpty else { return -.infinity }
        return Self.lufs(ofEnergy: gated.reduce(0, +) / Double(gated.count))
    }

    /// Loudness range (EBU Tech 3342: 3 s blocks every second, −70 LUFS absolute and −20 LU relative gates, 10th to
    /// 95th percentile) in LU; 0 when no block passes.
    public var loudnessRangeLU: Double {
        var gated = Self.gate(
            windowEnergies(length: 30, firstEnd: 30, step: 10), relativeGateLU: BS1770.rangeRelativeGateLU)
        guard !gated.isEmpty else { return 0 }
        gated.sort()
        let last = Double(gated.count - 1)
        return Self.lufs(ofEnergy: gated[Int(last * 0.95 + 0.5)]) - Self.lufs(ofEnergy: gated[Int(last * 0.10 + 0.5)])
    }

    /// The loudest 400 ms (momentary loudness, EBU mode M) on the 100 ms grid, in LUFS; `-infinity` if shorter.
    public var maxMomentaryLUFS: Double {
        windowEnergies(length: 4, firstEnd: 4, step: 1).max().map(Self.lufs(ofEnergy:)) ?? -.infinity
    }

    /// The loudest 3 s (short-term loudness, EBU mode S) on the 100 ms grid, in LUFS; `-infinity` if shorter.
    public var maxShortTermLUFS: Double {
        windowEnergies(length: 30, firstEnd: 30, step: 1).max().map(Self.lufs(ofEnergy:)) ?? -.infinity
    }

    /// Means of `length` consecutive sub-blocks ending at sub-block `firstEnd`, then every `step` sub-blocks.
    func windowEnergies(length: Int, firstEnd: Int, step: Int) -> [Double] {
        guard energies.count >= firstEnd else { return [] }
        var prefix = [Double](repeating: 0, count: energies.count + 1)
        for (index, energy) in energies.enumerated() { prefix[index + 1] = prefix[index] + Double(energy) }
        return stride(from: firstEnd, through: energies.count, by: step).map { end in
            (prefix[end] - prefix[end - length]) / Double(length)
        }
    }

    /// The energies that pass the absolute gate and then the relative gate, as libebur128 gates them.
    static func gate(_ energies: [Double], relativeGateLU: Double) -> [Double] {
        let loud = energies.filter { $0 >= BS1770.absoluteGateEnergy }
        guard !loud.isEmpty else { return [] }
        let relativeGate = BS1770.relativeGate(mean: loud.reduce(0, +) / Double(loud.count), lu: relativeGateLU)
        return loud.filter { $0 >= relativeGate }
    }
}
