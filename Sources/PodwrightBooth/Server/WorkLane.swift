import Foundation

/// A few threads of the booth's own for work that blocks — writing and syncing files, decoding and measuring a take,
/// the recogniser — so that none of it runs on Swift's cooperative threads (two on a two-core machine), which also
/// serve the page. At most ``width`` jobs run at once; the rest wait their turn, a take just recorded before the
/// backlog of takes from before the session.
///
/// The threads keep the ordinary scheduling priority: on Linux a `nice` thread passes its niceness on to every
/// thread created from it, and libdispatch creates its workers — the cooperative threads among them — from the
/// thread that wakes them, which here is the lane's thread resuming the waiting task.
final class WorkLane: @unchecked Sendable {
    /// Which jobs run first.
    enum Priority: Sendable {
        /// Someone is waiting for it: a take just uploaded.
        case now
        /// Background work: the takes already in the folder when the booth started.
        case later
    }

    /// How many jobs run at once.
    let width: Int
    /// A lane whose urgent jobs go first: while it has some waiting, this lane starts none.
    private let yielding: WorkLane?
    private let condition = NSCondition()
    private var urgent: [@Sendable () -> Void] = []
    private var background: [@Sendable () -> Void] = []
    private var urgentNext = 0
    private var backgroundNext = 0

    /// Starts `width` threads named `name`; while `other` has urgent jobs waiting, none of this lane's start.
    init(_ name: String, width: Int, yieldingTo other: WorkLane? = nil) {
        self.width = max(1, width)
        self.yielding = other
        for index in 0..<self.width {
            let thread = Thread { [self] in self.serve() }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    /// Runs `work` on one of the lane's threads, after the jobs before it of the same or a higher priority.
    /// - Returns: What `work` returned.
    func run<T: Sendable>(_ priority: Priority = .now, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            enqueue(priority) { continuation.resume(returning: work()) }
        }
    }

    /// How many jobs wait (not counting the running ones).
    var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return urgent.count - urgentNext + background.count - backgroundNext
    }

    /// How many urgent jobs wait.
    var urgentWaiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return urgent.count - urgentNext
    }

    private func enqueue(_ priority: Priority, _ job: @escaping @Sendable () -> Void) {
        condition.lock()
        switch priority {
        case .now: urgent.append(job)
        case .later: background.append(job)
        }
        condition.signal()
        condition.unlock()
    }

    /// Whether the other lane has urgent jobs waiting. Kept out of line: inlined into ``serve()``'s loop, it sent
    /// the release build's loop-invariant code motion into minutes of work (Swift 6.3).
    @inline(never)
    private func mustYield() -> Bool {
        guard let yielding else { return false }
        return yielding.urgentWaiting > 0
    }

    private func serve() {
        while true {
            condition.lock()
            while urgentNext == urgent.count && backgroundNext == background.count { condition.wait() }
            // The other lane's urgent jobs first: look again in a moment (the other lane does not wake this one).
            if mustYield() {
                _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
                condition.unlock()
                continue
            }
            let job: @Sendable () -> Void
            if urgentNext < urgent.count {
                job = urgent[urgentNext]
                urgentNext += 1
                if urgentNext == urgent.count {
                    urgent.removeAll(keepingCapacity: true)
                    urgentNext = 0
                }
            } else {
                job = background[backgroundNext]
                backgroundNext += 1
                if backgroundNext == background.count {
                    background.removeAll(keepingCapacity: true)
                    backgroundNext = 0
                }
            }
            condition.unlock()
            job()
        }
    }
}

extension WorkLane {
    /// Writing, syncing and naming files, and marking takes in the script: it mostly waits on the disk, so a few at
    /// once.
    static let files = WorkLane("booth-files", width: 4)
    /// Decoding and measuring takes, what the talent waits for after a take: as many at once as there are
    /// processors (the page's requests take little and get their share).
    static let levels = WorkLane("booth-levels", width: ProcessInfo.processInfo.activeProcessorCount)
    /// The word check (the recogniser): one take at a time, and none started while takes wait to be measured, so
    /// that after a burst of uploads every take's levels come first.
    static let words = WorkLane("booth-words", width: 1, yieldingTo: levels)
}
