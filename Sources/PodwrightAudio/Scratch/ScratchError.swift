import Foundation

/// Why scratch takes could not be made.
public enum ScratchError: Error, CustomStringConvertible, Equatable {
    /// espeak-ng is not installed.
    case espeakMissing(String)
    /// espeak-ng failed for a segment.
    case espeakFailed(segment: String, voice: String, message: String)
    /// The takes folder cannot be written.
    case cannotWrite(String, reason: String)

    public var description: String {
        switch self {
        case .espeakMissing(let path):
            "espeak-ng is not installed (looked for \(path)); run Scripts/setup or apt-get install espeak-ng"
        case .espeakFailed(let segment, let voice, let message):
            "espeak-ng could not read segment \(segment) with voice \(voice)"
                + (message.isEmpty ? "" : ": \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        case .cannotWrite(let path, let reason):
            "cannot write scratch takes in \(path): \(reason)"
        }
    }
}
