import Foundation

/// The few file-system calls the transactions need that Foundation does not offer.
enum FileSystemCalls {
    private typealias RenameAt2 =
        @convention(c) (
            Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32

    /// glibc's `renameat2` (Linux 3.15+, glibc 2.28+), looked up at run time: Swift's Glibc module does not declare
    /// it (it sits behind `_GNU_SOURCE`). `nil` where the C library lacks it.
    private static let renameAt2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Swaps two paths in one atomic step (`RENAME_EXCHANGE`). Returns 0, or the `errno` (EINVAL where the file
    /// system cannot exchange, ENOSYS without `renameat2`).
    static func exchange(_ first: URL, _ second: URL) -> Int32 {
        guard let renameAt2 else { return ENOSYS }
        let exchangeFlag: UInt32 = 2  // RENAME_EXCHANGE in <linux/fs.h>
        return renameAt2(AT_FDCWD, first.path, AT_FDCWD, second.path, exchangeFlag) == 0 ? 0 : errno
    }

    /// The device a path lives on, or `nil` when it does not exist.
    static func device(of url: URL) -> UInt64? {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return nil }
        return UInt64(status.st_dev)
    }

    /// The inode number of a path (not following a symbolic link at the end), or `nil` when it does not exist.
    static func inode(of url: URL) -> UInt64? {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return nil }
        return UInt64(status.st_ino)
    }

    /// Whether the path exists and is a folder (not following a symbolic link at the end).
    static func isFolder(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The operating system's words for an `errno`.
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Writes `data` to a new file at `url` (which must not exist), reporting the system's reason on failure.
    static func create(_ url: URL, contents data: Data) throws(AtomicFileError) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicFileError(path: url.path, reason: "cannot be created: \(describe(errno))")
        }
        defer { close(descriptor) }
        var failure: Int32 = 0
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 {
            unlink(url.path)
            throw AtomicFileError(path: url.path, reason: "cannot be written: \(describe(failure))")
        }
    }

    /// Recreates the tree at `source` inside `destination` with hard links (no data copied), copying a file only
    /// where the file system refuses links. Names for which `skip` is true are left out, at the top level only.
    static func linkTree(_ source: URL, into destination: URL, skip: (String) -> Bool) throws(AtomicFileError) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: source.path) else { return }
        for name in names where !skip(name) {
            let from = source.appendingPathComponent(name)
            let to = destination.appendingPathComponent(name)
            if manager.fileExists(atPath: to.path) { continue }
            if isFolder(from) {
                do { try manager.createDirectory(at: to, withIntermediateDirectories: false) } catch {
                    throw AtomicFileError(path: to.path, reason: "cannot be created (is the disk full?)")
                }
                try linkTree(from, into: to, skip: { _ in false })
            } else if link(from.path, to.path) != 0 {
                do { try manager.copyItem(at: from, to: to) } catch {
                    throw AtomicFileError(path: to.path, reason: "cannot be kept in the new build (is the disk full?)")
                }
            }
        }
    }
}
