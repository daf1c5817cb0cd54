import Foundation
import PodwrightAudio
import PodwrightCore
import PodwrightImage

/// The artwork of a show and its episodes, prepared with the image library, for the feed, the pages and the tag.
enum CoverArt {
    /// The show's artwork (`show.json` → `artwork`, relative to the file), prepared into the show's `build/`.
    /// - Returns: `nil` when the show names none.
    /// - Throws: ``ImageError`` when the file is missing or not an image.
    static func show(_ show: Show, file: URL) throws -> Artwork? {
        guard let source = show.artworkFile(relativeTo: file) else { return nil }
        return try ArtworkPreparer.show(
            source, into: file.deletingLastPathComponent().appendingPathComponent("build", isDirectory: true))
    }

    /// The episode's own artwork from the article's image, prepared into its `build/`; `nil` (with a warning) when
    /// the article has none usable, so the show artwork stands in.
    static func episode(_ episode: Episode, in folder: EpisodeFolder, warn: (String) -> Void) async -> Artwork? {
        do {
            guard let file = try await ArticleImage.file(for: episode, in: folder) else { return nil }
            return try ArtworkPreparer.episode(file, into: folder.build)
        } catch {
            warn("\(error); the show artwork stands in for the episode's")
            return nil
        }
    }

    /// The picture for an MP3's tag: the episode's artwork, else the show's, as a JPEG of 1400 pixels.
    static func picture(for episode: Episode, in folder: EpisodeFolder, warn: (String) -> Void) async -> ID3Picture? {
        let own = await self.episode(episode, in: folder, warn: warn)
        var artwork = own
        if artwork == nil, let file = ShowFolder.showFile(for: folder) {
            do {
                artwork = try show(try Show.load(from: file), file: file)
            } catch {
                warn("\(error); the MP3 has no cover picture")
            }
        }
        guard let artwork else { return nil }
        do {
            return ID3Picture(
                mimeType: "image/jpeg", data: try ArtworkPreparer.tagPicture(artwork, into: folder.build))
        } catch {
            warn("\(error); the MP3 has no cover picture")
            return nil
        }
    }
}
