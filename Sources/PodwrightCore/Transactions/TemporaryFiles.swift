public import Foundation
import Synchronization

/// Temporary outputs currently being written (files and staging folders), so an interrupted run (Ctrl-C) can remove
/// them on its way out and leave the episode folder as it was.
///
/// An interruption never stops a commit half-way: ``committing(_:_:)`` and ``removeAll()`` take the same lock, so
/// Ctrl-C during the renames that put a run's outputs in place waits for them (a few milliseconds), and a commit
/// that would start after Ctrl-C never starts.
public enum TemporaryFiles {
    private struct State {
        var paths: Set<String> = []
        var interrupted = false
    }

    private static let state = Mutex(State())

    /// Notes a temporary file or folder to remove if the run is interrupted.
    public static func register(_ url: URL) { state.withLock { _ = $0.paths.insert(url.path) } }

    /// Forgets a temporary file or folder (it was renamed into place or removed).
    public static func unregister(_ url: URL) { state.withLock { _ = $0.paths.remove(url.path) } }

    /// Runs `body`, the renames that put staged outputs in place, as one step an interruption cannot split: from
    /// here on `staged` are no longer removed on Ctrl-C (they are becoming the outputs), and Ctrl-C waits until
    /// `body` has finished. After Ctrl-C this never returns: the run is exiting, and nothing is put in place.
    /// - Parameters:
    ///   - staged: The temporary files or folders that `body` renames into place.
    ///   - body: The renames; it must not call back into `TemporaryFiles`.
    public static func committing<Failure: Error>(
        _ staged: [URL], _ body: () throws(Failure) -> Void
    ) throws(Failure) {
        let started = try state.withLock { (state) throws(Failure) -> Bool in
            guard !state.interrupted else { return false }
            for url in staged { state.paths.remove(url.path) }
            try body()
            return true
        }
        if !started {
            // The interrupt handler has removed this run's temporary files and is about to exit(130).
            while true { pause() }
        }
    }

    /// Removes every registered temporary file and folder (from a signal handler's queue, before exiting), after
    /// any commit in progress has finished; no commit starts afterwards.
    public static func removeAll() {
        let registered = state.withLock { state in
            state.interrupted = true
            defer { state.paths.removeAll() }
            return state.paths
        }
        for path in registered { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Removes temporary files a killed run left in `folder` (hidden `.episode.*.tmp` and friends).
    public static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            // `.name.ext.<pid>.<id>.tmp`: leave files of processes still running alone.
            if parts.count >= 4, let pid = Int32(parts[parts.count - 3]), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
