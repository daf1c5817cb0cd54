public import Foundation

/// Reads an article from a file, a URL or bytes in any format Podwright understands.
public enum ArticleReader {
    /// The largest article file or download accepted, in bytes.
    public static let maximumBytes = 10_000_000

    /// Reads the article at a path or an `http(s)://` URL.
    /// - Parameters:
    ///   - location: A file path, or an http(s) URL (fetched with a timeout, a size cap and a redirect cap).
    ///   - format: The format to read it as; `nil` detects it from the name and the content.
    /// - Returns: The cleaned article.
    /// - Throws: ``ArticleError`` naming the file or URL and the reason.
    public static func read(contentsOf location: String, format: ArticleFormat? = nil) async throws -> Article {
        try await read(contentsOf: location, format: format, limits: .standard)
    }

    /// Reads the article at a path or URL, fetching URLs within `limits`.
    /// - Parameters:
    ///   - location: A file path, or an http(s) URL.
    ///   - format: The format to read it as; `nil` detects it.
    ///   - limits: Timeout, size and redirect caps for URLs.
    /// - Returns: The cleaned article.
    /// - Throws: ``ArticleError`` naming the file or URL and the reason.
    public static func read(
        contentsOf location: String, format: ArticleFormat?, limits: FetchLimits
    ) async throws
        -> Article
    {
        // Schemes are case-insensitive (RFC 3986); libcurl parses the rest, and names what is wrong with it.
        let lowered = location.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            let download = try ArticleFetcher(limits: limits).fetch(location, location: location)
            let text = try TextDecoding.decode(download.data, location: location, declaredCharset: download.charset)
            let chosen = format ?? download.format ?? ArticleFormat.sniff(text)
            return try read(text: text, location: location, format: chosen)
        }
        if location.contains("://") { throw ArticleError(location: location, reason: .unsupportedURL) }
        return try read(data: readFile(location), name: location, format: format)
    }

    /// Reads an article from bytes already in memory.
    /// - Parameters:
    ///   - data: The article's bytes, in any supported encoding.
    ///   - name: The file name or URL: used to detect the format and named in errors.
    ///   - format: The format to read it as; `nil` detects it.
    /// - Returns: The cleaned article.
    /// - Throws: ``ArticleError`` naming `name` and the reason.
    public static func read(data: Data, name: String, format: ArticleFormat? = nil) throws -> Article {
        if data.count > maximumBytes { throw ArticleError(location: name, reason: .tooLarge(limit: maximumBytes)) }
        let text = try TextDecoding.decode(data, location: name)
        return try read(text: text, location: name, format: format ?? ArticleFormat.detect(name: name, text: text))
    }

    static func read(text: String, location: String, format: ArticleFormat) throws(ArticleError) -> Article {
        if text.unicodeScalars.allSatisfy({ TextCleanup.isSpace($0) || TextCleanup.isInvisible($0) }) {
            throw ArticleError(location: location, reason: .empty)
        }
        var draft: ArticleDraft
        switch format {
        case .text: draft = PlainTextReader.read(text)
        case .html: draft = HTMLArticleReader.read(text)
        case .markdown: draft = MarkdownReader.read(text)
        }
        let minimumWords = format == .html ? 25 : 1
        guard draft.paragraphWords >= minimumWords else { throw ArticleError(location: location, reason: .noArticle) }
        if draft.title.isEmpty { draft.title = fallbackTitle(for: location) }
        return draft.build(source: location)
    }

    /// The file name without its extension, for articles that carry no headline.
    private static func fallbackTitle(for location: String) -> String {
        let name = URL(fileURLWithPath: location).deletingPathExtension().lastPathComponent
        return name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
    }

    /// The operating system's words for a failed read ("Input/output error"), not Foundation's generic wrapper.
    private static func systemReason(_ error: any Error) -> String {
        let wrapped = error as NSError
        if let underlying = wrapped.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if wrapped.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(wrapped.code))) }
        return error.localizedDescription
    }

    private static func readFile(_ path: String) throws(ArticleError) -> Data {
        var status = stat()
        if stat(path, &status) != 0 {
            switch errno {
            case ELOOP: throw ArticleError(location: path, reason: .unreadable("it is a loop of symbolic links"))
            case EACCES: throw ArticleError(location: path, reason: .unreadable("permission denied"))
            default: throw ArticleError(location: path, reason: .missing)
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw ArticleError(location: path, reason: .isFolder)
        // Opening a pipe blocks until a writer comes: refuse it rather than wait for ever.
        case S_IFIFO, S_IFSOCK: throw ArticleError(location: path, reason: .unreadable("it is a pipe, not a file"))
        default: break
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maximumBytes { throw ArticleError(location: path, reason: .tooLarge(limit: maximumBytes)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let why = FileManager.default.isReadableFile(atPath: path) ? "it could not be opened" : "permission denied"
            throw ArticleError(location: path, reason: .unreadable(why))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes { throw ArticleError(location: path, reason: .tooLarge(limit: maximumBytes)) }
            return data
        } catch let error as ArticleError {
            throw error
        } catch {
            throw ArticleError(location: path, reason: .unreadable(systemReason(error)))
        }
    }
}
