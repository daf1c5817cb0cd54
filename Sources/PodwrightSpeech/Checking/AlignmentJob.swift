public import Foundation

/// One take to check: the file and the segment its name claims.
public struct AlignmentJob: Equatable, Sendable {
    /// The segment id the take is for.
    public var segment: String
    /// The take file.
    public var url: URL
    /// The file as reports name it, relative to the episode folder (`takes/s3-p7.take2.wav`).
    public var file: String
    /// The take was synthesised from the segment's own words (a scratch voice): its words are placed for their
    /// times but not judged, since what a synthetic voice says is known and the model hears it badly.
    public var isSynthesised: Bool

    public init(segment: String, url: URL, file: String, isSynthesised: Bool = false) {
        self.segment = segment
        self.url = url
        self.file = file
        self.isSynthesised = isSynthesised
    }
}
