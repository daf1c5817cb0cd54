/// Something a reader forgave or could not find in an article: the article is still usable, but the producer
/// should know. The library reports these as values; the command line words them.
public enum ArticleWarning: Codable, Equatable, Hashable, Sendable {
    /// Neither the page's metadata nor its text gives a publication date: anything dated from the article (the
    /// RSS item, the MP3 tag) needs a date given, or it would silently say today.
    case noDate
    /// Bytes that are not valid in the encoding the file declares or was read as (`encoding`), or NUL bytes, were
    /// replaced by U+FFFD or dropped, as a browser does; `count` of them.
    case invalidBytesReplaced(count: Int, encoding: String)
}
