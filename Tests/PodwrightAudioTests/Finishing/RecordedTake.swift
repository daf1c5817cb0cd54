import Foundation

/// Takes made the way people record them: seconds of room before the first word, a steady noise floor, words whose
/// positions are known (tone bursts, so that a cut word is found by its frequency), optionally too hot and clipped,
/// or squeezed through a telephone band.
struct RecordedTake {
    var sampleRate = 48_000
    /// Room before the first word, seconds.
    var preRoll = 1.0
    /// Room after the last word, seconds.
    var postRoll = 1.5
    /// The room's noise, RMS dBFS.
    var floorDBFS = -70.0
    /// Each word's peak level, dBFS.
    var wordDBFS = -14.0
    /// Words: (length, pause after), seconds.
    var words: [(Double, Double)] = [(0.45, 0.2), (0.6, 0.25), (0.5, 0)]
    /// The words' frequency, Hz.
    var frequency = 440.0
    /// A gain before clipping at full scale, dB (a take recorded hot).
    var driveDB = 0.0
    /// Band-limit to 300–3400 Hz (telephone tape).
    var phoneBand = false
    var seed: UInt64 = 1

    /// The samples and every word's frame range.
    func make() -> (samples: [Float], words: [Range<Int>]) {
        let rate = Double(sampleRate)
        let length = preRoll + words.reduce(0) { $0 + $1.0 + $1.1 } + postRoll
        var samples = [Float](repeating: 0, count: Int(length * rate))
        var generator = SplitMix(seed: seed)
        // Pinkish room noise: white through one pole, scaled to the floor's RMS.
        var low = 0.0
        var noise = [Double](repeating: 0, count: samples.count)
        for index in noise.indices {
            low = 0.9 * low + 0.1 * (generator.nextUnit() * 2 - 1)
            noise[index] = low
        }
        let rms = sqrt(noise.reduce(0) { $0 + $1 * $1 } / Double(max(1, noise.count)))
        let noiseScale = pow(10, floorDBFS / 20) / max(rms, 1e-12)
        var ranges: [Range<Int>] = []
        var cursor = preRoll
        let amplitude = pow(10, wordDBFS / 20)
        for (index, (duration, pause)) in words.enumerated() {
            let start = Int(cursor * rate)
            let frames = Int(duration * rate)
            let ramp = Int(0.005 * rate)
            for k in 0..<frames {
                let edge = min(1, Double(min(k, frames - 1 - k)) / Double(ramp))
                let envelope = 0.5 - 0.5 * cos(Double.pi * edge)
                // A little vibrato and a second partial, so it is not one pure line.
                let phase = 2 * Double.pi * (frequency + Double(index) * 20) * Double(k) / rate
                samples[start + k] = Float(amplitude * envelope * (0.8 * sin(phase) + 0.2 * sin(2 * phase)))
            }
            ranges.append(start..<(start + frames))
            cursor += duration + pause
        }
        let drive = Float(pow(10, driveDB / 20))
        for index in samples.indices {
            let value = (samples[index] + Float(noise[index] * noiseScale)) * drive
            samples[index] = max(-1, min(1, value))
        }
        if phoneBand { samples = Self.telephone(samples, rate: rate) }
        return (samples, ranges)
    }

    /// 300–3400 Hz: two high-passes and two low-passes, one pole each.
    static func telephone(_ input: [Float], rate: Double) -> [Float] {
        let high = exp(-2 * Double.pi * 300 / rate)
        let lowCoefficient = exp(-2 * Double.pi * 3400 / rate)
        var output = input.map(Double.init)
        for _ in 0..<2 {
            var previousIn = 0.0
            var previousOut = 0.0
            for index in output.indices {
                let x = output[index]
                previousOut = high * (previousOut + x - previousIn)
                previousIn = x
                output[index] = previousOut
            }
            var state = 0.0
            for index in output.indices {
                state = lowCoefficient * state + (1 - lowCoefficient) * output[index]
                output[index] = state
            }
        }
        return output.map { Float($0) }
    }
}
