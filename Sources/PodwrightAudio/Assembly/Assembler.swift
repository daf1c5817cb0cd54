import Foundation
public import PodwrightCore

/// `podwright assemble`: takes → a finished, loudness-normalised episode with a sample-accurate timeline.
///
/// Pass 1 analyses the takes (in parallel, cached); the plan places them; pass 2 renders, limits and encodes into a
/// staging folder, which is measured as delivered and replaces `build/` as a whole only at the end
/// (``FolderReplacement``): a failed or killed run leaves the previous build as it was.
public struct Assembler: Sendable {
    /// Where a run is, for progress displays.
    public enum Stage: String, Sendable {
        case analysing = "analysing takes"
        case rendering = "rendering"
        case measuring = "measuring"
        case publishing = "writing timing.json"
    }

    public var options: AssemblyOptions

    public init(options: AssemblyOptions) {
        self.options = options
    }

    /// Assembles `episode` from the takes in `folder` into `folder/build`.
    ///
    /// MP3s get the publisher's ID3v2 tag (title, show, chapters) before they are measured and put in place.
    /// - Parameters:
    ///   - episode: the script.
    ///   - folder: the episode folder (takes are read from ``AssemblyOptions/takes`` when set).
    ///   - warn: called with each warning as it arises.
    ///   - progress: called with the stage and its fraction done.
    /// - Returns: the report, whose timeline has been written to `build/timing.json`.
    /// - Throws: ``AssemblyError`` naming the segment or file; nothing in `build/` is replaced on failure.
    public func assemble(
        _ episode: Episode, in folder: EpisodeFolder,
        warn: @Sendable (AssemblyWarning) -> Void = { _ in },
        progress: @Sendable (Stage, Double) -> Void = { _, _ in }
    ) throws(AssemblyError) -> AssemblyReport {
        guard !episode.segments.isEmpty else { throw .emptyEpisode }
        var warnings: [AssemblyWarning] = []
        func note(_ warning: AssemblyWarning) {
            warnings.append(warning)
            warn(warning)
        }
        let takesFolder = options.takes ?? folder.takes
        let catalog = try TakeCatalog(episode: episode, folder: takesFolder)
        catalog.warnings.forEach(note)
        // Settle what "follow the takes" means before anything is measured: loudness is measured as mapped.
        var run = self
        run.options.channels = options.channels ?? Self.channels(of: catalog, music: options.musicFiles(episode))
        let options = run.options
        let analysed = try run.analyse(episode, catalog: catalog, folder: folder, note: note, progress: progress)
        var plan = try AssemblyPlanner(options: options).plan(
            episode, inputs: run.inputs(episode, analysed, note: note))
        plan.warnings.forEach(note)
        let replacement: FolderReplacement
        do { replacement = try FolderReplacement(replacing: folder.build) } catch {
            throw .outputFailed(file: folder.build.path, reason: error.reason)
        }
        defer { replacement.discard() }
        let (output, renders) = try run.deliver(
            &plan, episode: episode, folder: folder, staging: replacement.staging, progress: progress)
        let finish = run.finish(plan, output: output, analysed: analysed, episode: episode, renders: renders)
        // Limiting is not loudness normalisation: when it shapes much of the episode the producer should hear it.
        if finish.limiter.limitedPercent > options.delivery.heavyLimitingPercent
            || finish.limiter.maxGainReductionDB > options.delivery.heavyLimitingDB
        {
            note(
                .heavyLimiting(
                    percent: finish.limiter.limitedPercent, maximumReductionDB: finish.limiter.maxGainReductionDB,
                    scratchVoices: !finish.scratchSegments.isEmpty, levelerOn: options.leveler != nil))
        }
        var timeline = plan.timeline
        timeline.loudness = output.loudness
        if let alignment = options.alignment { timeline = timeline.addingWords(from: alignment) }
        timeline.file = folder.episodeAudio(extension: options.format.fileExtension).lastPathComponent
        progress(.publishing, 0)
        let report = AssemblyReport(
            timeline: timeline, finish: finish, warnings: warnings, analysed: analysed.fresh,
            cached: analysed.cached)
        try run.publish(output, report: report, folder: folder, replacement: replacement)
        analysed.cache?.prune()
        return report
    }

    /// Renders until the delivered file, as decoded, lands within tolerance of the target and at or under the
    /// ceiling: once, when the codec's shift was predicted right (the usual case); again, corrected, when not.
    func deliver(
        _ plan: inout AssemblyPlan, episode: Episode, folder: EpisodeFolder, staging: URL,
        progress: @Sendable (Stage, Double) -> Void
    ) throws(AssemblyError) -> (Output, Int) {
        let policy = options.delivery
        let target = options.resolvedTargetLUFS
        var ceilingDB = options.renderCeilingDB
        // A long episode first measures what its codec does to a loud excerpt, and plans the one render by that.
        if let shift = codecShift(plan, ceilingDB: ceilingDB, in: staging) {
            let overshoot = max(options.codecShift.peakDB, shift.peakDB + policy.excerptPeakMarginDB)
            ceilingDB = options.truePeakCeiling - overshoot
            let solved = LoudnessEstimate(plan).gain(
                toReach: target - shift.loudnessLU, ceiling: Float(pow(10, ceilingDB / 20)),
                maximumPushDB: options.maximumLimiterPushDB)
            if let solved { plan.episodeGainDB = solved.gainDB }
        }
        var output = try render(
            plan, ceilingDB: ceilingDB, episode: episode, folder: folder, staging: staging, progress: progress)
        var renders = 1
        while renders < policy.maximumRenders, output.loudness.integratedLUFS > policy.silentLUFS {
            let miss = target - output.loudness.integratedLUFS
            let overshoot = output.loudness.truePeakDBTP - options.truePeakCeiling
            guard abs(miss) > policy.toleranceLU(for: options.format) || overshoot > 0 else { break }
            try? FileManager.default.removeItem(at: output.temporary)
            if overshoot > 0 { ceilingDB -= overshoot + policy.overshootMarginDB }
            plan.episodeGainDB += miss
            output = try render(
                plan, ceilingDB: ceilingDB, episode: episode, folder: folder, staging: staging, progress: progress)
            renders += 1
        }
        return (output, renders)
    }
}
