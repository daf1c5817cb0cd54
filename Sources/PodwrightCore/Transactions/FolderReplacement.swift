public import Foundation

/// Replaces an output folder (`build/`, `build/notes/`) as a whole or not at all.
///
/// A run writes its new files into ``staging``; ``commit()`` brings over by hard link whatever of the old folder the
/// run did not rewrite (the analysis cache, `notes/`, other formats), then swaps the staging folder and the folder in
/// one `renameat2(RENAME_EXCHANGE)`, so a reader — or a kill at any instant — sees the whole old folder or the whole
/// new one, never a mix. Where the folder is a mount point (or cannot be swapped), the new files are staged inside it
/// and committed by a journal (``FileSetCommit``) that the next run completes.
public final class FolderReplacement {
    /// The folder being replaced.
    public let target: URL
    /// Where the new contents go.
    public let staging: URL
    private let swaps: Bool
    private var finished = false

    /// Prefix of staging folders beside a target; ``EpisodeRecovery`` removes any a killed run left.
    static let stagingMarker = ".podwright-staging-"

    /// Prepares a replacement of `target` (created when missing).
    /// - Throws: ``AtomicFileError`` naming the folder when it cannot be created or written in.
    public init(replacing target: URL) throws(AtomicFileError) {
        self.target = target.standardizedFileURL
        let manager = FileManager.default
        let parent = self.target.deletingLastPathComponent()
        do { try manager.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw AtomicFileError(path: parent.path, reason: "the folder cannot be created (is it writable?)")
        }
        let name = "\(Self.stagingMarker)\(self.target.lastPathComponent).\(getpid())"
        let targetDevice = FileSystemCalls.device(of: self.target)
        swaps = targetDevice == nil || targetDevice == FileSystemCalls.device(of: parent)
        staging = swaps ? parent.appendingPathComponent(name) : self.target.appendingPathComponent(name)
        try? manager.removeItem(at: staging)
        do { try manager.createDirectory(at: staging, withIntermediateDirectories: false) } catch {
            throw AtomicFileError(
                path: self.target.path,
                reason: "cannot write in \(staging.deletingLastPathComponent().path) "
                    + "(is it writable?)")
        }
        TemporaryFiles.register(staging)
    }

    /// Puts the staged contents in place: the old folder's other entries are kept, the swap is atomic, the old
    /// folder is removed.
    /// - Parameter carrying: Which of the old folder's entries the run did not rewrite are kept (all by default).
    /// - Throws: ``AtomicFileError`` when the disk is full or the folder cannot be replaced; the old folder is then
    ///   as it was.
    public func commit(carrying: (String) -> Bool = { _ in true }) throws(AtomicFileError) {
        defer { finish() }
        // A folder mounted inside the target (an upload folder at build/notes) cannot move with it, and removing
        // the old tree would reach into it: commit file by file instead.
        if !swaps || Self.holdsMountPoint(target) { return try commitInPlace() }
        let manager = FileManager.default
        guard FileSystemCalls.isFolder(target) else {
            try TemporaryFiles.committing([staging]) { () throws(AtomicFileError) in
                if rename(staging.path, target.path) != 0 {
                    throw AtomicFileError(
                        path: target.path, reason: "cannot be created: \(FileSystemCalls.describe(errno))")
                }
            }
            return
        }
        try FileSystemCalls.linkTree(target, into: staging, skip: { Self.isLeftover($0) || !carrying($0) })
        // Ctrl-C from here waits for the swap (it no longer removes the staging folder, which becomes the build).
        var old: URL?
        try TemporaryFiles.committing([staging]) { () throws(AtomicFileError) in old = try swap() }
        if let old { try? manager.removeItem(at: old) }
    }

    /// Swaps the staging folder in; returns where the old folder now is.
    private func swap() throws(AtomicFileError) -> URL {
        let code = FileSystemCalls.exchange(staging, target)
        if code == 0 { return staging }
        guard code == EINVAL || code == ENOSYS else {
            throw AtomicFileError(path: target.path, reason: "cannot be replaced: \(FileSystemCalls.describe(code))")
        }
        // No exchange on this file system: move the old folder aside, the new one in; a run killed in between is
        // rolled back by EpisodeRecovery (the old folder is renamed back).
        let old = target.deletingLastPathComponent().appendingPathComponent(
            "\(Self.stagingMarker)old-\(target.lastPathComponent).\(getpid())")
        guard rename(target.path, old.path) == 0 else {
            throw AtomicFileError(path: target.path, reason: "cannot be replaced: \(FileSystemCalls.describe(errno))")
        }
        guard rename(staging.path, target.path) == 0 else {
            let reason = FileSystemCalls.describe(errno)
            rename(old.path, target.path)
            throw AtomicFileError(path: target.path, reason: "cannot be replaced: \(reason)")
        }
        return old
    }

    /// Drops the staged contents (a failed run); the folder stays as it was.
    public func discard() { finish() }

    deinit { finish() }

    private func finish() {
        guard !finished else { return }
        finished = true
        try? FileManager.default.removeItem(at: staging)
        TemporaryFiles.unregister(staging)
    }

    /// A mount point cannot be swapped: move each staged file next to its final name, then commit them all by one
    /// journal.
    private func commitInPlace() throws(AtomicFileError) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: staging.path)) ?? []
        let commit = FileSetCommit(folder: target)
        for name in names.sorted() {
            let temporary = AtomicFile.temporaryURL(for: target.appendingPathComponent(name))
            guard rename(staging.appendingPathComponent(name).path, temporary.path) == 0 else {
                commit.discard()
                throw AtomicFileError(
                    path: target.path, reason: "cannot be written: \(FileSystemCalls.describe(errno))")
            }
            commit.add(temporary, as: name)
        }
        try commit.commit()
    }

    /// Whether a folder directly inside `folder` is on another device (a mount point).
    static func holdsMountPoint(_ folder: URL) -> Bool {
        guard let device = FileSystemCalls.device(of: folder),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return false }
        return names.contains { name in
            let entry = folder.appendingPathComponent(name)
            return FileSystemCalls.isFolder(entry) && FileSystemCalls.device(of: entry) != device
        }
    }

    /// Hidden files a killed run may have left (temporary files, staging folders): never carried into a new build.
    static func isLeftover(_ name: String) -> Bool {
        name.hasPrefix(stagingMarker) || (name.hasPrefix(".") && name.hasSuffix(".tmp"))
            || name.hasPrefix(".dat.nosync") || name == FileSetCommit.journalName
    }
}
