public import Foundation

/// One take to check: the file and the segment its name claims.
public struct AlignmentJob: Equatable, Sendable {
    /// The segment id the take is for.
    public var segment: String
    /// The take file.
    public var url: URL
    /// The file as reports name it, relative to the episode folder (`takes/s3-p7.take2.wav`).
    public var file: String

    public init(segment: String, url: URL, file: String) {
        self.segment = segment
        self.url = url
        self.file = file
    }
}
