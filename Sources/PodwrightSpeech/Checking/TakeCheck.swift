public import Foundation
public import PodwrightAudio
public import PodwrightCore

/// The check `podwright align` and `assemble` run: every take `assemble` would use, aligned to its segment.
public enum TakeCheck {
    /// The jobs for the takes `catalog` chose, in episode order.
    public static func jobs(for episode: Episode, catalog: TakeCatalog) -> [AlignmentJob] {
        episode.segments.compactMap { segment in
            catalog.chosen[segment.id].map {
                AlignmentJob(
                    segment: segment.id, url: $0.url, file: "takes/\($0.name)", isSynthesised: $0.kind == .scratch)
            }
        }
    }

    /// Checks the takes of the episode in `folder` and, with `writeReport`, writes `build/alignment.json` (assemble
    /// leaves that to its build transaction, so that a failed run keeps the previous report).
    /// - Parameters:
    ///   - episode: the script.
    ///   - folder: the episode folder.
    ///   - takes: the takes folder (default `EP/takes`).
    ///   - useCache: keep and use alignments in `EP/build/.cache/alignment`.
    ///   - writeReport: write `build/alignment.json` now.
    ///   - progress: (done, total) as takes finish.
    /// - Returns: the outcome.
    /// - Throws: ``SpeechError`` when the model is missing or the report cannot be written, and
    ///   ``AssemblyError`` when the takes folder cannot be read.
    public static func run(
        _ episode: Episode, folder: EpisodeFolder, takes: URL? = nil, useCache: Bool = true,
        writeReport: Bool = true, progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws -> EpisodeAligner.Outcome {
        let catalog = try TakeCatalog(episode: episode, folder: takes ?? folder.takes)
        var aligner = EpisodeAligner()
        aligner.overrides = episode.pronunciationOverrides
        aligner.cacheFolder =
            useCache ? folder.build.appendingPathComponent(".cache/alignment", isDirectory: true) : nil
        let outcome = try aligner.align(jobs(for: episode, catalog: catalog), episode: episode, progress: progress)
        guard writeReport else { return outcome }
        do { try AtomicFile.write(outcome.report.jsonData(), to: folder.alignment) } catch {
            throw SpeechError.cannotWrite(folder.alignment.path, reason: error.reason)
        }
        return outcome
    }
}
