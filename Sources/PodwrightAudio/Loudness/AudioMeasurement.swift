public import Foundation
public import PodwrightCore

/// Loudness, peaks, duration and format of one audio file, as `podwright measure` reports them.
public struct AudioMeasurement: Sendable, Equatable, Encodable {
    /// The file as given.
    public var file: String
    /// The format for people (`FLAC 24-bit, 44.1 kHz, stereo`).
    public var format: String
    /// Frames per second.
    public var sampleRate: Int
    /// Channels.
    public var channels: Int
    /// Frames measured.
    public var frames: Int
    /// Integrated loudness, loudness range, true peak and sample peak.
    public var loudness: LoudnessReport
    /// The loudest 400 ms (maximum momentary loudness) in LUFS.
    public var maxMomentaryLUFS: Double
    /// The loudest 3 s (maximum short-term loudness) in LUFS.
    public var maxShortTermLUFS: Double

    /// Length in seconds.
    public var durationSeconds: Double { Double(frames) / Double(sampleRate) }

    public init(
        file: String, format: String, sampleRate: Int, channels: Int, frames: Int, loudness: LoudnessReport,
        maxMomentaryLUFS: Double = .nan, maxShortTermLUFS: Double = .nan
    ) {
        self.maxMomentaryLUFS = maxMomentaryLUFS
        self.maxShortTermLUFS = maxShortTermLUFS
        self.file = file
        self.format = format
        self.sampleRate = sampleRate
        self.channels = channels
        self.frames = frames
        self.loudness = loudness
    }

    /// Measures a file in one streaming pass: libebur128 (histogram mode) for loudness, our oversampler for true peak.
    /// - Parameters:
    ///   - url: The audio file.
    ///   - name: How to name it in the result (defaults to the path).
    ///   - meters: Which meters run (both by default; one alone for benchmarks). Figures of a meter left out are NaN.
    /// - Returns: The measurement.
    /// - Throws: ``AudioError`` naming the file when it cannot be read.
    public static func measure(
        _ url: URL,
        name: String? = nil,
        meters: Meters = .all
    ) throws(AudioError)
        -> AudioMeasurement
    {
        var reader = try AudioFileReader(url: url)
        var loudness: LoudnessMeter
        do { loudness = try LoudnessMeter(sampleRate: reader.sampleRate, channels: reader.channels) } catch {
            // The meter's reason, with the file it was about.
            throw AudioError(error.kind, path: name ?? url.path, reason: error.reason)
        }
        var peaks = TruePeakMeter(sampleRate: reader.sampleRate, channels: reader.channels)
        var buffer = [Float](repeating: 0, count: 16_384 * reader.channels)
        var frames = 0
        while true {
            let count = try reader.read(into: &buffer, frames: 16_384)
            if count == 0 { break }
            frames += count
            buffer.withUnsafeBufferPointer { all in
                let chunk = UnsafeBufferPointer(rebasing: all[0..<(count * reader.channels)])
                if meters.contains(.loudness) { loudness.add(chunk) }
                if meters.contains(.truePeak) { peaks.add(chunk) }
            }
        }
        let hasLoudness = meters.contains(.loudness)
        let hasPeaks = meters.contains(.truePeak)
        let report = LoudnessReport(
            integratedLUFS: hasLoudness ? loudness.integratedLUFS : .nan,
            truePeakDBTP: hasPeaks ? peaks.truePeakDBTP : .nan,
            loudnessRangeLU: hasLoudness ? loudness.loudnessRangeLU : .nan,
            samplePeakDBFS: hasPeaks ? peaks.samplePeakDBFS : .nan
        )
        let measurement = AudioMeasurement(
            file: name ?? url.path, format: reader.formatDescription, sampleRate: reader.sampleRate,
            channels: reader.channels, frames: frames, loudness: report,
            maxMomentaryLUFS: hasLoudness ? loudness.maxMomentaryLUFS : .nan,
            maxShortTermLUFS: hasLoudness ? loudness.maxShortTermLUFS : .nan)
        try reader.close()
        return measurement
    }

    /// The meters a measurement runs.
    public struct Meters: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Integrated loudness and loudness range (libebur128).
        public static let loudness = Meters(rawValue: 1)
        /// True peak and sample peak (our oversampler).
        public static let truePeak = Meters(rawValue: 2)
        /// Both.
        public static let all: Meters = [.loudness, .truePeak]
    }

    private enum CodingKeys: String, CodingKey {
        case file, format, sampleRate, channels, durationSeconds
        case integratedLUFS, truePeakDBTP, loudnessRangeLU, samplePeakDBFS, maxMomentaryLUFS, maxShortTermLUFS
    }

    /// Flat JSON: the file's facts beside the four ``LoudnessReport`` keys and the loudest momentary and short-term
    /// loudness; silence (−∞) is written as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(format, forKey: .format)
        try container.encode(sampleRate, forKey: .sampleRate)
        try container.encode(channels, forKey: .channels)
        try container.encode(Self.rounded(durationSeconds, places: 6), forKey: .durationSeconds)
        let values: [(CodingKeys, Double)] = [
            (.integratedLUFS, loudness.integratedLUFS), (.truePeakDBTP, loudness.truePeakDBTP),
            (.loudnessRangeLU, loudness.loudnessRangeLU), (.samplePeakDBFS, loudness.samplePeakDBFS),
            (.maxMomentaryLUFS, maxMomentaryLUFS), (.maxShortTermLUFS, maxShortTermLUFS),
        ]
        for (key, value) in values {
            if value.isFinite {
                try container.encode(Self.rounded(value, places: 2), forKey: key)
            } else {
                try container.encodeNil(forKey: key)
            }
        }
    }

    static func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
