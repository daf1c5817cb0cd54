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
        _ episode: Episode, catalog: TakeCatalog, folder: EpisodeFolder, note: (AssemblyWarning) -> Void,
        progress: @Sendable (Stage, Double) -> Void
    ) throws(AssemblyError) -> Analysed {
        var result = Analysed()
        result.cache =
            options.useCache
            ? AnalysisCache(folder: folder.build.appendingPathComponent(".cache", isDirectory: true))
            : nil
        let takes = episode.segments.compactMap { catalog.chosen[$0.id] }
        let music = options.musicFiles(episode)
        let jobs =
            takes.map {
                ParallelAnalysis.Job(
                    url: $0.url, trim: true, speech: options.speechFrames[$0.url.standardizedFileURL.path])
            }
            + music.map { ParallelAnalysis.Job(url: $0, trim: false) }
        var analyzer = TakeAnalyzer(outputChannels: options.outputChannels)
        analyzer.trimming = options.trimming
        let analysis = ParallelAnalysis(analyzer: analyzer, threads: options.analysisThreads)
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
            for item in missing { note(.placeholder(segment: item.segmentID, detail: item.detail)) }
        }
        return result
    }

    /// The room tone to loop, per voice: a file (its first 5 s) for everyone, or each voice's own quietest half
    /// second (under the key of its speaker id; the quietest of all under `""`, for voices with none of their own).
    func roomTones(
        _ episode: Episode, _ analysed: Analysed, note: (AssemblyWarning) -> Void
    ) -> [String: (URL, TakeAnalysis, Range<Int>)] {
        switch options.roomTone {
        case .off:
            return [:]
        case .file(let url):
            guard let analysis = analysed.music[url.path] else { return [:] }
            return ["": (url, analysis, 0..<min(analysis.frames, 5 * analysis.sampleRate))]
        case .auto:
            var best: [String: (URL, TakeAnalysis, TakeAnalysis.QuietStretch)] = [:]
            for segment in episode.segments {
                guard let (take, analysis) = analysed.takes[segment.id], let quiet = analysis.quietest else { continue }
                for key in [segment.speaker, ""] where best[key].map({ quiet.meanSquare < $0.2.meanSquare }) ?? true {
                    best[key] = (take.url, analysis, quiet)
                }
            }
            guard !best.isEmpty else {
                note(.noRoomTone)
                return [:]
            }
            let speakers = Set(episode.segments.filter { analysed.takes[$0.id] != nil }.map(\.speaker))
            for speaker in speakers.sorted() where best[speaker] == nil {
                note(.borrowedRoomTone(speaker: episode.speaker(id: speaker)?.name ?? speaker))
            }
            return best.mapValues { ($0.0, $0.1, $0.2.frame..<($0.2.frame + $0.2.frames)) }
        }
    }

    private func warnAbout(_ take: TakeFile, _ analysis: TakeAnalysis, note: (AssemblyWarning) -> Void) {
        let file = "takes/\(take.name)"
        if analysis.clipEvents > 0 {
            note(
                .clippedTake(
                    segment: take.segmentID, file: file, events: analysis.clipEvents,
                    firstSeconds: analysis.firstClipSeconds))
        }
        if analysis.sampleRate < 16_000 {
            note(.lowSampleRate(segment: take.segmentID, file: file, sampleRate: analysis.sampleRate))
        }
        let remaining = analysis.deadAirSeconds(
            pausesOf: options.trimming.deadAirPauseSeconds, tightenedTo: options.trimming.tighten)
        if remaining > options.trimming.deadAirWarningSeconds {
            note(.deadAir(segment: take.segmentID, file: file, seconds: remaining))
        }
    }
}
