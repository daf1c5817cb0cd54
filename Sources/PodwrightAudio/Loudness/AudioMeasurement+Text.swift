import Foundation
import PodwrightCore

extension AudioMeasurement {
    /// A few lines for a terminal:
    /// ```
    /// episode.wav: WAV 24-bit, 48 kHz, stereo, 42:10.500
    ///   integrated loudness  -16.0 LUFS
    ///   loudness range         5.2 LU
    ///   true peak             -1.1 dBTP
    ///   sample peak           -1.4 dBFS
    ///   max momentary         -9.8 LUFS
    ///   max short-term       -12.5 LUFS
    /// ```
    public var summary: String {
        let rows: [(String, Double, String)] = [
            ("integrated loudness", loudness.integratedLUFS, "LUFS"),
            ("loudness range", loudness.loudnessRangeLU, "LU"),
            ("true peak", loudness.truePeakDBTP, "dBTP"),
            ("sample peak", loudness.samplePeakDBFS, "dBFS"),
            ("max momentary", maxMomentaryLUFS, "LUFS"),
            ("max short-term", maxShortTermLUFS, "LUFS"),
        ]
        var lines = ["\(file): \(format), \(Self.clock(durationSeconds))"]
        for (label, value, unit) in rows {
            let number = value.isFinite ? String(format: "%6.1f", value) : "  -inf"
            lines.append("  " + label.padding(toLength: 20, withPad: " ", startingAt: 0) + number + " " + unit)
        }
        return lines.joined(separator: "\n")
    }

    /// `h:mm:ss.mmm`, or `m:ss.mmm` under an hour.
    static func clock(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        let rest = Double(milliseconds % 60_000) / 1000
        if hours > 0 { return String(format: "%d:%02d:%06.3f", hours, minutes, rest) }
        return String(format: "%d:%06.3f", minutes, rest)
    }
}
