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
    let channels: Int
    private let oversampler = InterSamplePeak()
    private var tail: [Float]
    private(set) var peak: Float = 0

    init(channels: Int) {
        self.channels = channels
        tail = [Float](repeating: 0, count: 12 * channels)
    }

    mutating func add(_ samples: UnsafeBufferPointer<Float>) {
        var work = tail
        work.append(contentsOf: samples)
        let frames = work.count / channels - 12
        let gain = oversampler.worstCaseGain
        work.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            var start = 0
            while start < frames {
                let end = min(frames, start + 64)
                var local: Float = 0
                for index in (start * channels)..<((end + 12) * channels) { local = max(local, abs(base[index])) }
                peak = max(peak, local)
                if local * gain > peak {
                    for frame in (start + 6)..<(end + 6) {
                        for channel in 0..<channels {
                            peak = max(peak, oversampler.peakAfter(base, frame: frame, channel: channel,
                                stride: channels))
                        }
                    }
                }
                start = end
            }
        }
        tail = Array(work.suffix(12 * channels))
    }
}
