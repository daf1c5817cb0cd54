public import Foundation
public import Testing

/// Where the repository and the material beside it are, found from this file's path.
///
/// The project's own fixtures live in the repository. `../shared/` (the benchmark sets and the annotated sample) is
/// not part of it: a fresh clone has no such folder, so every test that reads it is guarded with
/// `.enabled(if: Repository.hasShared, Repository.sharedSkipMessage)` and says what it skipped.
public enum Repository {
    /// The repository root.
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/` beside the repository (CI has it; a fresh clone does not).
    public static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The annotated sample article in `../shared/samples/`.
    public static let sharedSample: URL = shared.appendingPathComponent("samples/trust-kim-trump.txt")

    /// Whether the shared sample is there to compare against.
    public static var hasShared: Bool { FileManager.default.fileExists(atPath: sharedSample.path) }

    /// Why a test that needs `../shared/` did not run.
    public static let sharedSkipMessage: Comment =
        "skipped: needs ../shared/samples/trust-kim-trump.txt beside the repository (CI has it; a fresh clone does not)"
}
