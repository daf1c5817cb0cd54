import Foundation

/// A one-line progress display on standard error, shown only when standard error is a terminal.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var lastLength = 0

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Replaces the line with `text`.
    func update(_ text: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let padding = String(repeating: " ", count: max(0, lastLength - text.count))
        FileHandle.standardError.write(Data("\r\(text)\(padding)".utf8))
        lastLength = text.count
    }

    /// Clears the line.
    func finish() {
        guard enabled, lastLength > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\(String(repeating: " ", count: lastLength))\r".utf8))
        lastLength = 0
    }
}

/// With `PODWRIGHT_TIMING` set, prints how long each stage took (for Scripts/bench and tuning).
final class StageTimer: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var current: (name: String, start: Date)?

    init(enabled: Bool) { self.enabled = enabled }

    func enter(_ name: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if current?.name == name { return }
        if let current {
            let seconds = Date().timeIntervalSince(current.start)
            var line = String(format: "timing: %@ %.2f s", current.name, seconds)
            if let peak = Self.peakMemory() { line += ", peak memory so far \(peak)" }
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
        current = (name, Date())
    }

    /// The process's peak resident memory (Linux's `VmHWM`), as printed there.
    private static func peakMemory() -> String? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces)
    }
}
