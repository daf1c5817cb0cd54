import Foundation
import PodwrightCore

/// `build/report.txt`: what the finish did, as a producer reads it — the delivered loudness, then one row per segment
/// (its loudness as recorded, the gain it got, leveler, limiter, trimming), then the warnings.
struct AssemblyReportText {
    let report: AssemblyReport

    init(_ report: AssemblyReport) {
        self.report = report
    }

    var text: String {
        let finish = report.finish
        var lines = ["Podwright assembly report: \(report.timeline.file ?? "episode")", ""]
        if let loudness = report.timeline.loudness {
            lines.append(
                String(
                    format: "delivered: %.1f LUFS (target %.1f), true peak %.1f dBTP (ceiling %.1f), range %.1f LU",
                    loudness.integratedLUFS, finish.targetLUFS, loudness.truePeakDBTP, finish.truePeakCeilingDBTP,
                    loudness.loudnessRangeLU))
        }
        let limiter =
            finish.limiter.limitedSeconds > 0
            ? String(
                format: "limiter on %.3f%% (%.2f s), at most %.2f dB", finish.limiter.limitedPercent,
                finish.limiter.limitedSeconds, finish.limiter.maxGainReductionDB)
            : "the limiter never acted"
        lines.append(
            String(
                format: "episode gain %+.2f dB, level matching %@, %d render%@; %@", finish.episodeGainDB,
                finish.levelMatching, finish.renders, finish.renders == 1 ? "" : "s", limiter))
        lines.append("")
        let header = [
            "segment", "take", "input LUFS", "gain dB", "wanted dB", "leveler dB", "limiter s/dB", "trim head/tail s",
            "non-speech s",
        ]
        var rows = [header]
        for segment in finish.segments ?? [] {
            rows.append([
                segment.id, segment.take ?? "(silence)", Self.number(segment.inputLUFS, "%.1f"),
                String(format: "%+.1f", segment.gainDB), Self.number(segment.neededGainDB, "%+.1f"),
                segment.levelerCutDB.map { String(format: "-%.1f/+%.1f", $0, segment.levelerBoostDB ?? 0) } ?? "-",
                segment.limitedSeconds > 0
                    ? String(format: "%.1f/%.1f", segment.limitedSeconds, segment.limiterReductionDB) : "-",
                String(format: "%.2f/%.2f", segment.trimmedHeadSeconds, segment.trimmedTailSeconds),
                String(format: "%.1f", segment.nonSpeechSeconds)
                    + (segment.tightenedSeconds > 0 ? String(format: " (-%.1f)", segment.tightenedSeconds) : "")
                    + (segment.denoised ? " dn" : ""),
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            lines.append(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        if !report.warnings.isEmpty {
            lines.append("")
            lines.append("warnings:")
            lines += report.warnings.map { "- \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func number(_ value: Double?, _ format: String) -> String {
        value.map { String(format: format, $0) } ?? "-"
    }
}
