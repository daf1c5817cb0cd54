/// The container and encoding of a delivered episode.
public enum AudioFormat: String, Codable, Sendable, CaseIterable {
    case wav, flac, mp3, opus

    /// The file extension.
    public var fileExtension: String { rawValue }

    /// True for the lossy codecs, whose decoded samples differ from the rendered ones.
    public var isLossy: Bool { self == .mp3 || self == .opus }

    /// The MIME type for enclosures and servers.
    public var mimeType: String {
        switch self {
        case .wav: "audio/wav"
        case .flac: "audio/flac"
        case .mp3: "audio/mpeg"
        case .opus: "audio/ogg"
        }
    }
}
