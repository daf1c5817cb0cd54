/// The name of a take file, parsed and rendered in one place: `<segment-id>.<ext>` (take 1),
/// `<segment-id>.take<N>.<ext>` (a retake) and `<segment-id>.scratch.wav` (a synthesised preview).
///
/// The recording sheet tells voice talent these names, the assembler finds takes by them, and every tool that writes a
/// take (scratch voices, the booth, splitting a long take) builds them here, so the three never drift apart.
public struct TakeName: Hashable, Sendable, CustomStringConvertible {
    /// Whether the file is a recording or a synthesised preview.
    public enum Kind: Hashable, Sendable {
        /// A recorded take with its number (1 for `<id>.<ext>`).
        case recorded(Int)
        /// A scratch take made by `podwright scratch`; any recorded take wins over it.
        case scratch
    }

    /// The segment id the name claims.
    public var segmentID: String
    /// Recorded (with its take number) or scratch.
    public var kind: Kind
    /// The file extension, as written (without the dot).
    public var fileExtension: String

    /// Extensions libsndfile reads (with its MPEG and Ogg support).
    public static let audioExtensions: Set<String> = [
        "wav", "wave", "aif", "aiff", "aifc", "flac", "ogg", "oga", "opus", "mp3", "caf", "w64", "rf64", "au",
    ]

    /// Extensions that are audio but that libsndfile cannot read, so a producer gets told rather than ignored.
    public static let unreadableAudioExtensions: Set<String> = ["m4a", "aac", "mp4", "wma", "webm", "amr"]

    public init(segmentID: String, kind: Kind = .recorded(1), fileExtension: String = "wav") {
        self.segmentID = segmentID
        self.kind = kind
        self.fileExtension = fileExtension
    }

    /// Reads a take's identity from its file name.
    /// - Parameter fileName: The last path component.
    /// - Returns: The name's parts, or `nil` when it has no audio extension or no stem.
    public init?(fileName: String) {
        guard let extensionDot = fileName.lastIndex(of: ".") else { return nil }
        let ext = String(fileName[fileName.index(after: extensionDot)...])
        guard Self.audioExtensions.contains(ext.lowercased()) else { return nil }
        let stem = String(fileName[..<extensionDot])
        guard !stem.isEmpty, !stem.hasPrefix(".") else { return nil }
        fileExtension = ext
        if let dot = stem.lastIndex(of: ".") {
            let base = String(stem[..<dot])
            let suffix = stem[stem.index(after: dot)...].lowercased()
            if suffix == "scratch" {
                segmentID = base
                kind = .scratch
                return
            }
            if suffix.hasPrefix("take"), let number = Int(suffix.dropFirst(4)), number >= 1 {
                segmentID = base
                kind = .recorded(number)
                return
            }
        }
        segmentID = stem
        kind = .recorded(1)
    }

    /// The take number, or `nil` for a scratch take.
    public var number: Int? {
        if case .recorded(let number) = kind { return number }
        return nil
    }

    /// The part between the id and the extension: `""`, `.take2` or `.scratch`.
    public var suffix: String {
        switch kind {
        case .recorded(let number): number <= 1 ? "" : ".take\(number)"
        case .scratch: ".scratch"
        }
    }

    /// The file name: `s1-p2.wav`, `s1-p2.take2.wav`, `s1-p2.scratch.wav`.
    public var fileName: String { segmentID + suffix + "." + fileExtension }

    public var description: String { fileName }
}
