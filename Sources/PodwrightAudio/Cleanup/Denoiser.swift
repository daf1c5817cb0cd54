import CSpeexDSP
import Foundation

/// Noise reduction for speech: libspeexdsp's preprocessor (its denoiser alone — no automatic gain, no voice
/// detection), one state per channel, streaming in place. The preprocessor estimates the room's noise as it goes, so
/// a clip is fed ``warmupSeconds`` of what precedes it first; its output lags its input by ``latencyFrames``.
final class Denoiser {
    /// Frames per preprocessor frame (about 20 ms, a power of two for its FFT).
    let frameSize: Int
    let channels: Int
    /// How far the output lags the input, frames.
    var latencyFrames: Int { frameSize }
    /// How much audio before a clip the noise estimate should hear first, seconds.
    static let warmupSeconds = 1.0
    /// The deepest suppression, dB: enough to take a home studio's hiss under the noise of a quiet room, not so
    /// much that speech turns watery.
    static let suppressionDB: Int32 = -24
    private var states: [OpaquePointer]
    /// Interleaved samples not yet a whole frame, and the frame being processed per channel.
    private var queued: [Float] = []
    private var frame: [Int16]
    private var ready: [Float] = []

    /// - Throws: ``AudioError`` when the preprocessor cannot be set up at this rate.
    init(sampleRate: Int, channels: Int) throws(AudioError) {
        frameSize = max(64, 1 << Int(log2(Double(sampleRate) * 0.02).rounded()))
        self.channels = channels
        frame = [Int16](repeating: 0, count: frameSize)
        var states: [OpaquePointer] = []
        for _ in 0..<channels {
            guard let state = podwright_speex_denoiser(Int32(frameSize), Int32(sampleRate), Self.suppressionDB) else {
                for state in states { speex_preprocess_state_destroy(state) }
                throw AudioError(.processing, reason: "the noise reducer cannot run at \(sampleRate) Hz")
            }
            states.append(state)
        }
        self.states = states
        // A frame of silence ahead keeps the delay constant whatever the chunk sizes.
        ready = [Float](repeating: 0, count: frameSize * channels)
    }

    deinit { for state in states { speex_preprocess_state_destroy(state) } }

    /// Denoises `frames` interleaved frames of `samples` in place (delayed by ``latencyFrames``: the first frames out
    /// are silence).
    func process(_ samples: UnsafeMutablePointer<Float>, frames: Int) {
        queued.append(contentsOf: UnsafeBufferPointer(start: samples, count: frames * channels))
        let whole = queued.count / (frameSize * channels)
        for index in 0..<whole {
            let base = index * frameSize * channels
            for channel in 0..<channels {
                for k in 0..<frameSize {
                    let value = queued[base + k * channels + channel] * 32_768
                    frame[k] = Int16(max(-32_768, min(32_767, value.rounded())))
                }
                frame.withUnsafeMutableBufferPointer { _ = speex_preprocess_run(states[channel], $0.baseAddress) }
                for k in 0..<frameSize { queued[base + k * channels + channel] = Float(frame[k]) / 32_768 }
            }
        }
        ready.append(contentsOf: queued[0..<(whole * frameSize * channels)])
        queued.removeFirst(whole * frameSize * channels)
        // As many frames out as came in: `ready` and `queued` always hold one frame between them.
        let out = frames * channels
        ready.withUnsafeBufferPointer { samples.update(from: $0.baseAddress!, count: out) }
        ready.removeFirst(out)
    }
}
