public import PodwrightAudio

/// Why a long recording could not be split; each names the file and says what to do.
public enum SplitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be read (missing, not audio, damaged).
    case unreadable(AudioError)
    /// The file holds no sound over its room.
    case silent(String)
    /// Sound, but nothing the recogniser hears as words.
    case noSpeech(String)
    /// Words, but no segment of the script.
    case nothingMatched(String, heard: String)
    /// The recogniser could not run.
    case speech(SpeechError)
    /// A take or a report could not be written.
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let error):
            return "\(error)"
        case .silent(let file):
            return "\(file): is silent (no sound over its noise floor); check the input was recording, "
                + "or that this is the right file"
        case .noSpeech(let file):
            return "\(file): no speech could be heard (music, noise or a tone only?); "
                + "split needs a reading of the script"
        case .nothingMatched(let file, let heard):
            return "\(file): no segment of the script was found in it (heard: “\(heard)”); is it music, another "
                + "language or another episode's recording?"
        case .speech(let error):
            return "\(error)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot be written: \(reason); nothing was changed for this take"
        }
    }
}
