/// An audio file that could not be read or written, or audio that could not be processed, said for a producer.
///
/// The description names the file (when there is one) and says what to do next.
public struct AudioError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong, for callers that branch on it.
    public enum Kind: String, Sendable {
        /// The file does not exist or cannot be opened.
        case cannotOpen
        /// The file is not audio, or in a format libsndfile does not read.
        case notAudio
        /// The file is audio but damaged or cut short.
        case corrupt
        /// The file holds no audio frames.
        case empty
        /// Writing failed (disk full, folder not writable, encoder refused).
        case writeFailed
        /// The requested settings cannot be honoured.
        case invalidSettings
        /// The DSP library failed (resampler, loudness meter).
        case processing
    }

    /// What went wrong.
    public var kind: Kind
    /// The file concerned, if any.
    public var path: String?
    /// Why, and what to do next.
    public var reason: String

    public init(_ kind: Kind, path: String? = nil, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }

    public var description: String {
        if let path { return "\(path): \(reason)" }
        return reason
    }
}
