import Foundation

/// The constants and conversions of ITU-R BS.1770-4 and EBU Tech 3342, in one place for every meter: the assembler's
/// take analysis and plan estimate (``AssemblyGating``), the stream meter (``SubBlockGating``, ``GatingHistogram``),
/// and the block meter behind `podwright measure` (``LoudnessBlocks``).
public enum BS1770 {
    /// Blocks quieter than this are never counted (the absolute gate), in LUFS.
    public static let absoluteGateLUFS = -70.0
    /// Integrated loudness counts the blocks at most this far below the mean of those above the absolute gate.
    public static let integratedRelativeGateLU = 10.0
    /// Loudness range (EBU Tech 3342) gates its 3 s blocks this far below their mean.
    public static let rangeRelativeGateLU = 20.0
    /// The offset in `L = −0.691 + 10·log10(E)`, as BS.1770 defines it (a 997 Hz stereo sine at −20 dBFS reads −20 LUFS).
    public static let offsetLU = -0.691

    /// The absolute gate as an energy (mean square).
    public static let absoluteGateEnergy = energy(lufs: absoluteGateLUFS)

    /// Loudness in LUFS of an energy (K-weighted mean square, channel-summed): `−0.691 + 10·log10(E)`.
    public static func lufs(energy: Double) -> Double { offsetLU + 10 * log10(energy) }

    /// Energy (mean square) of a loudness in LUFS: `10^((L + 0.691) / 10)`.
    public static func energy(lufs: Double) -> Double { pow(10, (lufs - offsetLU) / 10) }

    /// The relative gate's energy, `lu` below the mean energy of the blocks that passed the absolute gate.
    public static func relativeGate(mean: Double, lu: Double) -> Double { mean * pow(10, -lu / 10) }
}

/// Decibel conversions of amplitudes (gains, peaks) and of powers (energies), so no meter writes them again.
public enum Decibels {
    /// The linear gain of `dB` (an amplitude ratio): `10^(dB / 20)`.
    public static func gain(_ dB: Double) -> Double { pow(10, dB / 20) }

    /// The level in dB of a linear amplitude: `20·log10(a)`; `-infinity` for 0.
    public static func level(_ amplitude: Double) -> Double { 20 * log10(amplitude) }

    /// The power ratio of `dB`: `10^(dB / 10)`.
    public static func powerRatio(_ dB: Double) -> Double { pow(10, dB / 10) }

    /// The level in dB of a power ratio: `10·log10(p)`.
    public static func powerLevel(_ power: Double) -> Double { 10 * log10(power) }
}
