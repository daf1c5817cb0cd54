public import Foundation

/// Several files of one folder replaced together: each is written to a temporary name first; ``commit()`` writes a
/// journal naming every rename, performs them, and removes the journal. A run killed between two renames leaves the
/// journal, and the next run on the episode (``EpisodeRecovery``) completes the renames before it reads anything, so
/// the files never stay a mix of two runs.
///
/// The renames follow each other within a fraction of a millisecond, so the moment a reader could see a mix is as
/// short as it can be: every file they replace gets a second link first, so no rename has to free the old file's
/// blocks (on ext4 a rename over a file's last link can stall for milliseconds, which made a kill between two
/// renames likely), and the old files are removed after the last rename. Ctrl-C waits for the renames
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

    /// Renames every staged file over its final name, journalled.
    /// - Throws: ``AtomicFileError`` when the journal cannot be written (nothing is replaced then).
    public func commit() throws(AtomicFileError) {
        let journal = folder.appendingPathComponent(Self.journalName)
        let text = renames.map { "\($0.temporary)\t\($0.final)\n" }.joined()
        // A second name for each file about to be replaced (a leftover `.tmp` if the run is killed before the
        // renames, which the next run removes).
        var kept: [URL] = []
        for entry in renames {
            let final = folder.appendingPathComponent(entry.final)
            let keep = AtomicFile.temporaryURL(for: final)
            if link(final.path, keep.path) == 0 { kept.append(keep) }
        }
        defer { for url in kept { unlink(url.path) } }
        let staged = renames.map { folder.appendingPathComponent($0.temporary) }
        try TemporaryFiles.committing(staged) { () throws(AtomicFileError) in
            do throws(AtomicFileError) { try AtomicFile.write(text, to: journal) } catch {
                removeStaged()
                renames = []
                throw error
            }
            for entry in renames {
                rename(
                    folder.appendingPathComponent(entry.temporary).path, folder.appendingPathComponent(entry.final).path
                )
            }
            unlink(journal.path)
        }
        renames = []
    }

    /// Completes the journal a killed run left in `folder`, if any: every rename whose temporary file is still
    /// there is done, then the journal is removed.
    static func replay(_ folder: URL) {
        let journal = folder.appendingPathComponent(journalName)
        guard let text = try? String(contentsOf: journal, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].contains("/"), !parts[1].contains("/") else { continue }
            let temporary = folder.appendingPathComponent(parts[0])
            if FileManager.default.fileExists(atPath: temporary.path) {
                rename(temporary.path, folder.appendingPathComponent(parts[1]).path)
            }
        }
        unlink(journal.path)
    }
}
