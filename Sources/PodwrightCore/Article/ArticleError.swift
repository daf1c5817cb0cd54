/// An article that could not be read: names the file or URL and says why, in one line.
public struct ArticleError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Why an article could not be read.
    public enum Reason: Equatable, Sendable {
        /// No such file or folder.
        case missing
        /// The path names a folder where a file was expected.
        case isFolder
        /// The file exists but cannot be read; the system's reason.
        case unreadable(String)
        /// Empty or only whitespace.
        case empty
        /// Looks like a binary file (NUL bytes, control characters).
        case binary
        /// Not UTF-8, not UTF-16 with a byte-order mark, not plausible Windows-1252.
        case undecodable
        /// Over the size limit, in bytes.
        case tooLarge(limit: Int)
        /// Read fine, but nothing in it looks like an article body.
        case noArticle
        /// A URL that could not be fetched; the reason.
        case network(String)
        /// The server answered with an HTTP error status.
        case httpStatus(Int)
        /// More redirects than the cap allows.
        case tooManyRedirects(limit: Int)
        /// A URL scheme other than http(s).
        case unsupportedURL
        /// A folder with no article files in it.
        case noArticleFiles
    }

    /// The file path or URL as the user gave it.
    public var location: String
    /// What went wrong.
    public var reason: Reason

    public init(location: String, reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(explanation)" }

    /// The reason in words, with what to do next.
    public var explanation: String {
        switch reason {
        case .missing: "no such file (check the path)"
        case .isFolder: "is a folder, not an article file"
        case .unreadable(let why): "cannot be read (\(why))"
        case .empty: "is empty (there is no article text in it)"
        case .binary: "looks like a binary file, not an article (give a text, HTML or Markdown file)"
        case .undecodable:
            "is not text in an encoding Podwright reads (UTF-8, UTF-16 with a byte-order mark, Windows-1252); "
                + "convert it to UTF-8"
        case .tooLarge(let limit): "is larger than the \(limit / 1_000_000) MB limit for an article"
        case .noArticle: "no article text found in it (only navigation or boilerplate)"
        case .network(let why): "cannot be fetched (\(why))"
        case .httpStatus(let status): "the server answered HTTP \(status)"
        case .tooManyRedirects(let limit): "redirected more than \(limit) times"
        case .unsupportedURL: "only http and https URLs can be fetched"
        case .noArticleFiles: "has no article files in it (.txt, .html, .htm, .md or .markdown)"
        }
    }
}
