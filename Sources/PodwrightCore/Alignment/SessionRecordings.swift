public import Foundation

/// Long recordings in the takes folder that `podwright split` cuts into segment takes: files named
/// `session-*.<ext>` or `<section-id>.<ext>` (a whole section read in one go).
public enum SessionRecordings {
    /// Whether `fileName` names a long recording for an episode with these section ids.
    public static func isSession(_ fileName: String, sectionIDs: Set<String>) -> Bool {
        guard let take = TakeName(fileName: fileName), take.kind == .recorded(1) else { return false }
        let stem = take.segmentID
        return stem.lowercased().hasPrefix("session-") || sectionIDs.contains(stem)
    }

    /// The long recordings in `folder`, sorted by name; none when the folder cannot be read.
    public static func find(in folder: URL, episode: Episode) -> [URL] {
        let sections = Set(episode.sections.map(\.id))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && isSession($0, sectionIDs: sections) }.map {
            folder.appendingPathComponent($0)
        }
    }

    /// The label track `split` writes for `recording`: `EP/build/split-<name>.labels.txt`.
    public static func labels(for recording: URL, in folder: EpisodeFolder) -> URL {
        folder.build.appendingPathComponent("split-\(recording.deletingPathExtension().lastPathComponent).labels.txt")
    }

    /// The report `split` writes for `recording`: `EP/build/split-<name>.json`.
    public static func report(for recording: URL, in folder: EpisodeFolder) -> URL {
        folder.build.appendingPathComponent("split-\(recording.deletingPathExtension().lastPathComponent).json")
    }

    /// The long recordings `split` has not cut yet (no label track newer than the recording).
    public static func unsplit(in takes: URL, folder: EpisodeFolder, episode: Episode) -> [URL] {
        find(in: takes, episode: episode).filter { recording in
            let labels = labels(for: recording, in: folder)
            guard
                let labelled = (try? FileManager.default.attributesOfItem(atPath: labels.path))?[.modificationDate]
                    as? Date,
                let recorded = (try? FileManager.default.attributesOfItem(atPath: recording.path))?[.modificationDate]
                    as? Date
            else { return true }
            return labelled < recorded
        }
    }

    /// The hint `align` and `assemble` print for a recording not yet split.
    public static func hint(for recording: URL, episodePath: String) -> String {
        "takes/\(recording.lastPathComponent) looks like a long recording of several segments: run "
            + "`podwright split \(episodePath)` to cut it into segment takes"
    }
}
