import Foundation
import PodwrightCore

extension Assembler {
    /// The analysed inputs of a run.
    struct Analysed {
        var takes: [String: (TakeFile, TakeAnalysis)] = [:]
        /// Stings, bed and room tone file, by path.
        var music: [String: TakeAnalysis] = [:]
        var cache: AnalysisCache?
        var fresh = 0
        var cached = 0
    }

    /// Pass 1: analyses the chosen takes and the music, then settles which segments have no usable take.
    func analyse(
        _ episode: Episode, catalog: TakeCatalog, folder: EpisodeFolder, note: (String) -> Void,
        progress: @Sendable (Stage, Double) -> Void
    ) throws(AssemblyError) -> Analysed {
        var result = Analysed()
        result.cache =
            options.useCache
            ? AnalysisCache(folder: folder.build.appendingPathComponent(".cache", isDirectory: true))
            : nil
        let takes = episode.segments.compactMap { catalog.chosen[$0.id] }
        var music = [options.introSting, options.outroSting, options.musicBed].compactMap { $0 }
        if case .file(let url) = options.roomTone { music.append(url) }
        let jobs =
            takes.map {
                ParallelAnalysis.Job(
                    url: $0.url, trim: true, speech: options.speechFrames[$0.url.standardizedFileURL.path])
            }
            + music.map { ParallelAnalysis.Job(url: $0, trim: false) }
        let analysis = ParallelAnalysis(
            analyzer: TakeAnalyzer(outputChannels: options.channels),
            threads: options.analysisThreads)
        let (results, cached) = analysis.run(jobs, cache: &result.cache) { done, total in
            progress(.analysing, Double(done) / Double(max(1, total)))
        }
        result.cached = cached
        result.fresh = jobs.count - cached
        var missing = catalog.missing
        var failures: [AssemblyError] = []
        for (take, outcome) in zip(takes, results) {
            switch outcome {
            case .failure(let error):
                failures.append(
                    .unreadableTake(
                        segment: take.segmentID, file: "takes/\(take.name)",
                        reason: error.reason))
            case .success(let analysis) where analysis.isSilent:
                missing.append(.init(segmentID: take.segmentID, detail: "takes/\(take.name) is silent"))
            case .success(let analysis):
                result.takes[take.segmentID] = (take, analysis)
                warnAbout(take, analysis, note: note)
            }
        }
        for (url, outcome) in zip(music, results.suffix(music.count)) {
            switch outcome {
            case .failure(let error): failures.append(.unreadableMusic(file: url.path, reason: error.reason))
            case .success(let analysis): result.music[url.path] = analysis
            }
        }
        // Every unreadable file is named in the one error, so one run shows everything to fix.
        if failures.count == 1 { throw failures[0] }
        if failures.count > 1 { throw .unusableFiles(failures) }
        let order = Dictionary(uniqueKeysWithValues: episode.segments.enumerated().map { ($1.id, $0) })
        missing.sort { (order[$0.segmentID] ?? 0) < (order[$1.segmentID] ?? 0) }
        if !missing.isEmpty {
            guard options.missing == .silence else { throw .missingTakes(missing) }
            for item in missing { note("segment \(item) has no take: holding silence of its estimated length") }
        }
        return result
    }

    private func warnAbout(_ take: TakeFile, _ analysis: TakeAnalysis, note: (String) -> Void) {
        if analysis.clipEvents > 0 {
            let at = analysis.firstClipSeconds.map { String(format: " (first at %.2f s)", $0) } ?? ""
            note(
                "takes/\(take.name) (segment \(take.segmentID)) is clipped in \(analysis.clipEvents) "
                    + "place\(analysis.clipEvents == 1 ? "" : "s")\(at); re-record it if it sounds distorted")
        }
        if analysis.sampleRate < 16_000 {
            note(
                "takes/\(take.name) (segment \(take.segmentID)) is recorded at \(analysis.sampleRate) Hz and will "
                    + "sound like a telephone; re-record it at 44.1 or 48 kHz if you can")
        }
    }

    /// The room tone to loop: a file (its first 5 s), or the quietest half second found in the takes.
    func roomTone(_ analysed: Analysed, note: (String) -> Void) -> (URL, TakeAnalysis, Range<Int>)? {
        switch options.roomTone {
        case .off:
            return nil
        case .file(let url):
            guard let analysis = analysed.music[url.path] else { return nil }
            return (url, analysis, 0..<min(analysis.frames, 5 * analysis.sampleRate))
        case .auto:
            let candidates = analysed.takes.values.compactMap { take, analysis in
                analysis.quietest.map { (take.url, analysis, $0) }
            }
            guard let best = candidates.min(by: { $0.2.meanSquare < $1.2.meanSquare }) else {
                note("no quiet stretch of half a second was found in the takes for room tone; gaps stay silent")
                return nil
            }
            return (best.0, best.1, best.2.frame..<(best.2.frame + best.2.frames))
        }
    }
}
