import Foundation

extension SplitReport {
    /// The recording as an Audacity label track (File ▸ Import ▸ Labels): a region per take cut, per earlier
    /// reading, per false start and per stretch of unplaced speech; tab-separated `start end label` in seconds,
    /// sorted by start.
    public var audacityLabels: String {
        var labels: [(start: Int, end: Int, text: String)] = []
        for segment in found {
            labels.append(
                (segment.start, segment.end, "\(segment.segment) → \(segment.take.split(separator: "/").last ?? "")"))
            for earlier in segment.earlierReadings {
                labels.append((earlier.start, earlier.end, "\(segment.segment) earlier reading (not used)"))
            }
        }
        for stretch in falseStarts {
            labels.append((stretch.start, stretch.end, "false start" + (stretch.segment.map { " (\($0))" } ?? "")))
        }
        for stretch in unplaced {
            labels.append((stretch.start, stretch.end, "unplaced speech: \(stretch.heard)"))
        }
        labels.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return labels.map { label in
            String(format: "%.6f\t%.6f\t", seconds(label.start), seconds(label.end))
                + label.text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
        }.joined(separator: "\n") + (labels.isEmpty ? "" : "\n")
    }

    /// A time in the recording for people: `12:03.4`.
    public func clock(_ frame: Int) -> String {
        let total = seconds(frame)
        let minutes = Int(total / 60)
        return String(format: "%d:%04.1f", minutes, total - Double(minutes * 60))
    }

    /// The lines `split` prints: one per re-read segment, false start, missing segment and stretch of unplaced
    /// speech, then a summary.
    public var lines: [String] {
        var lines: [String] = []
        for segment in reread {
            let times = segment.earlierReadings.map { clock($0.start) }.joined(separator: ", ")
            lines.append(
                "\(file): \(segment.segment) was read \(segment.earlierReadings.count + 1) times; "
                    + "kept the last complete reading at \(clock(segment.start)) (earlier: \(times))")
        }
        for stretch in falseStarts {
            lines.append(
                "\(file): skipped a false start at \(clock(stretch.start))"
                    + (stretch.segment.map { " (\($0))" } ?? "") + ": “\(stretch.heard)”")
        }
        if !missing.isEmpty {
            lines.append("\(file): not found in the recording: \(missing.joined(separator: ", "))")
        }
        for stretch in unplaced {
            lines.append(
                "\(file): speech at \(clock(stretch.start))–\(clock(stretch.end)) matches nothing in the script: "
                    + "“\(stretch.heard)”")
        }
        lines.append(summaryLine)
        return lines
    }

    /// `takes/session-1.wav: 12 segments found (2 re-read), 1 missing, 1 stretch of unplaced speech`.
    public var summaryLine: String {
        func count(_ value: Int, _ noun: String, _ plural: String? = nil) -> String {
            "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
        }
        return "\(file): \(count(found.count, "segment")) found, \(reread.count) re-read, "
            + "\(count(falseStarts.count, "false start")) skipped, \(missing.count) missing, "
            + "\(count(unplaced.count, "stretch", "stretches")) of unplaced speech"
    }
}
