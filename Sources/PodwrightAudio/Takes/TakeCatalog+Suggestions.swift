import Foundation
import PodwrightCore

extension TakeCatalog {
    /// A warning for a take whose name matches no segment, suggesting the id it was probably meant for.
    static func unmatchedWarning(for take: TakeFile, ids: [String]) -> String {
        var message = "takes/\(take.name) matches no segment in the script and is not used"
        if let suggestion = suggestedName(for: take, ids: ids) {
            message += "; did you mean \(suggestion)?"
        }
        return message
    }

    /// The file name the take was probably meant to have, or `nil` when no id is close.
    static func suggestedName(for take: TakeFile, ids: [String]) -> String? {
        let ext = take.url.pathExtension
        let claimed = take.segmentID.lowercased()
        // A retake spelled with the wrong separator (`s1-p2-take2.wav`, `s1-p2_take2.wav`).
        for separator in ["-take", "_take", " take", "take"] {
            if let range = claimed.range(of: separator, options: .backwards),
                let number = Int(claimed[range.upperBound...]),
                let id = ids.first(where: { $0.lowercased() == claimed[..<range.lowerBound] })
            {
                return TakeName(segmentID: id, kind: .recorded(number), fileExtension: ext).fileName
            }
        }
        if let id = ids.first(where: { $0.lowercased() == claimed }) {
            return TakeName(segmentID: id, kind: take.kind, fileExtension: ext).fileName
        }
        let scored = ids.map { (id: $0, distance: editDistance(claimed, $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let limit = max(2, best.id.count / 3)
        guard best.distance <= limit else { return nil }
        return TakeName(segmentID: best.id, kind: take.kind, fileExtension: ext).fileName
    }

    /// Levenshtein distance, counting a swap of neighbours as one edit (`s1-2p` for `s1-p2`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        var beforePrevious = row
        for i in 1...a.count {
            beforePrevious = previousRow
            previousRow = row
            row = [Int](repeating: 0, count: b.count + 1)
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }
}
