/// Something wrong (or worth knowing) in a hand-edited `script.md`, with the line it is on.
public struct ScriptProblem: Error, CustomStringConvertible, Equatable, Hashable, Sendable {
    /// Whether the problem stops the script from being used.
    public enum Severity: String, Sendable, Hashable {
        /// The script cannot be used until this is fixed; nothing is written.
        case error
        /// The script is used, but something was dropped or guessed.
        case warning
    }

    /// The script file, as the user named it.
    public var file: String
    /// The 1-based line number.
    public var line: Int
    /// What is wrong and what to do about it.
    public var message: String
    /// Error or warning.
    public var severity: Severity

    public init(file: String, line: Int, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.message = message
        self.severity = severity
    }

    /// `file:line: message`, as compilers print it, so editors can jump to the line.
    public var description: String {
        "\(file):\(line): " + (severity == .warning ? "warning: " : "") + message
    }
}

/// What ``ScriptParser`` made of a script: the episode, every problem, and the ids it gave id-less segments.
public struct ScriptParseResult: Equatable, Sendable {
    /// A segment that had no id in the script and was given one.
    public struct AssignedID: Equatable, Hashable, Sendable {
        /// The line of the segment's cue.
        public var line: Int
        /// The fresh id.
        public var id: String

        public init(line: Int, id: String) {
            self.line = line
            self.id = id
        }
    }

    /// The episode as far as the script could be read. Only trust it when ``hasErrors`` is false.
    public var episode: Episode
    /// Every problem found, in line order.
    public var problems: [ScriptProblem]
    /// Fresh ids given to cues without one, so they can be written back into the script.
    public var assignedIDs: [AssignedID]
    /// Fresh ids given to `##` headings written without a marker (new sections).
    public var assignedSectionIDs: [AssignedID] = []
    /// The cue line of every segment read, with the segment's id (assigned ones included), so derived values can be
    /// written back onto the right lines.
    public var cueLines: [AssignedID] = []

    /// True when at least one problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
    /// The errors only.
    public var errors: [ScriptProblem] { problems.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [ScriptProblem] { problems.filter { $0.severity == .warning } }
}
