/// An image that could not be used as artwork, said so a producer knows what to do.
public enum ImageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is missing or is not an image.
    case unreadable(path: String, reason: String)
    /// The prepared image could not be written.
    case unwritable(path: String, reason: String)
    /// The image is too small to be podcast artwork.
    case tooSmall(path: String, width: Int, height: Int, minimum: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot be read as an image (\(reason)); give a JPEG or PNG file"
        case .unwritable(let path, let reason):
            return "\(path): cannot be written (\(reason))"
        case .tooSmall(let path, let width, let height, let minimum):
            return "\(path) is \(width)×\(height): artwork needs at least \(minimum)×\(minimum) pixels"
        }
    }
}
