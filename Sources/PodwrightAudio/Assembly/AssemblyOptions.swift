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
    /// The target integrated loudness, LUFS (used when ``preset`` is `nil`).
    public var targetLUFS: Double = -16
    /// A named target, which wins over ``targetLUFS`` and follows the delivered channel count (the podcast preset
    /// is −16 LUFS stereo, −19 mono).
    public var preset: LoudnessPreset?
    /// The true-peak ceiling, dBTP.
    public var truePeakCeiling: Double = -1
    /// How far the episode gain may push into the limiter to reach the target, dB (beyond it is compression).
    public var maximumLimiterPushDB: Double = 6
    /// The delivered sample rate.
    public var sampleRate: Int = 48_000
    /// The delivered channel count (1 or 2); `nil`: mono when every take and music file is mono, else stereo.
    public var channels: Int?
    /// Bits per sample for WAV and FLAC (16 or 24).
    public var bitDepth: Int = 24
    /// MP3 bitrate in kbit/s; `nil` for the spoken-word default (64 mono, 128 stereo).
    public var mp3Bitrate: Int?
    /// MP3 at a variable bitrate instead (``mp3Bitrate`` is then ignored).
    public var mp3VariableBitrate = false
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
    /// Where music sits around the voice.
    public var layout = LayoutPolicy()
    /// When a render is good enough to deliver, and what the codecs do.
    public var delivery = DeliveryPolicy()
    /// Fade length at every take edge, seconds.
    public var fadeSeconds: Double = 0.005
    /// Title tag (default: the episode title).
    public var title: String?
    /// Artist tag (default: the show name).
    public var artist: String?
    /// The MP3's cover picture (ID3 `APIC`): the episode's artwork, else the show's.
    public var coverArt: ID3Picture?
    /// Trim margins, the level detector, and pause tightening (``TrimPolicy/tighten``).
    public var trimming = TrimPolicy()
    /// The gentle speech leveler (`nil`: off): evens a voice within a take so that the limiter only catches peaks.
    public var leveler: LevelerPolicy?
    /// Noise reduction for speech (libspeexdsp's preprocessor) on every take.
    public var denoise = false
    /// The file each `[music NAME]` cue plays, by NAME (see ``MusicCues``).
    public var musicCues: [String: URL] = [:]
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

    /// Every music file the run plays: stings, bed, room tone file and the cues the episode uses.
    func musicFiles(_ episode: Episode) -> [URL] {
        var files = [introSting, outroSting, musicBed].compactMap { $0 }
        if case .file(let url) = roomTone { files.append(url) }
        for segment in episode.segments {
            if let name = segment.musicBefore, let url = musicCues[name], !files.contains(url) { files.append(url) }
        }
        return files
    }

    /// The delivered channel count once resolved (stereo until then).
    var outputChannels: Int { channels ?? 2 }

    /// The loudness target for the delivered channel count, LUFS.
    public var resolvedTargetLUFS: Double { preset?.targetLUFS(channels: outputChannels) ?? targetLUFS }

    /// The MP3 bitrate delivered, kbit/s, or `nil` for variable bitrate.
    public var resolvedMP3Bitrate: Int? {
        mp3VariableBitrate ? nil : mp3Bitrate ?? (outputChannels == 1 ? 64 : 128)
    }

    /// The bitrate the codec works with, for predicting what it does, kbit/s.
    var codecBitrate: Int? {
        switch format {
        case .mp3: resolvedMP3Bitrate
        case .opus: opusBitrate ?? (outputChannels == 1 ? 48 : 64)
        case .wav, .flac: nil
        }
    }

    /// What the codec is predicted to do to loudness and peaks.
    var codecShift: (loudnessLU: Double, peakDB: Double) {
        delivery.codecShift(format: format, kbps: codecBitrate, channels: outputChannels)
    }

    /// The ceiling the limiter renders to: the delivered ceiling less the codec's predicted overshoot, dBTP.
    var renderCeilingDB: Double { truePeakCeiling - codecShift.peakDB }

    /// The loudness to render to, so that the decoded file lands on the target, LUFS.
    var renderTargetLUFS: Double { resolvedTargetLUFS - codecShift.loudnessLU }
}
