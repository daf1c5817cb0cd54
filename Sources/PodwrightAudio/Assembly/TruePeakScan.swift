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
