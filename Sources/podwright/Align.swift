import ArgumentParser
import Foundation
import PodwrightCore
import PodwrightSpeech

/// `podwright align`: hears every take `assemble` would use and checks it against its segment's words.
struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every take against its words with a speech recogniser (PocketSphinx).",
        discussion: """
            Writes EP/build/alignment.json: per take the segment, the file, the verdict (ok, misread, \
            wrong-segment, unintelligible, not-checked), every word with its start and end in the take's samples \
            and a confidence, and the differences found. Prints one line per take with a problem and a summary. \
            Exit status 1 when a take holds another segment, or misreads more words than --tolerance.
            """
    )

    @Argument(help: "The episode folder.")
    var episode: String

    @OptionGroup var takesFolder: TakesFolderOption

    @Option(help: "Script words a take may misread (skip, substitute, add) before the run fails.")
    var tolerance: Int = 0

    @Flag(name: .customLong("no-cache"), help: "Check every take again, ignoring EP/build/.cache/alignment.")
    var noCache = false

    @OptionGroup var output: QuietOption

    func validate() throws {
        guard tolerance >= 0 else { throw ValidationError("--tolerance must be 0 or more") }
    }

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        let script = try EpisodeLoading.load(folder)
        SplitHint.print(script, folder: folder, takes: takesFolder.takes, episodePath: episode)
        let progress = ProgressLine(enabled: !output.quiet)
        let outcome = try TakeCheck.run(
            script, folder: folder, takes: takesFolder.takes.map { URL(fileURLWithPath: $0, isDirectory: true) },
            useCache: !noCache
        ) { done, total in progress.update("align: \(done)/\(total) takes") }
        progress.finish()
        let failed = AlignmentLines.print(outcome, folder: folder, tolerance: tolerance, quiet: output.quiet)
        if failed { throw ExitCode(1) }
    }
}

/// The lines `align` and `assemble` print about a check.
enum AlignmentLines {
    /// Prints the problem lines (standard error) and, unless `quiet`, the summary.
    /// - Returns: whether the check fails the run: a wrong segment, an unreadable take, or a misread beyond
    ///   `tolerance` words.
    static func print(
        _ outcome: EpisodeAligner.Outcome, folder: EpisodeFolder, tolerance: Int, quiet: Bool
    ) -> Bool {
        let script = (try? String(contentsOf: folder.script, encoding: .utf8)) ?? ""
        let lines = ScriptCueLines.find(in: script)
        var failed = false
        for error in outcome.failures {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            failed = true
        }
        for take in outcome.report.takes {
            guard let line = take.problemLine(scriptLine: lines[take.segment]) else { continue }
            FileHandle.standardError.write(Data((line + "\n").utf8))
            if take.verdict == .wrongSegment || (take.verdict == .misread && take.differingWords > tolerance) {
                failed = true
            }
        }
        if !quiet {
            Swift.print(outcome.report.summaryLine + (outcome.cached > 0 ? " (\(outcome.cached) from cache)" : ""))
            Swift.print("wrote \(folder.alignment.path)")
        }
        return failed
    }
}
