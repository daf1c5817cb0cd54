/// Integrated loudness and loudness range of a stream from its 100 ms sub-block energies, taken in order: gating
/// blocks every 100 ms from 400 ms on and short-term blocks every second from 3 s on (libebur128's grid), gated in
/// ``GatingHistogram``s. Constant memory however long the stream.
struct SubBlockGating: Sendable {
    private(set) var maxima = LoudnessMaxima()
    private var integratedGate = GatingHistogram()
    private var rangeGate = GatingHistogram()

    /// Takes the next sub-block's energy (mean square, channel-weighted and summed).
    mutating func add(_ energy: Double) {
        let (momentary, shortTerm) = maxima.push(energy)
        if let momentary { integratedGate.add(momentary) }
        if let shortTerm, (maxima.pushed - 30) % 10 == 0 { rangeGate.add(shortTerm) }
    }

    /// Integrated (gated) loudness in LUFS; `-infinity` for silence or less than 400 ms.
    var integratedLUFS: Double { integratedGate.integratedLUFS }

    /// Loudness range (EBU Tech 3342) in LU; 0 for less than 3 s.
    var loudnessRangeLU: Double { rangeGate.loudnessRangeLU }
}
