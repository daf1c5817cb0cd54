/// The loudest momentary (400 ms) and short-term (3 s) loudness of a stream, from its 100 ms sub-block energies,
/// in constant memory: the last 30 sub-blocks in a ring.
struct LoudnessMaxima: Sendable {
    private var ring = [Double](repeating: 0, count: 30)
    private var pushed = 0
    private(set) var momentaryEnergy: Double = 0
    private(set) var shortTermEnergy: Double = 0

    /// Takes the next sub-block's energy.
    mutating func push(_ energy: Double) {
        ring[pushed % 30] = energy
        pushed += 1
        if pushed >= 4 {
            var sum = 0.0
            for back in 1...4 { sum += ring[(pushed - back) % 30] }
            momentaryEnergy = max(momentaryEnergy, sum / 4)
        }
        if pushed >= 30 {
            shortTermEnergy = max(shortTermEnergy, ring.reduce(0, +) / 30)
        }
    }

    /// Loudest momentary loudness in LUFS (`-infinity` before 400 ms or for silence).
    var maxMomentaryLUFS: Double { pushed >= 4 ? LoudnessBlocks.lufs(ofEnergy: momentaryEnergy) : -.infinity }

    /// Loudest short-term loudness in LUFS (`-infinity` before 3 s or for silence).
    var maxShortTermLUFS: Double { pushed >= 30 ? LoudnessBlocks.lufs(ofEnergy: shortTermEnergy) : -.infinity }
}
