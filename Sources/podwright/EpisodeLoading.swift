import Foundation
import PodwrightCore

/// Reads the episode of a folder for the audio commands.
enum EpisodeLoading {
    /// The episode in `folder`, from `episode.json`.
    // TODO(script branch): switch to EpisodeStore.load(folder), which re-reads script.md after hand edits.
    static func load(_ folder: EpisodeFolder) throws -> Episode {
        guard let data = try? Data(contentsOf: folder.manifest) else {
            throw ValidationFailure("\(folder.manifest.path) cannot be read; is \(folder.url.path) an episode folder "
                + "made by `podwright script`?")
        }
        do {
            return try JSONDecoder().decode(Episode.self, from: data)
        } catch {
            throw ValidationFailure("\(folder.manifest.path) is not a valid episode manifest (\(error)); "
                + "run `podwright check` to rewrite it from script.md")
        }
    }
}

/// A one-line error for the CLI.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
