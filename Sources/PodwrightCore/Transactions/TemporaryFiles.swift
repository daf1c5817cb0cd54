public import Foundation
import Synchronization

/// Temporary outputs currently being written (files and staging folders), so an interrupted run (Ctrl-C) can remove
/// them on its way out and leave the episode folder as it was.
public enum TemporaryFiles {
    private static let paths = Mutex<Set<String>>([])

    /// Notes a temporary file or folder to remove if the run is interrupted.
    public static func register(_ url: URL) { paths.withLock { _ = $0.insert(url.path) } }

    /// Forgets a temporary file or folder (it was renamed into place or removed).
    public static func unregister(_ url: URL) { paths.withLock { _ = $0.remove(url.path) } }

    /// Removes every registered temporary file and folder (from a signal handler's queue, before exiting).
    public static func removeAll() {
        let registered = paths.withLock { paths in
            defer { paths.removeAll() }
            return paths
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
