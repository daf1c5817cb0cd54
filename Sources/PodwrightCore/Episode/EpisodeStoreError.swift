/// Why an episode folder could not be read or written.
public enum EpisodeStoreError: Error, CustomStringConvertible, Equatable {
    /// The folder has neither `script.md` nor `episode.json`.
    case missing(String)
    /// A file exists but cannot be used: its path and why.
    case unreadable(String, String)
    /// The script has errors; nothing was written.
    case scriptProblems([ScriptProblem])
    /// A file could not be written.
    case write(AtomicFileError)
    /// `script.md` exists and may hold hand edits.
    case scriptExists(String)
    /// The folder's `script.md` has cues or headings without ids (their lines); `check` gives and writes them.
    case unstampedIDs(String, lines: [Int])

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no script.md or episode.json here; make one with `podwright script ARTICLE -o \(path)`"
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        case .scriptProblems(let problems):
            return problems.map(\.description).joined(separator: "\n")
        case .write(let error):
            return error.description
        case .scriptExists(let path):
            return "\(path) already exists and may hold hand edits: run `podwright check` on the folder to use "
                + "them, or pass --force to replace it (the old script is kept as script.md.bak-<time>)"
        case .unstampedIDs(let folder, let lines):
            let which =
                lines.count == 1
                ? "line \(lines[0]) has" : "lines " + shortList(lines.map(String.init), showing: 10) + " have"
            return "\(folder)/script.md: \(which) no id yet (a cue or heading added by hand): run "
                + "`podwright check \(folder)` to give them ids, which takes are then named by"
        }
    }
}
