import Foundation

extension EpisodeStore {
    /// Pins take `take` of a segment in the folder's `script.md` (`[take N]` under its text), the way `check` writes
    /// the script: under the folder's lock, re-read and patched line by line (every other byte kept), checked by
    /// parsing it again, and written atomically. When the file changes between the read and the rename (an editor
    /// saving), the patch is made again on the new text, so an edit made meanwhile is never lost.
    /// - Parameters:
    ///   - take: The take number (1, 2, …).
    ///   - segmentID: The segment's id.
    ///   - folder: The episode folder.
    /// - Returns: Whether the script changed (`false` when the take was pinned already).
    /// - Throws: ``EpisodeStoreError`` when the script cannot be read or written, has errors, or lacks the segment.
    @discardableResult
    public static func pinTake(
        _ take: Int, of segmentID: String, in folder: EpisodeFolder
    ) throws(EpisodeStoreError) -> Bool {
        let lock: EpisodeLock
        do { lock = try EpisodeLock.acquire(folder, timeout: 15) } catch {
            throw .unreadable(folder.script.path, error.description)
        }
        defer { withExtendedLifetime(lock) {} }
        for _ in 0..<5 {
            let text = try readScriptText(folder)
            let result = ScriptParser.parse(text, file: folder.script.path)
            if result.hasErrors { throw .scriptProblems(result.errors) }
            guard let before = result.episode.segments.first(where: { $0.id == segmentID }) else {
                throw .unreadable(folder.script.path, "has no segment “\(segmentID)” (was it renamed or deleted?)")
            }
            if before.take == take { return false }
            guard let patched = ScriptStamper.pinning(take: take, of: segmentID, parsed: result, in: text) else {
                throw .unreadable(folder.script.path, "has no cue for segment “\(segmentID)”")
            }
            // The patch must change that one take and nothing else the script means.
            var expected = result.episode
            if let index = expected.segments.firstIndex(where: { $0.id == segmentID }) {
                expected.segments[index].take = take
            }
            let check = ScriptParser.parse(patched, file: folder.script.path)
            guard !check.hasErrors, check.episode == expected else {
                throw .unreadable(
                    folder.script.path,
                    "could not place [take \(take)] under segment \(segmentID) safely; write it by hand under the "
                        + "segment's text")
            }
            let temporary = AtomicFile.temporaryURL(for: folder.script)
            do { try FileSystemCalls.create(temporary, contents: Data(patched.utf8)) } catch { throw .write(error) }
            // Someone saved the script since it was read: patch their version instead.
            guard (try? readScriptText(folder)) == text else {
                unlink(temporary.path)
                continue
            }
            do { try AtomicFile.commit(temporary, to: folder.script) } catch { throw .write(error) }
            return true
        }
        throw .unreadable(folder.script.path, "keeps changing while the take is pinned; try again in a moment")
    }
}
