public import Foundation
public import PodwrightCore

/// Everything the producer can choose about an assembled episode. The defaults make a finished podcast episode.
public struct AssemblyOptions: Sendable {
    /// What to do about segments without a take.
    public enum MissingTakePolicy: String, Sendable, CaseIterable {
        /// Stop and list every missing segment.
        case fail
        /// Hold silence of the segment's estimated length and mark it as a placeholder.
        case silence
    }

    /// How takes are levelled against each other before the episode gain.
    public enum LevelMatching: String, Sendable, CaseIterable {
        /// Every take to the same loudness: takes recorded on different days come out even.
        case take
        /// One gain per speaker (their takes' loudness combined), keeping each voice's own dynamics across takes.
        case speaker
        /// Takes as recorded; only the episode gain applies.
        case off
    }

    /// Where gap filling comes from.
    public enum RoomTone: Sendable, Equatable {
        /// Digital silence between takes.
        case off
        /// The quietest half second found in the takes, looped.
        case auto
        /// A recorded room tone file, looped.
        case file(URL)
    }

    /// The folder the takes are read from (default `EP/takes`).
    public var takes: URL?
    /// The delivered container.
    public var format: AudioFormat = .wav
    /// The target integrated loudness, LUFS.
    public var targetLUFS: Double = -16
    /// The true-peak ceiling, dBTP.
    public var truePeakCeiling: Double = -1
    /// How far the episode gain may push into the limiter to reach the target, dB (beyond it is compression).
    public var maximumLimiterPushDB: Double = 6
    /// Extra headroom under the ceiling for lossy codecs, whose decoded peaks overshoot the encoded ones, dB.
    public var codecHeadroomDB: Double { format == .mp3 || format == .opus ? 0.5 : 0 }
    /// The delivered sample rate.
    public var sampleRate: Int = 48_000
    /// The delivered channel count (1 or 2).
    public var channels: Int = 2
    /// Bits per sample for WAV and FLAC (16 or 24).
    public var bitDepth: Int = 24
    /// MP3 bitrate in kbit/s; `nil` for variable bitrate.
    public var mp3Bitrate: Int? = 128
    /// Opus bitrate in kbit/s; `nil` for the spoken-word default (48 mono, 64 stereo).
    public var opusBitrate: Int?
    /// Missing takes: fail, or silence placeholders.
    public var missing: MissingTakePolicy = .fail
    /// Level matching between takes.
    public var levelMatching: LevelMatching = .take
    /// The largest boost or cut level matching may apply, dB: a whispered take is not turned into a shout.
    public var maximumMatchingGain: Double = 12
    /// Gap filling.
    public var roomTone: RoomTone = .off
    /// The room tone level relative to the speech, dB.
    public var roomToneLevel: Double = 0
    /// Played before the first segment.
    public var introSting: URL?
    /// Played after the last segment.
    public var outroSting: URL?
    /// Music under the intro section, ducking under the voice.
    public var musicBed: URL?
    /// How far the bed drops under speech, dB.
    public var bedDuckDB: Double = 18
    /// Pauses between segments.
    public var pauses = PausePolicy()
    /// Fade length at every take edge, seconds.
    public var fadeSeconds: Double = 0.005
    /// Title tag (default: the episode title).
    public var title: String?
    /// Artist tag (default: the show name).
    public var artist: String?
    /// The MP3's cover picture (ID3 `APIC`): the episode's artwork, else the show's.
    public var coverArt: ID3Picture?
    /// Analyse takes on this many threads.
    public var analysisThreads: Int = 2
    /// Cache take analysis in `EP/build/.cache`.
    public var useCache: Bool = true
    /// Speech bounds for trimming, keyed by the take file's standardized path: the take's frames from the first
    /// confident word's start to the last one's end (from alignment). The trimmer keeps its margins around them;
    /// takes without an entry are trimmed by level.
    public var speechFrames: [String: Range<Int>] = [:]
    /// The takes' alignment, when they were checked: `timing.json` then gives every segment its words' times.
    public var alignment: AlignmentReport?

    public init() {}
}
