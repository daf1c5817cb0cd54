public import Foundation

/// One run at a time on an episode folder: an exclusive `flock` on the folder itself, held until the process ends
/// (the kernel releases it even after `kill -9`; no lock file is left to clean up). A second run waits for the first,
/// then sees its finished outputs; it never interleaves with it.
public final class EpisodeLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Takes the folder's lock, waiting for another run to finish, then completes or removes whatever a killed run
    /// left (``EpisodeRecovery``).
    /// - Parameters:
    ///   - folder: The episode folder.
    ///   - timeout: Seconds to wait before giving up.
    ///   - waiting: Called once when the lock is busy, before waiting.
    /// - Returns: The lock, or a lock that holds nothing when the folder does not exist yet.
    /// - Throws: ``EpisodeLockError`` when the other run does not finish in time.
    public static func acquire(
        _ folder: EpisodeFolder, timeout: TimeInterval = 600, waiting: () -> Void = {}
    ) throws(EpisodeLockError) -> EpisodeLock {
        let descriptor = open(folder.url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return EpisodeLock(descriptor: -1) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            let deadline = Date().addingTimeInterval(timeout)
            while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                if Date() > deadline {
                    close(descriptor)
                    throw EpisodeLockError(folder: folder.url.path, seconds: Int(timeout))
                }
                usleep(100_000)
            }
        }
        EpisodeRecovery.recover(folder)
        return EpisodeLock(descriptor: descriptor)
    }
}

/// Another run kept the episode folder locked for longer than a run waits.
public struct EpisodeLockError: Error, CustomStringConvertible, Equatable {
    /// The episode folder.
    public var folder: String
    /// How long this run waited.
    public var seconds: Int

    public var description: String {
        "\(folder): another podwright run is still working on this episode after \(seconds) s; wait for it to "
            + "finish or stop it, then run the command again"
    }
}
