import Foundation

/// Asks espeak-ng how it would say some words, as phoneme mnemonics (`espeak-ng -q -x`): the rules it uses for
/// names and numbers are far better than anything we would write, and the scratch voice already depends on it.
struct EspeakPhonemes: Sendable {
    /// The espeak-ng executable.
    var executable: URL
    /// The espeak-ng voice whose rules to use.
    var voice = "en-us"

    /// espeak-ng on the `PATH` (or `PODWRIGHT_ESPEAK`).
    static var installed: EspeakPhonemes {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["PODWRIGHT_ESPEAK"] { return EspeakPhonemes(executable: URL(fileURLWithPath: path)) }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        let found = folders.map { URL(fileURLWithPath: $0).appendingPathComponent("espeak-ng") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return EspeakPhonemes(executable: found ?? URL(fileURLWithPath: "/usr/bin/espeak-ng"))
    }

    /// The phoneme mnemonics for each of `texts`, in order; `nil` for all when espeak-ng cannot be run.
    ///
    /// One espeak-ng run for the lot: each text on its own line of a temporary file, answered a line each.
    func mnemonics(for texts: [String]) -> [String]? {
        guard !texts.isEmpty else { return [] }
        // A full stop ends each line as a sentence, so espeak-ng answers line by line; stops inside a text would
        // split it, so they become spaces.
        let lines = texts.map { text in
            String(text.map { ".!?;:\n".contains($0) ? " " : $0 }) + "."
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-espeak-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        guard FileManager.default.createFile(atPath: file.path, contents: Data(lines.joined(separator: "\n").utf8))
        else { return nil }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-q", "-x", "-v", voice, "-f", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let answers = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return answers.count == texts.count ? answers : nil
    }
}
