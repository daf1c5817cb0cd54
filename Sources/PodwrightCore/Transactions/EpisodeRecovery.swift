import Foundation

/// What a killed run can leave in an episode folder, put right by the next run (under ``EpisodeLock``) before it
/// reads anything: an unfinished ``FileSetCommit`` is completed, a half-swapped ``FolderReplacement`` is rolled
/// back, and staging folders and temporary files are removed.
public enum EpisodeRecovery {
    /// Recovers `folder`, its `build/` and `build/notes/`.
    public static func recover(_ folder: EpisodeFolder) {
        for place in [folder.url, folder.build, folder.notes] {
            FileSetCommit.replay(place)
            cleanUp(place)
        }
    }

    private static func cleanUp(_ place: URL) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: place.path) else { return }
        let oldMarker = FolderReplacement.stagingMarker + "old-"
        for name in names where name.hasPrefix(oldMarker) {
            // Killed between moving the old folder aside and the new one in: put the old one back.
            let original = String(
                name.dropFirst(oldMarker.count).split(separator: ".").dropLast().joined(separator: "."))
            let target = place.appendingPathComponent(original)
            if !original.isEmpty, !manager.fileExists(atPath: target.path) {
                rename(place.appendingPathComponent(name).path, target.path)
            }
        }
        for name in names where FolderReplacement.isLeftover(name) && name != FileSetCommit.journalName {
            try? manager.removeItem(at: place.appendingPathComponent(name))
        }
    }
}
