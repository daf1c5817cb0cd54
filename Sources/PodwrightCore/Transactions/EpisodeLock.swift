public import Foundation

/// One run at a time on an episode folder: an exclusive `flock` on `EP/.podwright.lock`, held until the process
/// ends (the kernel releases it even after `kill -9`). A second run waits for the first, then sees its finished
/// outputs; it never interleaves with it.
public final class EpisodeLock: Sendable {
    /// The lock file's name in the episode folder.
    public static let fileName = ".podwright.lock"

    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Takes the folder's lock, waiting for another run to finish, then completes or removes whatever a killed run
    /// left (``EpisodeRecovery``).
    /// - Parameters:
    ///   - folder: The episode folder (it must exist).
    ///   - waiting: Called once with the other run's process id when the lock is busy, before waiting.
    ///   - timeout: Seconds to wait before giving up.
    /// - Returns: The lock, or a lock that holds nothing where the folder cannot be written at all (a read-only
    ///   folder: whatever the run then tries to write fails with its own error, and nothing can interleave).
    /// - Throws: ``EpisodeLockError`` when the other run does not finish in time.
    public static func acquire(
        _ folder: EpisodeFolder, timeout: TimeInterval = 600, waiting: (Int32?) -> Void = { _ in }
    ) throws(EpisodeLockError) -> EpisodeLock {
        let path = folder.url.appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return EpisodeLock(descriptor: -1) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting(holder(descriptor))
            let deadline = Date().addingTimeInterval(timeout)
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                if Date() > deadline {
                    close(descriptor)
                    throw EpisodeLockError(folder: folder.url.path, holder: holder(descriptor), seconds: Int(timeout))
                }
                usleep(100_000)
            }
        }
        // The holder's pid, for the message a waiting run prints.
        let pid = Data("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        EpisodeRecovery.recover(folder)
        return EpisodeLock(descriptor: descriptor)
    }

    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Another run kept the episode folder locked for longer than a run waits.
public struct EpisodeLockError: Error, CustomStringConvertible, Equatable {
    /// The episode folder.
    public var folder: String
    /// The other run's process id, when known.
    public var holder: Int32?
    /// How long this run waited.
    public var seconds: Int

    public var description: String {
        "\(folder): another podwright run\(holder.map { " (process \($0))" } ?? "") is still working on this "
            + "episode after \(seconds) s; wait for it to finish or stop it, then run the command again"
    }
}
