public import Foundation

/// How and where an episode is published: what the feed item and the page need beyond the script and timeline.
public struct Publication: Sendable, Equatable {
    /// `itunes:episodeType`.
    public enum EpisodeType: String, Sendable, CaseIterable, Codable {
        case full, trailer, bonus
    }

    /// The delivered audio file, as the enclosure describes it.
    public struct Audio: Sendable, Equatable {
        /// The file name, also its name beside the notes (`episode.mp3`).
        public var fileName: String
        /// Its size in bytes.
        public var byteCount: Int
        /// Its MIME type (`audio/mpeg`).
        public var mimeType: String

        public init(fileName: String, byteCount: Int, mimeType: String? = nil) {
            self.fileName = fileName
            self.byteCount = byteCount
            self.mimeType = mimeType ?? Self.mimeType(forExtension: (fileName as NSString).pathExtension)
        }

        /// The MIME type podcast apps expect for a file extension.
        public static func mimeType(forExtension ext: String) -> String {
            switch ext.lowercased() {
            case "mp3": "audio/mpeg"
            case "wav": "audio/wav"
            case "flac": "audio/flac"
            case "opus", "ogg", "oga": "audio/ogg"
            case "m4a", "mp4", "aac": "audio/mp4"
            default: "application/octet-stream"
            }
        }
    }

    /// Where `build/notes/` is uploaded (`https://example.org/pod/ep1/`); `nil` leaves the item's URLs relative.
    public var baseURL: String?
    /// The item's `pubDate`.
    public var date: Date
    /// `itunes:episodeType`.
    public var episodeType: EpisodeType
    /// The item's `guid`; `nil` derives a stable one from the show, title and article source.
    public var guid: String?
    /// The language of the episode (BCP 47), for the page and transcripts.
    public var language: String
    /// The delivered audio.
    public var audio: Audio
    /// The episode artwork's file name beside the notes (`artwork.jpg`), for `itunes:image` and the page.
    public var image: String?
    /// The show's producers, credited in the feed as `podcast:person` role "producer".
    public var producers: [String]
    /// `itunes:explicit` for the item, when the show says.
    public var explicit: Bool?

    public init(
        baseURL: String? = nil,
        date: Date,
        episodeType: EpisodeType = .full,
        guid: String? = nil,
        language: String = "en",
        audio: Audio,
        image: String? = nil,
        producers: [String] = [],
        explicit: Bool? = nil
    ) {
        self.baseURL = baseURL
        self.date = date
        self.episodeType = episodeType
        self.guid = guid
        self.language = language
        self.audio = audio
        self.image = image
        self.producers = producers
        self.explicit = explicit
    }

    /// The URL of a file in the notes folder: under ``baseURL`` when given, else relative to the item.
    public func url(_ fileName: String) -> String {
        guard var base = baseURL, !base.isEmpty else { return fileName }
        if !base.hasSuffix("/") { base += "/" }
        return base + fileName
    }
}
