import Foundation
import PodwrightAudio
import PodwrightCore
import PodwrightSpeech

extension Assemble {
    /// Checks the takes before assembling (unless `--no-align`): a take that holds another segment stops the run,
    /// misreads are warnings, and confident alignments give the trimmer the first and last word of each take.
    /// - Returns: the speech bounds for ``AssemblyOptions/speechFrames`` and the report, for word times.
    func checkTakes(
        _ script: Episode, folder: EpisodeFolder, progress: ProgressLine
    ) throws -> (speech: [String: Range<Int>], report: AlignmentReport?) {
        SplitHint.print(script, folder: folder, takes: takesFolder.takes, episodePath: episode)
        guard !noAlign else { return ([:], nil) }
        let outcome: EpisodeAligner.Outcome
        do {
            outcome = try TakeCheck.run(
                script, folder: folder, takes: takesFolder.takes.map { URL(fileURLWithPath: $0, isDirectory: true) },
                useCache: !noCache, writeReport: false
            ) { done, total in progress.update("align: \(done)/\(total) takes") }
        } catch let error as SpeechError {
            progress.finish()
            FileHandle.standardError.write(Data("warning: the takes were not checked: \(error)\n".utf8))
            return ([:], nil)
        }
        progress.finish()
        let lines = ScriptCueLines.find(in: (try? String(contentsOf: folder.script, encoding: .utf8)) ?? "")
        var refused: [String] = []
        for take in outcome.report.takes {
            guard let line = take.problemLine(scriptLine: lines[take.segment]) else { continue }
            if take.verdict == .wrongSegment {
                refused.append(line)
            } else {
                FileHandle.standardError.write(Data("warning: \(line)\n".utf8))
            }
        }
        if !refused.isEmpty {
            throw ValidationFailure(
                refused.joined(separator: "\n")
                    + "\nNothing was assembled: a take holds the words of another segment. Fix the file names, or "
                    + "pass --no-align to assemble without the check.")
        }
        if !output.quiet { FileHandle.standardError.write(Data((outcome.report.summaryLine + "\n").utf8)) }
        var frames: [String: Range<Int>] = [:]
        let catalog = try TakeCatalog(
            episode: script, folder: takesFolder.takes.map { URL(fileURLWithPath: $0) } ?? folder.takes)
        for take in outcome.report.takes {
            guard let range = take.speechFrames(), let file = catalog.chosen[take.segment] else { continue }
            frames[file.url.standardizedFileURL.path] = range
        }
        return (frames, outcome.report)
    }
}
