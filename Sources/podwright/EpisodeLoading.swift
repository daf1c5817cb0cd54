import Foundation
import PodwrightCore

/// Reads the episode of a folder for the audio commands.
enum EpisodeLoading {
    /// The episode in `folder`: from `script.md` when it was edited after `episode.json` was written, else from the
    /// manifest (``EpisodeStore/load(_:)``).
    static func load(_ folder: EpisodeFolder) throws -> Episode {
        do {
            return try EpisodeStore.load(folder)
        } catch {
            throw ValidationFailure("\(error)")
        }
    }
}

/// A one-line error for the CLI.
struct ValidationFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
