public import Foundation
public import PodwrightCore

/// `podwright assemble`: takes → a finished, loudness-normalised episode with a sample-accurate timeline.
///
/// Pass 1 analyses the takes (in parallel, cached); the plan places them; pass 2 renders, limits and encodes into a
/// staging folder, which is measured as delivered and replaces `build/` as a whole only at the end
/// (``FolderReplacement``): a failed or killed run leaves the previous build as it was.
public struct Assembler: Sendable {
    /// Something done to the encoded file before it is measured and put in place — for MP3, the publisher's ID3v2
    /// chapters and tags. Receives the temporary file and the timeline (without loudness yet).
    public typealias Finisher = @Sendable (_ file: URL, _ timeline: Timeline, _ episode: Episode) throws -> Void

    /// Where a run is, for progress displays.
    public enum Stage: String, Sendable {
        case analysing = "analysing takes"
        case rendering = "rendering"
        case measuring = "measuring"
        case publishing = "writing timing.json"
    }

    public var options: AssemblyOptions
    /// Runs after encoding (see ``Finisher``).
    public var finisher: Finisher?

    public init(options: AssemblyOptions, finisher: Finisher? = nil) {
        self.options = options
        self.finisher = finisher
    }

    /// Assembles `episode` from the takes in `folder` into `folder/build`.
    /// - Parameters:
    ///   - episode: the script.
    ///   - folder: the episode folder (takes are read from ``AssemblyOptions/takes`` when set).
    ///   - warn: called with each warning as it arises.
    ///   - progress: called with the stage and its fraction done.
    /// - Returns: the report, whose timeline has been written to `build/timing.json`.
    /// - Throws: ``AssemblyError`` naming the segment or file; nothing in `build/` is replaced on failure.
    public func assemble(
        _ episode: Episode, in folder: EpisodeFolder,
        warn: @Sendable (String) -> Void = { _ in },
        progress: @Sendable (Stage, Double) -> Void = { _, _ in }
    ) throws(AssemblyError) -> AssemblyReport {
        guard !episode.segments.isEmpty else { throw .emptyEpisode }
        var warnings: [String] = []
        func note(_ message: String) {
            warnings.append(message)
            warn(message)
        }
        let takesFolder = options.takes ?? folder.takes
        let catalog = try TakeCatalog(episode: episode, folder: takesFolder)
        catalog.warnings.forEach(note)
        let analysed = try analyse(episode, catalog: catalog, folder: folder, note: note, progress: progress)
        var inputs = AssemblyPlanner.Inputs(takes: analysed.takes)
        inputs.introSting = analysed.music[options.introSting?.path ?? ""].map { (options.introSting!, $0) }
        inputs.outroSting = analysed.music[options.outroSting?.path ?? ""].map { (options.outroSting!, $0) }
        inputs.musicBed = analysed.music[options.musicBed?.path ?? ""].map { (options.musicBed!, $0) }
        inputs.roomTone = roomTone(analysed, note: note)
        var plan = try AssemblyPlanner(options: options).plan(episode, inputs: inputs)
        plan.warnings.forEach(note)
        let replacement: FolderReplacement
        do { replacement = try FolderReplacement(replacing: folder.build) } catch {
            throw .outputFailed(file: folder.build.path, reason: error.reason)
        }
        defer { replacement.discard() }
        var output = try render(
            plan, episode: episode, folder: folder, staging: replacement.staging, progress: progress)
        // The plan predicts what the limiter takes off; when the delivered file still misses the target (heavy
        // limiting is hard to predict), correct the gain and render again — rare, and at most twice.
        var renders = 1
        while renders < 3, abs(output.loudness.integratedLUFS - options.targetLUFS) > 0.3,
            output.loudness.integratedLUFS > BS1770.absoluteGateLUFS
        {
            try? FileManager.default.removeItem(at: output.temporary)
            plan.episodeGainDB += options.targetLUFS - output.loudness.integratedLUFS
            output = try render(
                plan, episode: episode, folder: folder, staging: replacement.staging, progress: progress)
            renders += 1
        }
        let finish = AssemblyReport.Finish(
            targetLUFS: options.targetLUFS, truePeakCeilingDBTP: options.truePeakCeiling,
            estimatedLUFS: plan.estimatedLUFS.map { ($0 * 100).rounded() / 100 },
            episodeGainDB: (plan.episodeGainDB * 100).rounded() / 100,
            levelMatching: options.levelMatching.rawValue,
            limiter: AssemblyReport.Limiter(
                limitedSeconds: (Double(output.limiter.limitedFrames) / Double(plan.sampleRate) * 1000).rounded()
                    / 1000,
                limitedPercent: (Double(output.limiter.limitedFrames) / Double(max(1, output.limiter.frames))
                    * 100_000).rounded() / 1000,
                maxGainReductionDB: (output.limiter.maxReductionDB * 100).rounded() / 100,
                events: output.limiter.events),
            scratchSegments: episode.segments.compactMap { segment in
                analysed.takes[segment.id].flatMap { $0.0.kind == .scratch ? segment.id : nil }
            },
            renders: renders,
            format: options.format.rawValue,
            bitDepth: options.format == .wav || options.format == .flac ? options.bitDepth : nil)
        // Limiting is not loudness normalisation: when it shapes much of the episode the producer should hear it.
        if finish.limiter.limitedPercent > 5 || finish.limiter.maxGainReductionDB > 3 {
            note(
                "the true-peak limiter acted on \(finish.limiter.limitedPercent)% of the episode, by up to "
                    + "\(finish.limiter.maxGainReductionDB) dB: the takes' peaks stand far above their loudness"
                    + (finish.scratchSegments.isEmpty ? "" : " (scratch voices do)")
                    + "; record with more headroom, or choose a lower target (--lufs)")
        }
        var timeline = plan.timeline
        timeline.loudness = output.loudness
        timeline.file = folder.episodeAudio(extension: options.format.fileExtension).lastPathComponent
        progress(.publishing, 0)
        try publish(output, timeline: timeline, finish: finish, folder: folder, replacement: replacement)
        analysed.cache?.prune()
        return AssemblyReport(
            timeline: timeline, finish: finish, warnings: warnings,
            analysed: analysed.fresh, cached: analysed.cached)
    }
}
