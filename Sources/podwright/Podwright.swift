import ArgumentParser
import Foundation
import PodwrightCore

/// The `podwright` command: article → script → episode → show notes.
@main
struct Podwright: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "podwright",
        abstract: "Turn a written article into a finished podcast episode.",
        version: "0.1.0",
        subcommands: [
            Extract.self,
            Script.self,
            Check.self,
            Assemble.self,
            Scratch.self,
            Measure.self,
            Notes.self,
            Feed.self,
            Produce.self,
            Align.self,
            Split.self,
            Booth.self,
        ]
    )

    /// Parses as ArgumentParser's own `main` does, with one step between: `assemble` on an episode of a show
    /// (or with its own `show.json`) is parsed again with the show's audio preset in front of the typed arguments,
    /// so every preset value goes through the same checks as a flag and a typed flag overrides it.
    static func main() async {
        var arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            if let assemble = command as? Assemble, let at = arguments.firstIndex(of: "assemble") {
                let folder = EpisodeFolder(path: assemble.episode)
                let preset = try ShowPreset.arguments(for: folder)
                if !preset.isEmpty {
                    arguments.insert(contentsOf: preset, at: at + 1)
                    do {
                        command = try parseAsRoot(arguments)
                    } catch {
                        // The typed arguments parsed alone, so the preset is what is wrong: say where it is.
                        let file = ShowFolder.showFile(for: folder)?.path ?? "show.json"
                        throw ValidationFailure("\(file): the audio preset is wrong: \(message(for: error))")
                    }
                }
            }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
