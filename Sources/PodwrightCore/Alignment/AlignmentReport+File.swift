public import Foundation

extension AlignmentReport {
    /// The report as `alignment.json` holds it: sorted keys, indented.
    public func jsonData() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Reads an `alignment.json`.
    /// - Returns: the report, or `nil` when the file is missing or not an alignment report.
    public static func load(from url: URL) -> AlignmentReport? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(AlignmentReport.self, from: data)
    }

    /// The summary line: how many takes were checked and what was found.
    public var summaryLine: String {
        let counts = Dictionary(grouping: takes, by: \.verdict).mapValues(\.count)
        let parts = AlignmentVerdict.allCases.compactMap { verdict in
            counts[verdict].map { "\($0) \(verdict.rawValue)" }
        }
        let guessed = pronunciations.guessed.count
        return "alignment: \(takes.count) takes checked: " + parts.joined(separator: ", ")
            + "; pronunciations guessed for \(guessed) word\(guessed == 1 ? "" : "s")"
            + (pronunciations.overridden > 0 ? ", \(pronunciations.overridden) from your overrides" : "")
    }
}
