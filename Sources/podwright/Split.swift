import ArgumentParser
import Foundation
import PodwrightCore
import PodwrightSpeech

/// `podwright split`: cuts long recordings (a session, a section read in one go) into segment takes.
struct Split: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cut long recordings into segment takes by aligning them to the script (PocketSphinx).",
        discussion: """
            Aligns each recording to the script in order and writes every segment found as \
            takes/<id>.takeN.wav (the next free N; never over an existing file): the recording's own samples, cut \
            in the silences around the reading, with short fades. When a stretch was read more than once the last \
            complete reading wins; false starts are skipped; segments not found and speech matching nothing are \
            listed. Writes EP/build/split-<name>.labels.txt, an Audacity label track of the cuts, to check them, \
            and EP/build/split-<name>.json, the same in frames of the recording. \
            With no FILE, splits the recordings under takes/ named session-*.<ext> or <section-id>.<ext>.
            """
    )

    @Argument(help: "The episode folder.")
    var episode: String

    @Argument(help: "Long recordings to split (default: takes/session-*.* and takes/<section-id>.*).")
    var files: [String] = []

    @OptionGroup var takesFolder: TakesFolderOption

    @Flag(name: .customLong("dry-run"), help: "Find and report the cuts and write the label track, but no takes.")
    var dryRun = false

    @OptionGroup var output: QuietOption

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        let script = try EpisodeLoading.load(folder)
        let takes = takesFolder.takes.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? folder.takes
        let recordings =
            files.isEmpty
            ? SessionRecordings.find(in: takes, episode: script) : files.map { URL(fileURLWithPath: $0) }
        guard !recordings.isEmpty else {
            throw ValidationFailure(
                "\(takes.path): no long recording to split (named session-*.wav or <section-id>.wav); "
                    + "name one on the command line: podwright split \(episode) FILE")
        }
        var splitter = SessionSplitter()
        splitter.overrides = script.pronunciationOverrides
        let progress = ProgressLine(enabled: !output.quiet)
        var failed = false
        for recording in recordings {
            let name = Self.displayName(recording, takes: takes)
            let outcome: SessionSplitter.Outcome
            do {
                let stem = recording.deletingPathExtension().lastPathComponent
                let section = script.sections.first { $0.id == stem }?.id
                outcome = try splitter.split(
                    recording, file: name, episode: script, takes: takes, section: section, write: !dryRun
                ) {
                    done, total in progress.update("split \(name): \(done)/\(total) pieces heard")
                }
            } catch {
                progress.finish()
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                failed = true
                continue
            }
            progress.finish()
            let labels = SessionRecordings.labels(for: recording, in: folder)
            let report = SessionRecordings.report(for: recording, in: folder)
            do {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                try AtomicFile.write(try encoder.encode(outcome.report), to: report)
                try AtomicFile.write(outcome.report.audacityLabels, to: labels)
            } catch {
                FileHandle.standardError.write(Data("error: \(error)\n".utf8))
                failed = true
            }
            let lines = outcome.report.lines
            for line in lines.dropLast() { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            if !output.quiet {
                for found in outcome.report.found {
                    print(
                        "\(found.take): \(found.segment), \(outcome.report.clock(found.start))–"
                            + "\(outcome.report.clock(found.end)) (\(found.wordsHeard)/\(found.words) words heard)")
                }
                print(lines.last ?? "")
                if !outcome.guessed.isEmpty {
                    print(
                        "pronunciations guessed for \(outcome.guessed.count) word(s): "
                            + outcome.guessed.joined(separator: ", "))
                }
                print(
                    "wrote \(labels.path) and \(report.lastPathComponent)"
                        + (dryRun ? " (dry run: no takes written)" : ""))
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// `takes/session-1.wav` for a file in the takes folder, else the path as given.
    static func displayName(_ recording: URL, takes: URL) -> String {
        recording.deletingLastPathComponent().standardizedFileURL.path == takes.standardizedFileURL.path
            ? "takes/\(recording.lastPathComponent)" : recording.path
    }
}

/// The hint `align` and `assemble` give for long recordings under takes/ that `split` has not cut yet.
enum SplitHint {
    static func print(_ script: Episode, folder: EpisodeFolder, takes: String?, episodePath: String) {
        let takes = takes.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? folder.takes
        for recording in SessionRecordings.unsplit(in: takes, folder: folder, episode: script) {
            let hint = SessionRecordings.hint(for: recording, episodePath: episodePath)
            FileHandle.standardError.write(Data("note: \(hint)\n".utf8))
        }
    }
}
