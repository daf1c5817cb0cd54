import Foundation
import Synchronization

/// Temporary output files currently being written, so an interrupted run (Ctrl-C) can remove them on its way out
/// and leave the build folder as it was.
public enum TemporaryFiles {
    private static let files = Mutex<Set<String>>([])

    static func register(_ url: URL) { files.withLock { _ = $0.insert(url.path) } }

    static func unregister(_ url: URL) { files.withLock { _ = $0.remove(url.path) } }

    /// Removes every registered temporary file (from a signal handler's queue, before exiting).
    public static func removeAll() {
        let paths = files.withLock { files in
            defer { files.removeAll() }
            return files
        }
        for path in paths { unlink(path) }
    }

    /// Removes temporary files a killed run left in `folder` (hidden `.episode.*.tmp` and friends).
    static func removeStale(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            // `.name.ext.<pid>.<id>.tmp`: leave files of processes still running alone.
            if parts.count >= 4, let pid = Int32(parts[parts.count - 3]), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
