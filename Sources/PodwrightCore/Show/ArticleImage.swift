public import Foundation

/// The article's own image (``Episode/image``) as a local file: a path as it is (relative to the episode folder),
/// an http(s) address downloaded once into `build/article-image`, within the article fetcher's limits.
public enum ArticleImage {
    /// Where a downloaded image is kept.
    public static func cache(in folder: EpisodeFolder) -> URL { folder.build.appendingPathComponent("article-image") }

    /// The local file for the episode's image, or `nil` when the article has none.
    /// - Throws: ``ArticleError`` when the download fails, ``AtomicFileError`` when it cannot be kept.
    public static func file(for episode: Episode, in folder: EpisodeFolder) async throws -> URL? {
        guard let image = episode.image?.trimmingCharacters(in: .whitespacesAndNewlines), !image.isEmpty else {
            return nil
        }
        let scheme = URL(string: image)?.scheme?.lowercased()
        guard scheme == "http" || scheme == "https", let url = URL(string: image) else {
            let path = image.hasPrefix("file://") ? String(image.dropFirst("file://".count)) : image
            return path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.url.appendingPathComponent(path)
        }
        let cached = cache(in: folder)
        let marker = cached.appendingPathExtension("source")
        // The same address as last time: the image is not fetched again.
        if FileManager.default.fileExists(atPath: cached.path),
            (try? String(contentsOf: marker, encoding: .utf8)) == image
        {
            return cached
        }
        let download = try ArticleFetcher(limits: .standard).fetch(url.absoluteString, location: image)
        try AtomicFile.write(download.data, to: cached)
        try AtomicFile.write(image, to: marker)
        return cached
    }
}
