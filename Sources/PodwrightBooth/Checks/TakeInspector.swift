import Foundation
import PodwrightAudio
import PodwrightCore

/// The level checks of a take, from the assembler's own analysis (``TakeAnalyzer``): clipping, loudness and peak
/// against what the episode needs, the room's noise floor, duration against the estimate, and dead air.
struct TakeInspector: Sendable {
    /// What the episode is delivered at (the show's audio preset).
    var target = LevelTarget.podcast
    /// How far the assembler will raise a take (it level-matches within ±12 dB).
    var maximumGainDB = 12.0

    /// Measures the take at `url`, recorded as take `take` of `segment`.
    /// - Throws: ``AudioError`` when the file cannot be decoded.
    func inspect(_ url: URL, file: String, segment: Segment, take: Int) throws(AudioError) -> TakeReport {
        let analyzer = TakeAnalyzer(outputChannels: target.channels)
        let analysis = try analyzer.analyse(url)
        let policy = analyzer.trimming
        let rate = Double(analysis.sampleRate)
        let duration = Double(analysis.frames) / rate
        let start = analysis.headFrame > 0 ? Double(analysis.headFrame) / rate + policy.headMargin : 0
        let end =
            analysis.tailFrame < analysis.frames ? Double(analysis.tailFrame) / rate - policy.tailMargin : duration
        let speech = max(0, end - start)
        var report = TakeReport(
            segment: segment.id, take: take, file: file, sampleRate: analysis.sampleRate, channels: analysis.channels,
            durationSeconds: duration, speechSeconds: analysis.isSilent ? 0 : speech,
            estimatedSeconds: segment.estimatedSeconds, loudnessLUFS: analysis.integratedLUFS,
            peakDBFS: analysis.samplePeak > 0 ? 20 * log10(Double(analysis.samplePeak)) : -200,
            clipEvents: analysis.clipEvents,
            noiseFloorDBFS: analysis.quietest.map { 10 * log10(Double($0.meanSquare)) },
            headSeconds: analysis.isSilent ? duration : start, tailSeconds: analysis.isSilent ? 0 : duration - end,
            pauseSeconds: analysis.deadAirSeconds(pausesOf: policy.deadAirPauseSeconds, tightenedTo: nil),
            findings: [])
        report.findings = findings(report, analysis: analysis, policy: policy)
        return report
    }

    private func findings(_ report: TakeReport, analysis: TakeAnalysis, policy: TrimPolicy) -> [TakeReport.Finding] {
        typealias Finding = TakeReport.Finding
        guard let loudness = report.loudnessLUFS else {
            return [
                Finding(
                    check: "level", level: .problem,
                    message: "No sound: the take is silent. Check that the microphone is on and not muted, then "
                        + "record again.")
            ]
        }
        var found: [Finding] = []
        if analysis.clipEvents > 0 {
            let at = analysis.firstClipSeconds.map { String(format: " (first at %.1f s)", $0) } ?? ""
            found.append(
                Finding(
                    check: "clipping", level: .problem,
                    message: "Clipped \(analysis.clipEvents) \(analysis.clipEvents == 1 ? "time" : "times")\(at): "
                        + "turn the input gain down and record again."))
        } else if report.peakDBFS > -0.5 {
            found.append(
                Finding(
                    check: "clipping", level: .warning,
                    message: String(
                        format: "Peaks reach %.1f dBFS, at the edge of clipping: a little less gain is safer.",
                        report.peakDBFS)))
        } else {
            found.append(
                Finding(
                    check: "clipping", level: .ok,
                    message: String(format: "No clipping (peak %.1f dBFS).", report.peakDBFS)))
        }
        let targetLUFS = target.lufs
        let gain = targetLUFS - loudness
        if gain > maximumGainDB {
            found.append(
                Finding(
                    check: "level", level: .problem,
                    message: String(
                        format: "Too quiet: %.1f LUFS needs %.0f dB to reach the episode's %.0f LUFS, more than the "
                            + "%.0f dB the assembler adds. Move closer or raise the input gain.",
                        loudness, gain, targetLUFS, maximumGainDB)))
        } else if gain > maximumGainDB - 4 {
            found.append(
                Finding(
                    check: "level", level: .warning,
                    message: String(
                        format: "Quiet: %.1f LUFS will be raised by %.0f dB, and the room's noise with it.", loudness,
                        gain)))
        } else if gain < -8 {
            found.append(
                Finding(
                    check: "level", level: .warning,
                    message: String(
                        format: "Very loud: %.1f LUFS against the episode's %.0f LUFS; a little less gain leaves "
                            + "headroom.", loudness, targetLUFS)))
        } else {
            found.append(
                Finding(
                    check: "level", level: .ok,
                    message: String(format: "Level %.1f LUFS (the episode is %.0f LUFS).", loudness, targetLUFS)))
        }
        if let floor = report.noiseFloorDBFS {
            let level: TakeReport.Level = floor > -45 ? .problem : floor > -55 ? .warning : .ok
            let advice = level == .ok ? "." : ": find a quieter room, or move away from fans and computers."
            found.append(
                Finding(check: "noise", level: level, message: String(format: "Room noise %.0f dBFS", floor) + advice))
        } else {
            found.append(
                Finding(
                    check: "noise", level: .warning,
                    message: "No quiet half second to measure the room by: leave a moment of silence before and "
                        + "after you speak."))
        }
        found.append(durationFinding(report))
        if analysis.headFrame == 0 {
            found.append(
                Finding(
                    check: "head", level: .warning,
                    message: "The first word starts right at the beginning and may be cut: wait a moment after "
                        + "starting the recording."))
        } else if report.headSeconds > 3 {
            found.append(
                Finding(
                    check: "head", level: .warning,
                    message: String(
                        format: "%.1f s of silence before the first word (it is trimmed).", report.headSeconds)))
        }
        if analysis.tailFrame >= analysis.frames {
            found.append(
                Finding(
                    check: "tail", level: .warning,
                    message: "The take stops while there is still sound: the last word may be cut. Stop a moment "
                        + "after the last word."))
        } else if report.tailSeconds > 4 {
            found.append(
                Finding(
                    check: "tail", level: .warning,
                    message: String(
                        format: "%.1f s of silence after the last word (it is trimmed).", report.tailSeconds)))
        }
        if report.pauseSeconds >= policy.deadAirWarningSeconds {
            found.append(
                Finding(
                    check: "pauses", level: .warning,
                    message: String(
                        format: "%.1f s of pauses of a second or more inside the line.", report.pauseSeconds)))
        }
        return found
    }

    private func durationFinding(_ report: TakeReport) -> TakeReport.Finding {
        let speech = report.speechSeconds
        let estimate = report.estimatedSeconds
        let text = String(format: "%.1f s spoken, %.1f s estimated", speech, estimate)
        if speech < estimate * 0.5, estimate - speech > 1 {
            return .init(
                check: "duration", level: .problem, message: "Much shorter than expected (\(text)): were lines skipped?"
            )
        }
        if speech > estimate * 2, speech - estimate > 2 {
            return .init(check: "duration", level: .warning, message: "Much longer than expected (\(text)).")
        }
        if abs(speech - estimate) > max(1.5, estimate * 0.35) {
            return .init(
                check: "duration", level: .warning,
                message: (speech < estimate ? "Shorter" : "Longer") + " than the estimate (\(text)).")
        }
        return .init(check: "duration", level: .ok, message: "Duration fits (\(text)).")
    }
}
