public import Foundation

/// Several files of one folder replaced together: each is written to a temporary name first; ``commit()`` writes a
/// journal naming every rename, performs them, and removes the journal. A run killed between two renames leaves the
/// journal, and the next run on the episode (``EpisodeRecovery``) completes the renames before it reads anything, so
/// the files never stay a mix of two runs.
///
/// Each file is swapped into place (`renameat2(RENAME_EXCHANGE)`, which on ext4 never waits for the file system's
/// journal as a rename over a file can, for milliseconds), so the steps follow each other within microseconds and
/// the moment a reader could see a mix is as short as it can be; Ctrl-C waits for them
/// (``TemporaryFiles/committing(_:_:)``).
public final class FileSetCommit {
    /// The journal's name in the folder.
    public static let journalName = ".podwright-commit"

    /// The folder the files are in.
    public let folder: URL
    private var renames: [(temporary: String, final: String)] = []

    public init(folder: URL) { self.folder = folder }

    /// Writes `data` to a temporary file beside `name` and adds it to the set.
    /// - Throws: ``AtomicFileError`` naming the final file (a full disk, a read-only folder).
    public func stage(_ data: Data, as name: String) throws(AtomicFileError) {
        let final = folder.appendingPathComponent(name)
        let temporary = AtomicFile.temporaryURL(for: final)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        do { try FileSystemCalls.create(temporary, contents: data) } catch {
            discard()
            throw AtomicFileError(path: final.path, reason: error.reason)
        }
        add(temporary, as: name)
    }

    /// Adds a finished temporary file in ``folder`` to the set.
    public func add(_ temporary: URL, as name: String) {
        TemporaryFiles.register(temporary)
        renames.append((temporary.lastPathComponent, name))
    }

    /// Removes the staged temporary files; nothing is replaced.
    public func discard() {
        removeStaged()
        for entry in renames { TemporaryFiles.unregister(folder.appendingPathComponent(entry.temporary)) }
        renames = []
    }

    private func removeStaged() {
        for entry in renames { unlink(folder.appendingPathComponent(entry.temporary).path) }
    }

    /// Puts every staged file in place under its final name, journalled.
    /// - Throws: ``AtomicFileError`` when the journal cannot be written (nothing is replaced then).
    public func commit() throws(AtomicFileError) {
        let journal = folder.appendingPathComponent(Self.journalName)
        let staged = renames.map { folder.appendingPathComponent($0.temporary) }
        let text = zip(renames, staged).map { entry, url in
            "\(entry.temporary)\t\(entry.final)\t\(FileSystemCalls.inode(of: url) ?? 0)\n"
        }.joined()
        try TemporaryFiles.committing(staged) { () throws(AtomicFileError) in
            do throws(AtomicFileError) { try AtomicFile.write(text, to: journal) } catch {
                removeStaged()
                renames = []
                throw error
            }
            for (entry, url) in zip(renames, staged) {
                Self.putInPlace(url, folder.appendingPathComponent(entry.final))
            }
            unlink(journal.path)
        }
        // The temporary names now hold the replaced files.
        for url in staged { unlink(url.path) }
        renames = []
    }

    /// Swaps `temporary` with `final` (one `renameat2(RENAME_EXCHANGE)`: the old file is then at the temporary
    /// name, and no file is freed inside the step), or renames it where there is no file yet or the file system
    /// cannot exchange. On ext4 a rename over a file can wait milliseconds for the journal, an exchange does not, so
    /// the steps of a set follow each other within microseconds and a kill rarely falls between two of them.
    private static func putInPlace(_ temporary: URL, _ final: URL) {
        // Never a folder: it would be left under the temporary name, which the next run removes.
        if FileSystemCalls.isFolder(final) || FileSystemCalls.exchange(temporary, final) != 0 {
            rename(temporary.path, final.path)
        }
    }

    /// Completes the journal a killed run left in `folder`, if any: every file of the set not yet in place (its
    /// final name is not the staged file, known by its inode) is put there, the replaced files are removed, then the
    /// journal.
    static func replay(_ folder: URL) {
        let journal = folder.appendingPathComponent(journalName)
        guard let text = try? String(contentsOf: journal, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 2 || parts.count == 3, !parts[0].contains("/"), !parts[1].contains("/") else {
                continue
            }
            let temporary = folder.appendingPathComponent(parts[0])
            let final = folder.appendingPathComponent(parts[1])
            let staged = parts.count == 3 ? UInt64(parts[2]) : nil
            if let staged, staged != 0 {
                if FileSystemCalls.inode(of: final) != staged, FileSystemCalls.inode(of: temporary) == staged {
                    rename(temporary.path, final.path)
                }
                unlink(temporary.path)
            } else if FileManager.default.fileExists(atPath: temporary.path) {
                rename(temporary.path, final.path)
            }
        }
        unlink(journal.path)
    }
}
