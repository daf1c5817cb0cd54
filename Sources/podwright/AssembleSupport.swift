import Foundation
import PodwrightAudio
import PodwrightCore

/// What `assemble` prints when it is done.
enum AssembleSummary {
    static func lines(_ report: AssemblyReport, folder: EpisodeFolder) -> [String] {
        let timeline = report.timeline
        var lines = [
            "\(folder.build.path)/\(timeline.file ?? "episode"): \(ReadingTime.clock(timeline.durationSeconds)), "
                + "\(timeline.segments.count) segments, \(timeline.chapters.count) chapters, "
                + "\(timeline.sampleRate) Hz \(timeline.channels == 1 ? "mono" : "stereo")"
        ]
        if let loudness = timeline.loudness {
            lines.append(
                String(
                    format: "loudness: %.1f LUFS integrated (target %.1f), true peak %.1f dBTP, "
                        + "range %.1f LU", loudness.integratedLUFS, report.finish.targetLUFS, loudness.truePeakDBTP,
                    loudness.loudnessRangeLU))
        }
        let placeholders = timeline.segments.filter(\.placeholder).count
        if placeholders > 0 { lines.append("placeholders (silence): \(placeholders)") }
        if !report.finish.scratchSegments.isEmpty {
            lines.append("scratch takes: \(report.finish.scratchSegments.count) of \(timeline.segments.count)")
        }
        lines.append("takes analysed: \(report.analysed), from cache: \(report.cached)")
        lines.append("wrote \(folder.timing.path) and \(folder.peaks.path)")
        return lines
    }

    static func limiterLine(_ report: AssemblyReport) -> String {
        let limiter = report.finish.limiter
        let events = limiter.events == 1 ? "1 reduction" : "\(limiter.events) reductions"
        return String(
            format: "limiter: acted on %.3f%% of the episode (%.2f s), at most %.2f dB, %@ of 1 dB or more; "
                + "episode gain %+.2f dB", limiter.limitedPercent, limiter.limitedSeconds,
            limiter.maxGainReductionDB, events, report.finish.episodeGainDB)
    }

}
