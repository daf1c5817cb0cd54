public import Foundation

/// Writes files so that a failed run leaves the previous file intact: write a temporary file beside it, then rename.
public enum AtomicFile {
    /// Writes `data` to `url` atomically, creating the parent folder when needed.
    /// - Throws: ``AtomicFileError`` naming the file when the folder or file cannot be written.
    public static func write(_ data: Data, to url: URL) throws(AtomicFileError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFileError(path: url.path, reason: "cannot create the folder \(folder.path)")
        }
        let temporary = temporaryURL(for: url)
        // Written directly (FileManager.createFile would add its own hidden temporary, which a kill leaves behind).
        do { try FileSystemCalls.create(temporary, contents: data) } catch {
            throw AtomicFileError(path: url.path, reason: "cannot write in \(folder.path) (\(error.reason))")
        }
        try commit(temporary, to: url)
    }

    /// Writes `text` as UTF-8 to `url` atomically.
    public static func write(_ text: String, to url: URL) throws(AtomicFileError) {
        try write(Data(text.utf8), to: url)
    }

    /// A hidden temporary file name beside `url`, unique to this process and call.
    public static func temporaryURL(for url: URL) -> URL {
        let name =
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).tmp"
        return url.deletingLastPathComponent().appendingPathComponent(name)
    }

    /// Moves a finished temporary file over `url` in one rename, removing the temporary file if that fails.
    public static func commit(_ temporary: URL, to url: URL) throws(AtomicFileError) {
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw AtomicFileError(path: url.path, reason: "cannot replace it: \(reason)")
        }
    }
}

/// A file that could not be written.
public struct AtomicFileError: Error, CustomStringConvertible, Equatable {
    /// The file that was to be written.
    public var path: String
    /// Why it failed, for a producer.
    public var reason: String

    public var description: String { "\(path): \(reason)" }
}
