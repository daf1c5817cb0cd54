import Foundation
import PodwrightCore

/// What every command that writes into an episode folder does first: take the folder's lock (waiting for another
/// run on it, which completes or removes whatever a killed run left), and make Ctrl-C remove this run's temporary
/// files and staging folders, and a file-size limit (`ulimit -f`) read as a write error rather than a kill.
enum EpisodeRun {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    nonisolated(unsafe) private static var held: [EpisodeLock] = []

    /// Locks `folder` for this process.
    /// - Parameters:
    ///   - folder: The episode folder (must exist).
    ///   - command: The subcommand's name, for messages.
    static func begin(_ folder: EpisodeFolder, command: String) throws {
        installSignals(command: command)
        let lock = try EpisodeLock.acquire(folder) {
            FileHandle.standardError.write(
                Data("\(command): waiting for another podwright run on \(folder.url.path) to finish…\n".utf8))
        }
        held.append(lock)
    }

    private static func installSignals(command: String) {
        guard sources.isEmpty else { return }
        signal(SIGXFSZ, SIG_IGN)
        let queue = DispatchQueue(label: "podwright.signals")
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            // A queue of its own: the speech check keeps every thread of the global queue busy
            // (`concurrentPerform`), and a handler queued there waited for it to finish.
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                TemporaryFiles.removeAll()
                FileHandle.standardError.write(
                    Data("\n\(command): interrupted; what it had not finished writing was removed\n".utf8))
                exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }
}
