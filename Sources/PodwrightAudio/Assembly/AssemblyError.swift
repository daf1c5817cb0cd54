/// Why an episode could not be assembled, written for the producer: it names the file or segment and says what to do.
public enum AssemblyError: Error, CustomStringConvertible, Equatable {
    /// The takes folder exists but cannot be listed.
    case takesFolderUnreadable(String, reason: String)
    /// Two files claim the same take of one segment.
    case ambiguousTakes(segment: String, files: [String])
    /// Segments without a take (every one of them, not just the first).
    case missingTakes([TakeCatalog.MissingTake])
    /// A take could not be read or is not usable audio.
    case unreadableTake(segment: String, file: String, reason: String)
    /// A sting, music bed or room tone file could not be read.
    case unreadableMusic(file: String, reason: String)
    /// Several files could not be used (each error, in episode order): all are named, none is left for a later run.
    case unusableFiles([AssemblyError])
    /// The episode has no segments.
    case emptyEpisode
    /// The output could not be written; the previous episode is untouched.
    case outputFailed(file: String, reason: String)
    /// A processing stage (resampler, meter) failed.
    case processing(String)

    public var description: String {
        switch self {
        case .takesFolderUnreadable(let path, let reason):
            "cannot list the takes folder \(path): \(reason)"
        case .ambiguousTakes(let segment, let files):
            "segment \(segment) has two files for the same take (\(files.joined(separator: ", "))); "
                + "remove or renumber one of them"
        case .missingTakes(let missing):
            "\(missing.count) segment\(missing.count == 1 ? " has" : "s have") no take: "
                + missing.map(\.description).joined(separator: ", ")
                + ". Record them into takes/<segment-id>.wav, run `podwright scratch` for previews, "
                + "or pass --allow-missing silence"
        case .unreadableTake(let segment, let file, let reason):
            "take \(file) for segment \(segment) cannot be used: \(reason). Re-export or re-record it"
        case .unreadableMusic(let file, let reason):
            "\(file) cannot be used: \(reason)"
        case .unusableFiles(let errors):
            "\(errors.count) files cannot be used:\n" + errors.map { "  \($0)" }.joined(separator: "\n")
        case .emptyEpisode:
            "the episode has no segments; write the script first (podwright script)"
        case .outputFailed(let file, let reason):
            "cannot write \(file): \(reason); the previous episode (if any) is untouched"
        case .processing(let reason):
            "audio processing failed: \(reason)"
        }
    }
}
