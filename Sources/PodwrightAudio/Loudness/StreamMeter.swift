import Foundation
import PodwrightCore

/// Loudness (BS.1770 integrated, EBU Tech 3342 range), sample peak and 4× true peak of a stream, measured as it
/// passes: K-weighted 100 ms energies gated on libebur128's block grid in constant memory (``SubBlockGating``, as
/// `podwright measure` gates), and the BS.1770 true peak of ``TruePeakMeter``, the reading `measure` gives.
///
/// A stream of identical channels can be measured as one channel with `copies` set to their number: each block's
/// energy is the sum over the channels, so it is the one channel's times `copies`, exactly; peaks are the same.
struct StreamMeter {
    private let channels: Int
    private let copies: Double
    private var energies: KWeightedEnergies
    private var gating = SubBlockGating()
    private var truePeak: TruePeakMeter

    init(sampleRate: Int, channels: Int, copies: Int = 1) {
        self.channels = channels
        self.copies = Double(copies)
        energies = KWeightedEnergies(sampleRate: sampleRate, channels: channels, blockFrames: (sampleRate + 5) / 10)
        truePeak = TruePeakMeter(sampleRate: sampleRate, channels: channels)
    }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        guard let base = samples.baseAddress else { return }
        energies.add(base, frames: samples.count / channels)
        let copies = self.copies
        energies.drainEnergies { gating.add(Double($0) * copies) }
        truePeak.add(samples)
    }

    /// The figures for the whole stream (a final partial 100 ms block is left out, as libebur128 leaves it).
    mutating func report() -> LoudnessReport {
        _ = energies.finish()
        let copies = self.copies
        energies.drainEnergies { gating.add(Double($0) * copies) }
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
