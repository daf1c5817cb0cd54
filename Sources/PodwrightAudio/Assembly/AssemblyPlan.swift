public import Foundation
public import PodwrightCore

/// The finished episode on paper: every clip at its exact output sample, with its gain, before anything is rendered.
///
/// Built from the script, the chosen takes and their analyses; pass 2 renders it block by block.
public struct AssemblyPlan: Sendable {
    /// Something placed in the episode.
    public struct Clip: Sendable {
        /// What a clip plays.
        public enum Source: Sendable {
            /// A take, from its trimmed head to its trimmed tail.
            case take(TakeFile, TakeAnalysis)
            /// Silence standing in for a missing take.
            case silence
            /// A sting, played whole.
            case music(URL, TakeAnalysis)
        }

        /// What it plays.
        public var source: Source
        /// The output frame where its audio begins.
        public var startSample: Int
        /// Its length in output frames.
        public var frames: Int
        /// Its level-matching gain, linear, before the episode gain.
        public var gain: Float
        /// The segment it plays, if it is a take or placeholder.
        public var segment: String?
        /// The source frames played: a take's kept range, or one piece of it when long pauses are tightened
        /// (`nil`: the take's kept range, or a sting whole).
        public var sourceRange: Range<Int>?
        /// The speech leveler's gain per 100 ms block of the take (aligned with its block energies), if on.
        public var leveler: [Float]?
        /// Noise reduction on this take.
        public var denoise = false

        /// One past its last output frame.
        public var endSample: Int { startSample + frames }
    }

    /// A music bed looping under part of the episode, ducking under the voice.
    public struct Bed: Sendable {
        /// The bed file.
        public var url: URL
        /// Its analysis.
        public var analysis: TakeAnalysis
        /// Output frames where it plays.
        public var range: Range<Int>
        /// Its gain when not ducked, linear.
        public var gain: Float
        /// Output frame ranges where a voice speaks over it.
        public var voiced: [Range<Int>]
        /// How far it drops under the voice, dB.
        public var duckDB: Double

        /// The linear gain under the voice.
        var duckedGain: Double { pow(10, -duckDB / 20) }
    }

    /// Room tone looping in the gaps between takes.
    public struct RoomTone: Sendable {
        /// The file the tone comes from.
        public var url: URL
        /// The source frames to loop.
        public var loop: Range<Int>
        /// Its analysis.
        public var analysis: TakeAnalysis
        /// Its gain, linear.
        public var gain: Float
        /// Output frame ranges with no take playing.
        public var gaps: [Range<Int>]
        /// Whether noise reduction runs on it, as on the takes beside it (so the room does not change at each gap).
        public var denoise = false
    }

    /// What the plan did to one segment, for its report.
    public struct SegmentDetail: Sendable {
        /// The take's loudness as recorded, LUFS.
        public var inputLUFS: Double?
        /// The matching gain wanted when it was capped, dB.
        public var neededGainDB: Double?
        /// The leveler's deepest cut and largest boost, dB.
        public var leveler: (cutDB: Double, boostDB: Double)?
        /// Dead air left in the take, and time taken out of its pauses, seconds.
        public var nonSpeechSeconds: Double
        public var tightenedSeconds: Double
        /// Whether noise reduction runs on it.
        public var denoised: Bool
    }

    /// The episode's sample rate and channel count.
    public var sampleRate: Int
    public var channels: Int
    /// Clips in order of their start.
    public var clips: [Clip]
    /// The optional music bed.
    public var bed: Bed?
    /// Room tone per voice (each with the gaps next to that voice), or one for everyone.
    public var roomTones: [RoomTone]
    /// The episode's length in frames.
    public var durationSamples: Int
    /// Where every segment and chapter sits (loudness still to be measured).
    public var timeline: Timeline
    /// The episode's estimated loudness after level matching, before the episode gain, LUFS.
    public var estimatedLUFS: Double?
    /// The gain that brings the episode to its target, dB.
    public var episodeGainDB: Double
    /// Fade length at every clip edge, frames.
    public var fadeFrames: Int
    /// What the producer should know about the plan (a target out of reach, a capped level match).
    public var warnings: [AssemblyWarning]
    /// What the plan does to each segment, by id.
    public var details: [String: SegmentDetail] = [:]
}
