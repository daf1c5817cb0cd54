import Foundation
import PodwrightCore

extension Assembler {
    /// Mono when every take and every music file is mono (what sounds the same in both is delivered in half the
    /// data, and is rendered in half the time), stereo otherwise. Only the files' headers are read.
    static func channels(of catalog: TakeCatalog, music: [URL]) -> Int {
        let files = catalog.chosen.values.map(\.url) + music
        for url in files {
            guard let reader = try? AudioFileReader(url: url) else { continue }
            if reader.channels > 1 { return 2 }
        }
        return 1
    }

    /// The planner's inputs from the analysed files.
    func inputs(
        _ episode: Episode, _ analysed: Analysed, note: (AssemblyWarning) -> Void
    ) -> AssemblyPlanner.Inputs {
        func music(_ url: URL?) -> (URL, TakeAnalysis)? {
            url.flatMap { url in analysed.music[url.path].map { (url, $0) } }
        }
        var inputs = AssemblyPlanner.Inputs(takes: analysed.takes)
        inputs.introSting = music(options.introSting)
        inputs.outroSting = music(options.outroSting)
        inputs.musicBed = music(options.musicBed)
        for segment in episode.segments {
            guard let name = segment.musicBefore, let url = options.musicCues[name] else { continue }
            if let cue = music(url), cue.1.integratedLUFS != nil {
                inputs.cues[segment.id] = cue
            } else {
                note(.musicCueSkipped(segment: segment.id, name: name, reason: "\(url.lastPathComponent) is silent"))
            }
        }
        inputs.roomTones = roomTones(episode, analysed, note: note)
        return inputs
    }

    /// The per-segment report, the limiter's work and the targets, as `timing.json`'s `assembly` object holds them.
    func finish(
        _ plan: AssemblyPlan, output: Output, analysed: Analysed, episode: Episode, renders: Int
    ) -> AssemblyReport.Finish {
        func rounded(_ value: Double, _ scale: Double = 100) -> Double { (value * scale).rounded() / scale }
        let rate = Double(plan.sampleRate)
        return AssemblyReport.Finish(
            targetLUFS: options.resolvedTargetLUFS, truePeakCeilingDBTP: options.truePeakCeiling,
            estimatedLUFS: plan.estimatedLUFS.map { rounded($0) },
            episodeGainDB: rounded(plan.episodeGainDB),
            levelMatching: options.levelMatching.rawValue,
            limiter: AssemblyReport.Limiter(
                limitedSeconds: rounded(Double(output.limiter.limitedFrames) / rate, 1000),
                limitedPercent: rounded(
                    Double(output.limiter.limitedFrames) / Double(max(1, output.limiter.frames))
                        * 100, 1000),
                maxGainReductionDB: rounded(output.limiter.maxReductionDB),
                events: output.limiter.events),
            scratchSegments: episode.segments.compactMap { segment in
                analysed.takes[segment.id].flatMap { $0.0.kind == .scratch ? segment.id : nil }
            },
            renders: renders,
            format: options.format.rawValue,
            bitDepth: options.format.isLossy ? nil : options.bitDepth,
            channels: plan.channels,
            bitrateKbps: options.codecBitrate,
            segments: SegmentReport.reports(plan, limiter: output.limiterBlocks, episode: episode))
    }
}
