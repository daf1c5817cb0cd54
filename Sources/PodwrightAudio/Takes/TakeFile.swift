public import Foundation

/// One file in the takes folder, read from its name: `<segment-id>.<ext>`, `<segment-id>.take<N>.<ext>`, or a
/// synthesised preview `<segment-id>.scratch.wav`.
public struct TakeFile: Equatable, Hashable, Sendable {
    /// Whether the file is a recording or a synthesised preview.
    public enum Kind: Equatable, Hashable, Sendable {
        /// A recorded take with its number (1 for `<id>.<ext>`).
        case recorded(Int)
        /// A scratch take made by `podwright scratch`; any recorded take wins over it.
        case scratch
    }

    /// The file.
    public var url: URL
    /// The segment id the name claims.
    public var segmentID: String
    /// Recorded (with its take number) or scratch.
    public var kind: Kind

    /// The file name, as reports and `timing.json` show it.
    public var name: String { url.lastPathComponent }

    /// The take number, or `nil` for a scratch take.
    public var number: Int? {
        if case .recorded(let number) = kind { return number }
        return nil
    }

    /// Extensions libsndfile reads (with its MPEG and Ogg support).
    public static let audioExtensions: Set<String> = [
        "wav", "wave", "aif", "aiff", "aifc", "flac", "ogg", "oga", "opus", "mp3", "caf", "w64", "rf64", "au",
    ]

    /// Extensions that are audio but that libsndfile cannot read, so a producer gets told rather than ignored.
    public static let unreadableAudioExtensions: Set<String> = ["m4a", "aac", "mp4", "wma", "webm", "amr"]

    public init(url: URL, segmentID: String, kind: Kind) {
        self.url = url
        self.segmentID = segmentID
        self.kind = kind
    }

    /// Reads a take's identity from its file name.
    /// - Parameter url: a file in the takes folder.
    /// - Returns: the take, or `nil` when the name has no audio extension.
    public init?(url: URL) {
        let ext = url.pathExtension.lowercased()
        guard Self.audioExtensions.contains(ext) else { return nil }
        let stem = url.deletingPathExtension().lastPathComponent
        guard !stem.isEmpty, !stem.hasPrefix(".") else { return nil }
        self.url = url
        if let dot = stem.lastIndex(of: ".") {
            let base = String(stem[..<dot])
            let suffix = stem[stem.index(after: dot)...].lowercased()
            if suffix == "scratch" {
                self.segmentID = base
                self.kind = .scratch
                return
            }
            if suffix.hasPrefix("take"), let number = Int(suffix.dropFirst(4)), number >= 1 {
                self.segmentID = base
                self.kind = .recorded(number)
                return
            }
        }
        self.segmentID = stem
        self.kind = .recorded(1)
    }
}
