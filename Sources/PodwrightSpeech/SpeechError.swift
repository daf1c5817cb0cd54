/// Why the recogniser could not run at all (a take it cannot judge gets a verdict, not an error).
public enum SpeechError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The speech model is not installed.
    case modelMissing(String)
    /// PocketSphinx could not read a language model we wrote.
    case languageModel(String)
    /// A working file could not be written.
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .modelMissing(let path):
            return "the speech model is not installed at \(path): run Scripts/setup "
                + "(or apt-get install pocketsphinx-en-us)"
        case .languageModel(let path):
            return "\(path): PocketSphinx cannot read the script's language model (a bug: please report it)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot be written: \(reason)"
        }
    }
}
