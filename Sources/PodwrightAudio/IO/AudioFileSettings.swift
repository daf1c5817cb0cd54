/// How ``AudioFileWriter`` encodes a file: container, rate, layout, word length, bitrate, tags and markers.
public struct AudioFileSettings: Sendable, Equatable {
    /// The container and encoding.
    public var format: AudioFormat
    /// Frames per second. Opus needs 48000 (or 8/12/16/24 kHz); MP3 needs 8–48 kHz.
    public var sampleRate: Int
    /// Interleaved channels (1 or 2 for MP3 and Opus).
    public var channels: Int
    /// Bits per sample for WAV and FLAC: 16 (TPDF-dithered) or 24. Ignored for MP3 and Opus.
    public var bitDepth: Int
    /// MP3 bitrate: constant kbps or VBR quality.
    public var mp3Bitrate: MP3Bitrate
    /// Opus bitrate in kbit/s for the whole stream, or `nil` for the spoken-word default (48 mono, 64 stereo).
    public var opusBitrateKbps: Int?
    /// Title, artist, album and comment, written as the container's native tags (RIFF INFO, Vorbis comments, ID3).
    public var tags: AudioTags
    /// Named cue markers, written into WAV files only (`cue ` plus `LIST`/`adtl` `labl` chunks).
    public var cueMarkers: [CueMarker]
    /// Whether 16-bit output gets TPDF dither (on by default; turn off only for bit-exact tests).
    public var dither: Bool

    public init(
        format: AudioFormat,
        sampleRate: Int = 48_000,
        channels: Int = 1,
        bitDepth: Int = 24,
        mp3Bitrate: MP3Bitrate = .constant(kbps: 128),
        opusBitrateKbps: Int? = nil,
        tags: AudioTags = AudioTags(),
        cueMarkers: [CueMarker] = [],
        dither: Bool = true
    ) {
        self.format = format
        self.sampleRate = sampleRate
        self.channels = channels
        self.bitDepth = bitDepth
        self.mp3Bitrate = mp3Bitrate
        self.opusBitrateKbps = opusBitrateKbps
        self.tags = tags
        self.cueMarkers = cueMarkers
        self.dither = dither
    }
}

/// An MP3 bitrate choice.
public enum MP3Bitrate: Sendable, Equatable {
    /// Constant bitrate in kbps (32–320 at 32 kHz and above).
    case constant(kbps: Int)
    /// Variable bitrate with a quality from 0 (smallest) to 1 (best), LAME's `-V 9` … `-V 0`.
    case variable(quality: Double)
}

/// Text tags for a delivered file.
public struct AudioTags: Sendable, Equatable {
    /// The episode title.
    public var title: String?
    /// The show or host.
    public var artist: String?
    /// The show (podcast apps read it as the series).
    public var album: String?
    /// Free text, e.g. the episode's one-line summary.
    public var comment: String?

    public init(title: String? = nil, artist: String? = nil, album: String? = nil, comment: String? = nil) {
        self.title = title
        self.artist = artist
        self.album = album
        self.comment = comment
    }
}

/// A named position in a WAV file (a segment or chapter start).
public struct CueMarker: Sendable, Equatable, Codable {
    /// Sample frame of the marker.
    public var frame: Int
    /// The name shown by editors (from the `labl` chunk).
    public var label: String

    public init(frame: Int, label: String) {
        self.frame = frame
        self.label = label
    }
}
