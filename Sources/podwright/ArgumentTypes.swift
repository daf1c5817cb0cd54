public import ArgumentParser
public import PodwrightAudio
import PodwrightCore

// The library's choices read straight from the command line: ArgumentParser checks them and lists the values in
// `--help` and in its error, so no subcommand re-parses a string. Case does not matter (`--format MP3`).

extension AudioFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension LoudnessPreset: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension AssemblyOptions.LevelMatching: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// How to read an article: detected from its name and content (`auto`), or forced.
enum ArticleInputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, text, html, markdown

    init?(argument: String) { self.init(rawValue: argument.lowercased()) }

    /// The reader's format, or `nil` to detect it.
    var articleFormat: ArticleFormat? { ArticleFormat(rawValue: rawValue) }
}

/// `-q/--quiet`, shared by the commands that report progress.
struct QuietOption: ParsableArguments {
    @Flag(name: [.short, .long], help: "Print nothing but warnings and errors.")
    var quiet = false
}

/// `--takes DIR`, shared by the commands that read or write takes.
struct TakesFolderOption: ParsableArguments {
    @Option(help: "The takes folder (default: EP/takes).")
    var takes: String?
}
