public import Foundation
public import PodwrightCore

/// The takes chosen for an episode: one per segment, from the files in the takes folder.
///
/// The highest recorded take wins unless the script pins one; a scratch take is used only when no recording
/// exists. Files that match no segment become warnings with the nearest segment id, since a mistyped id is the
/// commonest mistake.
public struct TakeCatalog: Sendable {
    /// The chosen take per segment id.
    public var chosen: [String: TakeFile]
    /// Segment ids with no usable take, in episode order, with why.
    public var missing: [MissingTake]
    /// Things a producer should know that do not stop the run.
    public var warnings: [AssemblyWarning]

    /// A segment without a take.
    public struct MissingTake: Equatable, Sendable, CustomStringConvertible {
        /// The segment id.
        public var segmentID: String
        /// Why: nothing recorded, or the pinned take is absent.
        public var detail: String?

        public var description: String { detail.map { "\(segmentID) (\($0))" } ?? segmentID }
    }

    /// Scans `folder` and chooses a take for every segment of `episode`.
    /// - Parameters:
    ///   - episode: the script, whose segment ids name the takes.
    ///   - folder: the takes folder; a folder that does not exist holds no takes.
    /// - Throws: ``AssemblyError/takesFolderUnreadable(_:reason:)`` when the folder exists but cannot be listed, and
    ///   ``AssemblyError/ambiguousTakes(segment:files:)`` when two files claim the same take of one segment.
    public init(episode: Episode, folder: URL) throws(AssemblyError) {
        let names: [String]
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .takesFolderUnreadable(folder.path, reason: "it is not a folder") }
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
                throw .takesFolderUnreadable(
                    folder.path, reason: code.map { String(cString: strerror(Int32($0))) } ?? "permission denied")
            }
        } else {
            names = []
        }
        try self.init(episode: episode, files: names.map { folder.appendingPathComponent($0) })
    }

    /// Chooses takes from a list of files (the folder listing).
    public init(episode: Episode, files: [URL]) throws(AssemblyError) {
        let ids = Set(episode.segments.map(\.id))
        var byID: [String: [TakeFile]] = [:]
        var warnings: [AssemblyWarning] = []
        for url in files {
            let name = url.lastPathComponent
            if name.hasPrefix(".") { continue }
            guard let take = TakeFile(url: url) else {
                let ext = url.pathExtension.lowercased()
                if TakeFile.unreadableAudioExtensions.contains(ext) {
                    // A recording of a segment must never be replaced by the scratch voice without a word.
                    let stem = String(name.prefix { $0 != "." })
                    if ids.contains(stem) {
                        throw .unreadableTake(
                            segment: stem, file: "takes/\(name)",
                            reason: ".\(ext) files cannot be read; convert it to WAV or FLAC "
                                + "(ffmpeg -i \(name) \(stem).wav)")
                    }
                    warnings.append(.unreadableTakeFormat(file: "takes/\(name)", extension: ext))
                }
                continue
            }
            guard ids.contains(take.segmentID) else {
                warnings.append(
                    .unmatchedTake(
                        file: "takes/\(take.name)",
                        suggestion: Self.suggestedName(for: take, ids: episode.segments.map(\.id))))
                continue
            }
            byID[take.segmentID, default: []].append(take)
        }
        var chosen: [String: TakeFile] = [:]
        var missing: [MissingTake] = []
        for segment in episode.segments {
            let takes = byID[segment.id] ?? []
            try Self.rejectDuplicates(takes, segment: segment.id)
            let recorded = takes.filter { $0.number != nil }.sorted { $0.number! < $1.number! }
            if let pin = segment.take {
                if let take = recorded.first(where: { $0.number == pin }) {
                    chosen[segment.id] = take
                } else {
                    let found = recorded.compactMap(\.number).map(String.init).joined(separator: ", ")
                    let detail = "take \(pin) is pinned in the script" + (found.isEmpty ? "" : "; found take \(found)")
                    missing.append(MissingTake(segmentID: segment.id, detail: detail))
                }
            } else if let best = recorded.last ?? takes.first(where: { $0.kind == .scratch }) {
                chosen[segment.id] = best
            } else {
                missing.append(MissingTake(segmentID: segment.id, detail: nil))
            }
        }
        self.chosen = chosen
        self.missing = missing
        self.warnings = warnings
    }

    private static func rejectDuplicates(_ takes: [TakeFile], segment: String) throws(AssemblyError) {
        var seen: [TakeFile.Kind: TakeFile] = [:]
        for take in takes {
            if let other = seen[take.kind] {
                throw .ambiguousTakes(segment: segment, files: [other.name, take.name])
            }
            seen[take.kind] = take
        }
    }
}
