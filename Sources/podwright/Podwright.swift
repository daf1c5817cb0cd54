import ArgumentParser

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
            Align.self,
        ]
    )
}
