import Foundation
import PodwrightCore

/// Loudness (BS.1770 integrated, EBU Tech 3342 range), sample peak and 4× true peak of a stream, measured as it
/// passes: K-weighted 100 ms energies (40 bytes a second) gated as libebur128 gates them, and the BS.1770 true peak
/// of ``TruePeakMeter``, the reading `podwright measure` gives.
struct StreamMeter {
    private let channels: Int
    private var energies: KWeightedEnergies
    private var truePeak: TruePeakMeter

    init(sampleRate: Int, channels: Int) {
        self.channels = channels
        energies = KWeightedEnergies(sampleRate: sampleRate, channels: channels, blockFrames: (sampleRate + 5) / 10)
        truePeak = TruePeakMeter(sampleRate: sampleRate, channels: channels)
    }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        guard let base = samples.baseAddress else { return }
        energies.add(base, frames: samples.count / channels)
        truePeak.add(samples)
    }

    /// The figures for the whole stream (a final partial 100 ms block is left out, as libebur128 leaves it).
    mutating func report() -> LoudnessReport {
        _ = energies.finish()
        let energies = self.energies.energies
        let peakBetweenSamples = truePeak.truePeak
        let samplePeak = truePeak.samplePeak
        func rounded(_ value: Double) -> Double { value.isFinite ? (value * 100).rounded() / 100 : -200 }
        func decibels(_ value: Float) -> Double { rounded(20 * log10(Double(max(value, 1e-10)))) }
        return LoudnessReport(
            integratedLUFS: rounded(AssemblyGating.integrated(energies) ?? -.infinity),
            truePeakDBTP: decibels(max(peakBetweenSamples, samplePeak)),
            loudnessRangeLU: rounded(AssemblyGating.range(energies)), samplePeakDBFS: decibels(samplePeak))
    }
}
