import Foundation
import PodwrightCore

/// Loudness (BS.1770 integrated, EBU Tech 3342 range), sample peak and 4× true peak of a stream, measured as it
/// passes: K-weighted 100 ms energies (40 bytes a second) gated as libebur128 gates them, and the BS.1770 true peak
/// of ``TruePeakMeter``, the reading `podwright measure` gives.
struct StreamMeter {
    private let channels: Int
    private let hop: Int
    private var filters: [AssemblyKFilter]
    private var energies: [Float] = []
    private var sum = 0.0
    private var count = 0
    private var samplePeak: Float = 0
    /// Scanned here unless the caller scans the true peak itself (on another thread) and hands it to `report`.
    private var truePeak: TruePeakMeter?
    private let sampleRate: Int

    init(sampleRate: Int, channels: Int, scansTruePeak: Bool = true) {
        self.channels = channels
        self.sampleRate = sampleRate
        hop = (sampleRate + 5) / 10
        filters = Array(repeating: AssemblyKFilter(sampleRate: sampleRate), count: channels)
        truePeak = scansTruePeak ? TruePeakMeter(sampleRate: sampleRate, channels: channels) : nil
    }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        guard let base = samples.baseAddress else { return }
        let frames = samples.count / channels
        let channels = self.channels
        let hop = self.hop
        var filters = self.filters
        self.filters = []
        var sum = self.sum
        var count = self.count
        var peak = samplePeak
        filters.withUnsafeMutableBufferPointer { filter in
            var frame = 0
            while frame < frames {
                // Up to the next 100 ms boundary in one tight run.
                let run = min(frames - frame, hop - count)
                for channel in 0..<channels {
                    sum += filter[channel].sumOfSquares(base + frame * channels + channel, count: run, stride: channels)
                }
                peak = max(peak, largestMagnitude(base + frame * channels, count: run * channels))
                frame += run
                count += run
                if count == hop {
                    energies.append(Float(sum / Double(hop)))
                    sum = 0
                    count = 0
                }
            }
        }
        self.filters = filters
        self.sum = sum
        self.count = count
        samplePeak = peak
        truePeak?.add(samples)
    }

    /// The figures so far.
    /// - Parameter scanned: the true peak (linear) when the caller scanned it.
    func report(truePeak scanned: Float? = nil) -> LoudnessReport {
        let peakBetweenSamples = scanned ?? truePeak?.truePeak ?? 0
        func rounded(_ value: Double) -> Double { value.isFinite ? (value * 100).rounded() / 100 : -200 }
        func decibels(_ value: Float) -> Double { rounded(20 * log10(Double(max(value, 1e-10)))) }
        return LoudnessReport(
            integratedLUFS: rounded(AssemblyGating.integrated(energies) ?? -.infinity),
            truePeakDBTP: decibels(max(peakBetweenSamples, samplePeak)),
            loudnessRangeLU: rounded(AssemblyGating.range(energies)), samplePeakDBFS: decibels(samplePeak))
    }
}
