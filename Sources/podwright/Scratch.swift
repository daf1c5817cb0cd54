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

    @Option(help: "The takes folder (default: EP/takes).")
    var takes: String?

    @Flag(help: "Re-render existing scratch takes (after editing the script).")
    var replace = false

    @Flag(name: [.short, .long], help: "Print nothing but errors.")
    var quiet = false

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        try EpisodeRun.begin(folder, command: "scratch")
        let script = try EpisodeLoading.load(folder)
        let takesFolder = takes.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? folder.takes
        let progress = ProgressLine(enabled: !quiet)
        let outcome = try ScratchRenderer(replace: replace).render(script, into: takesFolder) { done, total in
            progress.update("scratch: \(done)/\(total) segments")
        }
        progress.finish()
        if !outcome.stale.isEmpty {
            FileHandle.standardError.write(
                Data(
                    ("scratch: re-rendered \(outcome.stale.count) scratch takes whose text or voice changed: "
                        + outcome.stale.joined(separator: ", ") + "\n").utf8))
        }
        guard !quiet else { return }
        for speaker in script.speakers {
            if let voice = outcome.voices[speaker.id] { print("\(speaker.name): \(voice)") }
        }
        print(
            "scratch: \(outcome.rendered.count) rendered, \(outcome.kept.count) kept, "
                + "\(outcome.recorded.count) recorded takes untouched, in \(takesFolder.path)")
    }
}
