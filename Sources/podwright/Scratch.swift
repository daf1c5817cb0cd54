import ArgumentParser
import Foundation
import PodwrightAudio
import PodwrightCore

/// `podwright scratch`: preview takes synthesised with espeak-ng for every segment that has none.
struct Scratch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Synthesise scratch takes (espeak-ng) for segments that have no recorded take.",
        discussion: """
            Writes EP/takes/<segment-id>.scratch.wav with a distinct voice per speaker. Recorded takes are never \
            touched, and `assemble` always prefers a recorded take over a scratch one.
            """
    )

    @Argument(help: "The episode folder.")
    var episode: String

    @OptionGroup var takesFolder: TakesFolderOption

    @Flag(help: "Re-render existing scratch takes (after editing the script).")
    var replace = false

    @OptionGroup var output: QuietOption

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        try EpisodeRun.begin(folder, command: "scratch")
        let script = try EpisodeLoading.load(folder)
        let takes = takesFolder.takes.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? folder.takes
        let progress = ProgressLine(enabled: !output.quiet)
        let outcome = try ScratchRenderer(replace: replace).render(script, into: takes) { done, total in
            progress.update("scratch: \(done)/\(total) segments")
        }
        progress.finish()
        if !outcome.stale.isEmpty {
            FileHandle.standardError.write(
                Data(
                    ("scratch: re-rendered \(outcome.stale.count) scratch takes whose text or voice changed: "
                        + outcome.stale.joined(separator: ", ") + "\n").utf8))
        }
        guard !output.quiet else { return }
        for speaker in script.speakers {
            if let voice = outcome.voices[speaker.id] { print("\(speaker.name): \(voice)") }
        }
        print(
            "scratch: \(outcome.rendered.count) rendered, \(outcome.kept.count) kept, "
                + "\(outcome.recorded.count) recorded takes untouched, in \(takes.path)")
    }
}
