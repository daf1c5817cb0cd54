/// What pass 1 learns about one take (or sting): enough to plan the episode and its loudness without the audio.
///
/// Cached per file in `EP/build/.cache`, so re-assembling after one retake analyses only that take.
public struct TakeAnalysis: Codable, Equatable, Sendable {
    /// The take's own sample rate.
    public var sampleRate: Int
    /// The take's own channel count.
    public var channels: Int
    /// Frames actually decoded.
    public var frames: Int
    /// First frame kept after trimming the head (source frames).
    public var headFrame: Int
    /// One past the last frame kept after trimming the tail (source frames).
    public var tailFrame: Int
    /// K-weighted 100 ms mean-square energies over the kept range, after mapping to the output channel count.
    public var blockEnergies: [Float]
    /// Sample peaks of the same 100 ms blocks, for predicting how much the limiter will take off.
    public var blockPeaks: [Float]
    /// Gated integrated loudness of the kept range, LUFS; `nil` when the take is silent.
    public var integratedLUFS: Double?
    /// The largest absolute sample value.
    public var samplePeak: Float
    /// Places where the take is clipped (three or more consecutive samples at full scale).
    public var clipEvents: Int
    /// Where the first clipping is, in seconds.
    public var firstClipSeconds: Double?
    /// The quietest half second that is not digital silence, for room tone.
    public var quietest: QuietStretch?
    /// Quiet runs inside the kept range (source frames), a phrase break or longer: where a take can be tightened.
    public var pauses: [Range<Int>] = []

    /// A stretch of a take fit to loop as room tone.
    public struct QuietStretch: Codable, Equatable, Sendable {
        /// First frame (source frames).
        public var frame: Int
        /// Length (source frames).
        public var frames: Int
        /// Mean square level.
        public var meanSquare: Float
    }

    /// True when nothing in the take rises above the absolute loudness gate: a failed or muted recording.
    public var isSilent: Bool { integratedLUFS == nil }

    /// Time in pauses of at least `shortest` seconds, after pauses are shortened to `tighten` seconds, seconds.
    public func deadAirSeconds(pausesOf shortest: Double, tightenedTo tighten: Double?) -> Double {
        let rate = Double(sampleRate)
        return pauses.map { Double($0.count) / rate }.filter { $0 >= shortest }
            .reduce(0) { $0 + min($1, tighten ?? $1) }
    }

    /// Time taken out when pauses longer than `tighten` seconds are shortened to it, seconds.
    public func tightenedSeconds(to tighten: Double?) -> Double {
        guard let tighten else { return 0 }
        return pauses.reduce(0) { $0 + max(0, Double($1.count) / Double(sampleRate) - tighten) }
    }

    /// Source frames per 100 ms loudness block.
    public var blockFrames: Int { max(1, sampleRate / 10) }

    /// The source frame where ``blockEnergies``' first block begins (blocks lie on the file's own 100 ms grid).
    public var blockOrigin: Int { (headFrame + blockFrames / 2) / blockFrames * blockFrames }

    /// Frames kept after trimming.
    public var keptFrames: Int { tailFrame - headFrame }

    /// Frames kept, at `outputRate`.
    public func keptFrames(atRate outputRate: Int) -> Int {
        TakeAnalysis.convert(keptFrames, from: sampleRate, to: outputRate)
    }

    /// A frame count at one rate expressed at another, rounded to the nearest frame.
    public static func convert(_ frames: Int, from rate: Int, to outputRate: Int) -> Int {
        if rate == outputRate { return frames }
        return Int((Double(frames) * Double(outputRate) / Double(rate)).rounded())
    }
}
