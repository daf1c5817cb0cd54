import Foundation
import Synchronization
import Testing

@testable import PodwrightBooth

/// The booth's lanes for blocking work: never more jobs at once than their width, and a take just recorded before
/// the backlog of takes from before the session.
struct WorkLaneTests {
    /// What the jobs saw, shared by the lane's threads.
    final class Record: Sendable {
        private let state = Mutex<(running: Int, most: Int, order: [String])>((0, 0, []))
        func begin(_ name: String) {
            state.withLock { state in
                state.running += 1
                state.most = max(state.most, state.running)
                state.order.append(name)
            }
        }
        func end() { state.withLock { $0.running -= 1 } }
        var most: Int { state.withLock { $0.most } }
        var order: [String] { state.withLock { $0.order } }
    }

    @Test func noMoreJobsRunAtOnceThanTheLaneIsWide() async {
        let lane = WorkLane("test-width", width: 3)
        let record = Record()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                group.addTask {
                    await lane.run {
                        record.begin("\(index)")
                        usleep(20_000)
                        record.end()
                    }
                }
            }
        }
        #expect(record.order.count == 12)
        #expect(record.most == 3)
    }

    @Test func waitingJobsRunUrgentFirstEachInTheOrderGiven() async throws {
        let lane = WorkLane("test-order", width: 1)
        let record = Record()
        let gate = DispatchSemaphore(value: 0)
        // The one thread is held by a first job while the others queue behind it.
        async let first: Void = lane.run {
            record.begin("first")
            gate.wait()
        }
        while record.order.isEmpty { try await Task.sleep(nanoseconds: 1_000_000) }
        let names: [(String, WorkLane.Priority)] = [
            ("old-1", .later), ("new-1", .now), ("old-2", .later), ("new-2", .now), ("old-3", .later),
        ]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (position, (name, priority)) in names.enumerated() {
                group.addTask { await lane.run(priority) { record.begin(name) } }
                while lane.waiting < position + 1 { try await Task.sleep(nanoseconds: 1_000_000) }
            }
            gate.signal()
            try await group.waitForAll()
        }
        await first
        #expect(record.order == ["first", "new-1", "new-2", "old-1", "old-2", "old-3"])
    }

    @Test func aYieldingLaneStartsNothingWhileTheOtherHasUrgentJobsWaiting() async throws {
        let levels = WorkLane("test-levels", width: 1)
        let words = WorkLane("test-words", width: 1, yieldingTo: levels)
        let record = Record()
        let gate = DispatchSemaphore(value: 0)
        async let first: Void = levels.run {
            record.begin("level-1")
            gate.wait()
        }
        while record.order.isEmpty { try await Task.sleep(nanoseconds: 1_000_000) }
        async let second: Void = levels.run { record.begin("level-2") }
        while levels.urgentWaiting < 1 { try await Task.sleep(nanoseconds: 1_000_000) }
        async let word: Void = words.run { record.begin("words-1") }
        try await Task.sleep(nanoseconds: 300_000_000)
        #expect(record.order == ["level-1"], "the word check started while a take waited to be measured")
        gate.signal()
        _ = await (first, second, word)
        #expect(Set(record.order) == ["level-1", "level-2", "words-1"])
    }
}
