import PodwrightCore

/// What the booth found in one take, sent to the page right after the upload: the measurements, and one finding
/// per check in words.
struct TakeReport: Codable, Equatable, Sendable {
    /// How serious a finding is.
    enum Level: String, Codable, Sendable, Comparable {
        case ok, warning, problem

        static func < (lhs: Level, rhs: Level) -> Bool {
            let order: [Level] = [.ok, .warning, .problem]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    /// One check's result.
    struct Finding: Codable, Equatable, Sendable {
        /// `clipping`, `level`, `noise`, `duration`, `head`, `tail`, `pauses`, `words`.
        var check: String
        var level: Level
        var message: String
    }

    var segment: String
    var take: Int
    /// The file, relative to the episode folder (`takes/s1-p2.take3.wav`).
    var file: String
    var sampleRate: Int
    var channels: Int
    var durationSeconds: Double
    /// From the first sound to the last, seconds.
    var speechSeconds: Double
    var estimatedSeconds: Double
    /// Integrated loudness of the speech, LUFS; `nil` when silent.
    var loudnessLUFS: Double?
    var peakDBFS: Double
    var clipEvents: Int
    /// The quietest half second's level, dBFS; `nil` when there is none to measure.
    var noiseFloorDBFS: Double?
    /// Silence before the first sound and after the last, seconds.
    var headSeconds: Double
    var tailSeconds: Double
    /// Time in pauses of a second or more inside the speech, seconds.
    var pauseSeconds: Double
    var findings: [Finding]
    /// The word check, once it ran (or why it did not).
    var words: WordReport?

    /// The worst finding.
    var level: Level { findings.map(\.level).max() ?? .ok }

    /// The report of a take in the folder that cannot be decoded (damaged, or not audio under an audio name).
    static func damaged(segment: Segment, take: Int, file: String, reason: String) -> TakeReport {
        TakeReport(
            segment: segment.id, take: take, file: file, sampleRate: 0, channels: 0, durationSeconds: 0,
            speechSeconds: 0, estimatedSeconds: segment.estimatedSeconds, loudnessLUFS: nil, peakDBFS: -200,
            clipEvents: 0, noiseFloorDBFS: nil, headSeconds: 0, tailSeconds: 0, pauseSeconds: 0,
            findings: [
                Finding(
                    check: "file", level: .problem,
                    message: "\(file) cannot be read as audio (\(reason)): record the line again, or replace the file.")
            ],
            words: WordReport(state: "unavailable", note: "the file cannot be read"))
    }
}

/// The word check of one take against its line.
struct WordReport: Codable, Equatable, Sendable {
    /// `checking`, `done`, `unavailable`.
    var state: String
    /// The aligner's verdict (`ok`, `misread`, `wrong-segment`, `unintelligible`, `not-checked`).
    var verdict: String?
    /// Script words (by their index among the line's spoken words) that were skipped or said otherwise.
    var flagged: [FlaggedWord] = []
    /// What the recogniser heard.
    var heard: [String] = []
    /// For a take of another line: that segment's id.
    var matchedSegment: String?
    var note: String?

    /// A script word the take did not say as written.
    struct FlaggedWord: Codable, Equatable, Sendable {
        var index: Int
        /// `skipped` or `substituted`.
        var kind: String
        /// What was said instead, for a substitution.
        var heard: [String]
    }
}
