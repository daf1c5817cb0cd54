import ArgumentParser
import Foundation
import PodwrightAudio
import PodwrightCore

/// `podwright check`: re-read a hand-edited script and rebuild the manifest from it.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a hand-edited script.md and rewrite episode.json and the recording sheet from it.",
        discussion: """
            Prints every problem as FILE:LINE: message. With any error nothing is written and the exit status is 1. \
            Otherwise episode.json and recording-sheet.md are rewritten, segments written without an id get a fresh \
            one stamped into their cue lines, and what script.md shows but does not own (each cue's estimated time, \
            the estimated total and the Quotes list) is rewritten from the script; nothing else in it is changed.
            """
    )

    @Argument(help: "The episode folder.")
    var episode: String

    @Option(help: "A folder of music for [music NAME] cues, searched before EP/stings and EP/music.")
    var stings: String?

    func validate() throws {
        if episode.isEmpty { throw ValidationError("Give the episode folder.") }
    }

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        if FileManager.default.fileExists(atPath: folder.url.path) { try EpisodeRun.begin(folder, command: "check") }
        let text = try EpisodeStore.readScriptText(folder)
        var result = ScriptParser.parse(text, file: EpisodeFolder.displayPath(episode, "script.md"))
        try EpisodeStore.complete(&result.episode, folder: folder)
        let standardError = FileHandle.standardError
        for problem in result.problems { standardError.write(Data((problem.description + "\n").utf8)) }
        // A music cue that names no file is an error here, not a silence at assembly.
        let cues = MusicCues(folder: folder, stings: stings.map { URL(fileURLWithPath: $0, isDirectory: true) })
        let unknown = result.hasErrors ? [] : cues.resolve(result.episode, scriptText: text).unknown
        let script = EpisodeFolder.displayPath(episode, "script.md")
        for cue in unknown {
            standardError.write(Data("\(script)\(cue.line.map { ":\($0)" } ?? ""): \(cue)\n".utf8))
        }
        if result.hasErrors || !unknown.isEmpty {
            let count = result.errors.count + unknown.count
            standardError.write(Data("\(count) \(count == 1 ? "error" : "errors"): nothing was written.\n".utf8))
            throw ExitCode(1)
        }
        let scriptChanged = try EpisodeStore.saveChecked(result, scriptText: text, to: folder)
        let summary = EpisodeSummary(result.episode)
        print("\(EpisodeFolder.displayPath(episode, "script.md")): \(summary.line)")
        for assigned in result.assignedSectionIDs { print("New section on line \(assigned.line): id \(assigned.id)") }
        for assigned in result.assignedIDs { print("New segment on line \(assigned.line): id \(assigned.id)") }
        for line in summary.provenance(body: try? String(contentsOf: folder.articleText, encoding: .utf8)) {
            print(line)
        }
        let review = summary.quotesToReview
        if !review.isEmpty {
            print("Quotes to review (uncertain attribution, read by the narrator until you give them a cue):")
            for line in review { print("  " + line) }
        }
        print(
            scriptChanged
                ? "Rewrote episode.json and recording-sheet.md, and the ids, times and quotes list in script.md."
                : "Rewrote episode.json and recording-sheet.md.")
    }
}
