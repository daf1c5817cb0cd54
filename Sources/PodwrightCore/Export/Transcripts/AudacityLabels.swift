import Foundation

/// `labels.txt`: an Audacity label track (File ▸ Import ▸ Labels): a region per segment and a point per chapter.
public enum AudacityLabels {
    /// Tab-separated `start end label` lines in seconds, sorted by start, chapters before segments at equal times.
    public static func render(_ notes: EpisodeNotes) -> String {
        var labels: [(start: Double, end: Double, order: Int, text: String)] = []
        for chapter in notes.chapters {
            labels.append((chapter.start, chapter.start, 0, "Chapter: \(chapter.title)"))
        }
        for (segment, timing) in notes.placedSegments {
            let words = segment.text.singleLine.truncated(to: 48)
            labels.append(
                (timing.start, timing.end, 1, "\(segment.id) · \(notes.speakerName(segment.speaker)): \(words)"))
        }
        labels.sort { ($0.start, $0.order) < ($1.start, $1.order) }
        return labels.map { label in
            let text = label.text.replacingOccurrences(of: "\t", with: " ")
            return String(format: "%.6f\t%.6f\t", label.start, label.end) + text
        }.joined(separator: "\n") + "\n"
    }
}
