/// The gating blocks of a stream built from its 100 ms sub-block energies, and the loudest of them, in constant
/// memory: the last 30 sub-blocks in a ring.
struct LoudnessMaxima: Sendable {
    private var ring = [Double](repeating: 0, count: 30)
    /// Sub-blocks taken so far.
    private(set) var pushed = 0
    private(set) var momentaryEnergy: Double = 0
    private(set) var shortTermEnergy: Double = 0
    private(set) var lastShortTermEnergy: Double = 0

    /// Takes the next sub-block's energy and returns the energies of the 400 ms and 3 s blocks ending with it
    /// (`nil` until there are enough sub-blocks).
    mutating func push(_ energy: Double) -> (momentary: Double?, shortTerm: Double?) {
        ring[pushed % 30] = energy
        pushed += 1
        var momentary: Double?
        var shortTerm: Double?
        if pushed >= 4 {
            var sum = 0.0
            for back in 1...4 { sum += ring[(pushed - back) % 30] }
            momentary = sum / 4
            momentaryEnergy = max(momentaryEnergy, sum / 4)
        }
        if pushed >= 30 {
            let mean = ring.reduce(0, +) / 30
            shortTerm = mean
            lastShortTermEnergy = mean
            shortTermEnergy = max(shortTermEnergy, mean)
        }
        return (momentary, shortTerm)
    }

    /// Loudest momentary loudness in LUFS (`-infinity` before 400 ms or for silence).
    var maxMomentaryLUFS: Double { pushed >= 4 ? LoudnessBlocks.lufs(ofEnergy: momentaryEnergy) : -.infinity }

    /// Loudest short-term loudness in LUFS (`-infinity` before 3 s or for silence).
    var maxShortTermLUFS: Double { pushed >= 30 ? LoudnessBlocks.lufs(ofEnergy: shortTermEnergy) : -.infinity }
}
