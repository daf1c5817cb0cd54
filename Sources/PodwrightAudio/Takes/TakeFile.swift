public import Foundation
public import PodwrightCore

/// One file in the takes folder, with the identity its name gives it (``TakeName``): `<segment-id>.<ext>`,
/// `<segment-id>.take<N>.<ext>`, or a synthesised preview `<segment-id>.scratch.wav`.
public struct TakeFile: Equatable, Hashable, Sendable {
    /// Whether the file is a recording or a synthesised preview.
    public typealias Kind = TakeName.Kind

    /// The file.
    public var url: URL
    /// The segment id the name claims.
    public var segmentID: String
    /// Recorded (with its take number) or scratch.
    public var kind: Kind

    /// The file name, as reports and `timing.json` show it.
    public var name: String { url.lastPathComponent }

    /// The take number, or `nil` for a scratch take.
    public var number: Int? { TakeName(segmentID: segmentID, kind: kind).number }

    /// Extensions libsndfile reads (with its MPEG and Ogg support).
    public static var audioExtensions: Set<String> { TakeName.audioExtensions }

    /// Extensions that are audio but that libsndfile cannot read, so a producer gets told rather than ignored.
    public static var unreadableAudioExtensions: Set<String> { TakeName.unreadableAudioExtensions }

    public init(url: URL, segmentID: String, kind: Kind) {
        self.url = url
        self.segmentID = segmentID
        self.kind = kind
    }

    /// Reads a take's identity from its file name.
    /// - Parameter url: a file in the takes folder.
    /// - Returns: the take, or `nil` when the name has no audio extension.
    public init?(url: URL) {
        guard let name = TakeName(fileName: url.lastPathComponent) else { return nil }
        self.init(url: url, segmentID: name.segmentID, kind: name.kind)
    }
}
