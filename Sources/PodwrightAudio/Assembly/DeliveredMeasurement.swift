import Foundation
import PodwrightCore

/// Measures the delivered file as a listener's player decodes it: integrated loudness, loudness range and sample
/// peak with libebur128, true peak with our 4× oversampler.
enum DeliveredMeasurement {
    /// - Throws: ``AudioError`` when the file cannot be decoded.
    static func measure(_ url: URL) throws(AudioError) -> LoudnessReport {
        var reader = try AudioFileReader(url: url)
        let channels = reader.channels
        var meter = try LoudnessMeter(sampleRate: reader.sampleRate, channels: channels)
        var truePeak = TruePeakScan(channels: channels)
        var buffer = [Float](repeating: 0, count: 32_768 * channels)
        while true {
            let count = try buffer.withUnsafeMutableBufferPointer { pointer throws(AudioError) in
                try reader.read(into: pointer)
            }
            if count == 0 { break }
            buffer.withUnsafeBufferPointer { pointer in
                let part = UnsafeBufferPointer(rebasing: pointer[0..<(count * channels)])
                meter.add(part)
                truePeak.add(part)
            }
        }
        try reader.close()
        // The detector lags by its look-ahead: push silence through to judge the last frames.
        let silence = [Float](repeating: 0, count: PlanarWindow.after * channels)
        silence.withUnsafeBufferPointer { truePeak.add($0) }
        func rounded(_ value: Double) -> Double { value.isFinite ? (value * 100).rounded() / 100 : -200 }
        return LoudnessReport(
            integratedLUFS: rounded(meter.integratedLUFS),
            truePeakDBTP: rounded(20 * log10(Double(max(truePeak.peak, 1e-10)))),
            loudnessRangeLU: rounded(meter.loudnessRangeLU),
            samplePeakDBFS: rounded(meter.samplePeakDBFS))
    }
}

/// The running true peak of a stream: sample peaks everywhere, oversampled only where they come near the maximum
/// found so far (an inter-sample peak exceeds its neighbours by a bounded factor).
struct TruePeakScan {
    private let oversampler = InterSamplePeak()
    private var window: PlanarWindow
    private var scratch = [Float](repeating: 0, count: 64)
    private(set) var peak: Float = 0

    init(channels: Int) {
        window = PlanarWindow(channels: channels)
    }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        guard let base = samples.baseAddress else { return }
        let frames = samples.count / window.channels
        window.push(base, frames: frames)
        let gain = oversampler.worstCaseGain
        var start = 0
        while start < frames {
            let end = min(frames, start + 64)
            let range = (PlanarWindow.before + start)..<(PlanarWindow.before + end)
            let local = window.samplePeak(range)
            peak = max(peak, local)
            if local * gain > peak {
                for plane in window.planes {
                    plane.withUnsafeBufferPointer { buffer in
                        scratch.withUnsafeMutableBufferPointer { out in
                            oversampler.peaks(buffer.baseAddress!, frames: range, into: out.baseAddress!)
                        }
                    }
                    for offset in 0..<(end - start) { peak = max(peak, scratch[offset]) }
                }
            }
            start = end
        }
    }
}
