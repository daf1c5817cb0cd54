/// Why an ID3 tag could not be written, naming the file.
public enum ID3Error: Error, CustomStringConvertible, Equatable {
    /// The file could not be read.
    case unreadable(path: String)
    /// The file holds no MPEG audio frame after its tags.
    case notMP3(path: String)
    /// The tag or the new file could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "\(path): cannot be read"
        case .notMP3(let path): "\(path): no MP3 audio found after its tags; is it an MP3 file?"
        case .unwritable(let path, let reason): "\(path): cannot write the ID3 tag: \(reason)"
        }
    }
}
