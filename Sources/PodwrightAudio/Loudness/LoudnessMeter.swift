import CEBUR128
import Foundation

/// ITU-R BS.1770-4 / EBU R128 loudness of a stream of interleaved float audio: libebur128 K-weights it, Swift gates.
///
/// libebur128 runs in its cheapest (momentary) mode; every 100 ms the meter reads the energy of the last 100 ms from
/// it, builds the 400 ms gating blocks and 3 s short-term blocks from those sub-blocks on libebur128's own grid, and
/// gates them in ``GatingHistogram``s: constant memory like libebur128's histogram mode, but without its 0.1 LU
/// quantisation (a −23 LUFS tone reads −23.00, not −22.95). The loudest momentary and short-term loudness come
/// along. With `recordsBlocks` it also keeps the sub-block energies (``blocks``: 10 floats a second) so a caller can
/// compute the integrated loudness of several streams joined with gains and pauses without re-reading the audio.
public struct LoudnessMeter: ~Copyable {
    /// Frames per second.
    public let sampleRate: Int
    /// Interleaved channels.
    public let channels: Int
    private var state: UnsafeMutablePointer<ebur128_state>?
    private let recordsBlocks: Bool
    private let hop: Int
    private var framesToBoundary: Int
    private var samplePeak: Float = 0
    private var gating = SubBlockGating()
    /// The stream's 100 ms sub-block energies so far (empty unless `recordsBlocks`).
    public private(set) var blocks: LoudnessBlocks

    /// Makes a meter.
    /// - Parameters:
    ///   - sampleRate: Frames per second.
    ///   - channels: Interleaved channels (1 = mono, 2 = stereo; 5.1 in WAV order is weighted as BS.1770 says).
    ///   - recordsBlocks: Keep sub-block energies for ``blocks`` (40 bytes a second).
    /// - Throws: ``AudioError`` when libebur128 refuses the layout.
    public init(sampleRate: Int, channels: Int, recordsBlocks: Bool = false) throws(AudioError) {
        try self.init(
            sampleRate: sampleRate, channels: channels, recordsBlocks: recordsBlocks, libraryGating: false,
            libraryTruePeak: false)
    }

    /// The full initialiser: libebur128's own exact gating and true peak serve as references in tests.
    init(
        sampleRate: Int, channels: Int, recordsBlocks: Bool, libraryGating: Bool, libraryTruePeak: Bool
    )
        throws(AudioError)
    {
        let mode = podwright_ebur128_mode(libraryGating ? 1 : 0, libraryTruePeak ? 1 : 0)
        guard sampleRate > 0, channels > 0,
            let state = ebur128_init(UInt32(channels), UInt(sampleRate), mode)
        else {
            throw AudioError(
                .processing, reason: "the loudness meter cannot measure \(channels) channel(s) at \(sampleRate) Hz")
        }
        if channels == 1 {
            // A mono programme is one channel at unit weight (not dual-mono), as ffmpeg and most meters read it.
            ebur128_set_channel(state, 0, Int32(EBUR128_LEFT.rawValue))
        }
        self.sampleRate = sampleRate
        self.channels = channels
        self.state = state
        self.recordsBlocks = recordsBlocks
        self.hop = (sampleRate + 5) / 10
        self.framesToBoundary = hop
        self.blocks = LoudnessBlocks(sampleRate: sampleRate, hopFrames: hop)
    }

    deinit {
        var owned = state
        if owned != nil { ebur128_destroy(&owned) }
    }

    /// Measures more interleaved frames.
    public mutating func add(_ interleaved: UnsafeBufferPointer<Float>) {
        guard let base = interleaved.baseAddress, let state else { return }
        var frames = interleaved.count / channels
        samplePeak = max(samplePeak, OversamplerLine.maxMagnitude(base, count: frames * channels))
        // Feed up to each 100 ms boundary, where libebur128's gating blocks end, and read the energy of the last
        // 100 ms: the sub-block that gating blocks and short-term blocks are means of.
        var offset = 0
        while frames > 0 {
            let count = min(frames, framesToBoundary)
            ebur128_add_frames_float(state, base + offset * channels, count)
            offset += count
            frames -= count
            framesToBoundary -= count
            if framesToBoundary == 0 {
                framesToBoundary = hop
                takeSubBlock(state)
            }
        }
    }

    private mutating func takeSubBlock(_ state: UnsafeMutablePointer<ebur128_state>) {
        var loudness = 0.0
        ebur128_loudness_window(state, 100, &loudness)
        let energy = LoudnessBlocks.energy(ofLUFS: loudness)
        gating.add(energy)
        if recordsBlocks { blocks.energies.append(Float(energy)) }
    }

    /// Integrated (gated) loudness so far in LUFS; `-infinity` for silence or less than 400 ms.
    public var integratedLUFS: Double { gating.integratedLUFS }

    /// Loudness range (EBU Tech 3342) so far in LU; 0 for less than 3 s.
    public var loudnessRangeLU: Double { gating.loudnessRangeLU }

    /// The loudest 400 ms so far (maximum momentary loudness, on a 100 ms grid) in LUFS.
    public var maxMomentaryLUFS: Double { gating.maxima.maxMomentaryLUFS }

    /// The loudest 3 s so far (maximum short-term loudness, on a 100 ms grid) in LUFS.
    public var maxShortTermLUFS: Double { gating.maxima.maxShortTermLUFS }

    /// Loudness of the last 400 ms in LUFS.
    public var momentaryLUFS: Double { query(ebur128_loudness_momentary) }

    /// Loudness of the last 3 s up to the last 100 ms boundary, in LUFS (`-infinity` before 3 s).
    public var shortTermLUFS: Double {
        gating.maxima.pushed >= 30 ? LoudnessBlocks.lufs(ofEnergy: gating.maxima.lastShortTermEnergy) : -.infinity
    }

    /// Highest absolute sample value so far over all channels, in dBFS; `-infinity` for digital silence.
    public var samplePeakDBFS: Double { Decibels.level(Double(samplePeak)) }

    /// libebur128's own integrated loudness (only when made with `libraryGating`; a reference for tests).
    var libraryIntegratedLUFS: Double { query(ebur128_loudness_global) }

    /// libebur128's own loudness range (only when made with `libraryGating`; a reference for tests).
    var libraryLoudnessRangeLU: Double { query(ebur128_loudness_range) }

    /// libebur128's own true peak in dBTP (only when made with `libraryTruePeak`; a reference for tests).
    var libraryTruePeakDBTP: Double {
        guard let state else { return -.infinity }
        var peak = 0.0
        for channel in 0..<channels {
            var value = 0.0
            ebur128_true_peak(state, UInt32(channel), &value)
            peak = max(peak, value)
        }
        return Decibels.level(peak)
    }

    private func query(
        _ function: (UnsafeMutablePointer<ebur128_state>?, UnsafeMutablePointer<Double>?) -> Int32
    )
        -> Double
    {
        var value = 0.0
        guard function(state, &value) == 0 else { return .nan }
        return value
    }
}
