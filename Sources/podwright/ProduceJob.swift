import Foundation
import PodwrightCore

/// One article through every stage, each a `podwright` process of its own, skipping the stages whose outputs are
/// newer than their inputs.
struct ProduceJob: Sendable {
    /// What became of one article.
    enum Outcome: Sendable {
        case produced(stages: [String])
        case upToDate
        case failed(stage: String, message: String)
    }

    var article: String
    var folder: EpisodeFolder
    var binary: URL
    var voicing: String

    func run() -> Outcome {
        var stages: [String] = []
        let path = folder.url.path
        if !FileManager.default.fileExists(atPath: folder.script.path) {
            if let failure = step("script", [article, "-o", path, "--quotes", voicing]) { return failure }
            stages.append("script")
        }
        if assemblyIsStale() {
            if let failure = step("scratch", [path, "-q"]) { return failure }
            if let failure = step("assemble", [path, "-q"]) { return failure }
            stages += ["scratch", "assemble"]
        }
        if notesAreStale() {
            if let failure = step("notes", [path, "-q"]) { return failure }
            stages.append("notes")
        }
        return stages.isEmpty ? .upToDate : .produced(stages: stages)
    }

    /// Runs `podwright STAGE ARGUMENTS`; the failure with its message, or `nil`.
    private func step(_ stage: String, _ arguments: [String]) -> Outcome? {
        let process = Process()
        process.executableURL = binary
        process.arguments = [stage] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failed(stage: stage, message: "cannot run \(binary.path): \(error)")
        }
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return nil }
        let message = String(decoding: data, as: UTF8.self).split(separator: "\n")
            .map { $0.hasPrefix("Error: ") ? String($0.dropFirst(7)) : String($0) }
            .filter { !$0.hasPrefix("warning:") && !$0.hasPrefix("Usage:") && !$0.hasPrefix("  See") }
            .joined(separator: "; ")
        return .failed(stage: stage, message: message.isEmpty ? "exit status \(process.terminationStatus)" : message)
    }

    /// Whether `timing.json` is missing or older than anything the assembly reads: the script, the manifest, the
    /// show's settings and the stings and artwork it names, any take (or the takes folder, for a take removed).
    private func assemblyIsStale() -> Bool {
        guard let made = modified(folder.timing) else { return true }
        var inputs = [folder.script, folder.manifest, folder.takes] + ShowPreset.inputs(for: folder)
        if let show = ShowFolder.showFile(for: folder) { inputs.append(show) }
        let takes = (try? FileManager.default.contentsOfDirectory(atPath: folder.takes.path)) ?? []
        inputs += takes.map { folder.takes.appendingPathComponent($0) }
        return inputs.contains { (modified($0) ?? .distantPast) > made }
    }

    /// Whether the notes are missing or older than the timeline, the manifest, the show's settings or the files
    /// they name (the artwork).
    private func notesAreStale() -> Bool {
        guard let made = modified(folder.notes.appendingPathComponent("rss-item.xml")) else { return true }
        var inputs = [folder.timing, folder.manifest, folder.script] + ShowPreset.inputs(for: folder)
        if let show = ShowFolder.showFile(for: folder) { inputs.append(show) }
        return inputs.contains { (modified($0) ?? .distantPast) > made }
    }

    private func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }
}
