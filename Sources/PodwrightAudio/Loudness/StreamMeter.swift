import Foundation
import PodwrightCore

/// Loudness (BS.1770 integrated, EBU Tech 3342 range), sample peak and 4× true peak of a stream, measured as it
/// passes: K-weighted 100 ms energies gated on libebur128's block grid in constant memory (``SubBlockGating``, as
/// `podwright measure` gates), and the BS.1770 true peak of ``TruePeakMeter``, the reading `measure` gives.
struct StreamMeter {
    private let channels: Int
    private var energies: KWeightedEnergies
    private var gating = SubBlockGating()
    private var truePeak: TruePeakMeter

    init(sampleRate: Int, channels: Int) {
        self.channels = channels
        energies = KWeightedEnergies(sampleRate: sampleRate, channels: channels, blockFrames: (sampleRate + 5) / 10)
        truePeak = TruePeakMeter(sampleRate: sampleRate, channels: channels)
    }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        guard let base = samples.baseAddress else { return }
        energies.add(base, frames: samples.count / channels)
        energies.drainEnergies { gating.add(Double($0)) }
        truePeak.add(samples)
    }

    /// The figures for the whole stream (a final partial 100 ms block is left out, as libebur128 leaves it).
    mutating func report() -> LoudnessReport {
        _ = energies.finish()
        energies.drainEnergies { gating.add(Double($0)) }
        let peakBetweenSamples = truePeak.truePeak
        let samplePeak = truePeak.samplePeak
        func rounded(_ value: Double) -> Double { value.isFinite ? (value * 100).rounded() / 100 : -200 }
        func decibels(_ value: Float) -> Double { rounded(Decibels.level(Double(max(value, 1e-10)))) }
        return LoudnessReport(
            integratedLUFS: rounded(gating.integratedLUFS),
            truePeakDBTP: decibels(max(peakBetweenSamples, samplePeak)),
            loudnessRangeLU: rounded(gating.loudnessRangeLU), samplePeakDBFS: decibels(samplePeak))
    }
}
