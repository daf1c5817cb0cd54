/// Why show notes could not be written, said so a producer knows what to do next.
public enum NotesError: Error, CustomStringConvertible, Equatable {
    /// `timing.json` does not exist: the episode was never assembled.
    case missingTiming(path: String, episode: String)
    /// `timing.json` describes other segments than the script has now.
    case staleTiming(path: String, episode: String, missing: [String], extra: [String])
    /// `timing.json` has the script's segments, but in another order.
    case reorderedTiming(path: String, episode: String)
    /// A file could not be read or decoded.
    case unreadable(path: String, reason: String)
    /// The delivered audio named by `timing.json` is not in the build folder.
    case missingAudio(path: String, episode: String)
    /// The timeline has no chapters or no duration.
    case emptyTimeline(path: String, episode: String)
    /// The audio is WAV or FLAC, which podcast apps do not play.
    case unplayableAudio(path: String, format: String, episode: String)

    public var description: String {
        switch self {
        case .missingTiming(let path, let episode):
            return "\(path) does not exist: the episode has not been assembled. Run podwright assemble \(episode)"
        case .staleTiming(let path, let episode, let missing, let extra):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("the script has segments it lacks (\(Self.list(missing)))") }
            if !extra.isEmpty { parts.append("it has segments the script no longer has (\(Self.list(extra)))") }
            return "\(path) is stale: \(parts.joined(separator: " and ")). Run podwright assemble \(episode)"
        case .reorderedTiming(let path, let episode):
            return "\(path) is stale: the script's segments are in another order now. Run podwright assemble \(episode)"
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        case .missingAudio(let path, let episode):
            return "\(path) does not exist: the episode audio is missing. Run podwright assemble \(episode)"
        case .emptyTimeline(let path, let episode):
            return "\(path) has no chapters or no audio. Run podwright assemble \(episode)"
        case .unplayableAudio(let path, let format, let episode):
            return "\(path) is \(format.uppercased()): podcast apps do not play it, and it is many times the size "
                + "of an MP3. Run podwright assemble \(episode) --format mp3, or pass --lossless-enclosure to "
                + "publish it anyway"
        }
    }

    private static func list(_ ids: [String]) -> String {
        shortList(ids, showing: 5)
    }
}
