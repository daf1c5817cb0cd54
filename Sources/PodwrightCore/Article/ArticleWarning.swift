/// Something a reader forgave or could not find in an article: the article is still usable, but the producer
/// should know. The library reports these as values; the command line words them.
public enum ArticleWarning: Codable, Equatable, Hashable, Sendable {
    /// Neither the page's metadata nor its text gives a publication date: anything dated from the article (the
    /// RSS item, the MP3 tag) needs a date given, or it would silently say today.
    case noDate
}
