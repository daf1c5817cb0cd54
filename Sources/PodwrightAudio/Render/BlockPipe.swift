import Foundation

/// Hands rendered blocks from the rendering thread to the writing thread, a few at a time, so rendering and
/// limiting run on one core while encoding, metering and the waveform run on the other. Memory: `depth` blocks.
final class BlockPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var full: [[Float]] = []
    private var free: [[Float]]
    private var finished = false
    private var failure: AssemblyError?
    private var cancelled = false

    init(depth: Int, blockSamples: Int) {
        free = (0..<depth).map { _ in [Float](repeating: 0, count: blockSamples) }
    }

    /// A buffer to fill (waits while all are in flight), or `nil` when the reader has given up.
    func takeFree() -> [Float]? {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty && !cancelled { condition.wait() }
        return cancelled ? nil : free.removeLast()
    }

    /// Passes a filled buffer (its `count` is the number of samples) to the reader.
    func send(_ buffer: [Float]) {
        condition.lock()
        full.append(buffer)
        condition.signal()
        condition.unlock()
    }

    /// Ends the stream, with the producer's error if it failed.
    func finish(_ error: AssemblyError? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// The next filled buffer; `nil` at the end. Throws the producer's error.
    func receive() throws(AssemblyError) -> [Float]? {
        condition.lock()
        defer { condition.unlock() }
        while full.isEmpty && !finished { condition.wait() }
        if !full.isEmpty { return full.removeFirst() }
        if let failure { throw failure }
        return nil
    }

    /// Returns a buffer for reuse.
    func recycle(_ buffer: [Float]) {
        condition.lock()
        free.append(buffer)
        condition.signal()
        condition.unlock()
    }

    /// The reader stops early (a write failed): wake and stop the producer.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
