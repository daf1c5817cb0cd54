public import Foundation
import PodwrightCore

/// Take analyses kept between runs in `EP/build/.cache/takes.json`, keyed by path, size and modification time, so
/// re-assembling after one retake analyses only that take.
public struct AnalysisCache: Sendable {
    private var entries: [String: TakeAnalysis]
    private var used: [String: TakeAnalysis] = [:]
    /// The cache file.
    public let url: URL
    /// Bumped whenever analysis changes meaning, so stale entries are not trusted.
    static let version = 2

    private struct Stored: Codable {
        var version: Int
        var entries: [String: TakeAnalysis]
    }

    /// Loads the cache at `url`; a missing or unreadable cache is an empty one.
    public init(url: URL) {
        self.url = url
        if let data = try? Data(contentsOf: url),
            let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.version == Self.version
        {
            entries = stored.entries
        } else {
            entries = [:]
        }
    }

    /// The key for a file: any change to its size or modification time, or to the episode's channel count
    /// (loudness is measured after channel mapping), invalidates the entry.
    public static func key(for url: URL, channels: Int, trimmed: Bool) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let size = attributes[.size] as? Int,
            let modified = attributes[.modificationDate] as? Date
        else { return nil }
        let stamp = Int((modified.timeIntervalSince1970 * 1_000_000).rounded())
        return "\(url.standardizedFileURL.path)|\(size)|\(stamp)|ch\(channels)|\(trimmed ? "trim" : "whole")"
    }

    /// The cached analysis for `key`, if any.
    public func lookup(_ key: String) -> TakeAnalysis? { entries[key] }

    /// Records an analysis used in this run; only entries used in this run are saved, so the cache cannot grow
    /// without bound as takes are replaced.
    public mutating func record(_ analysis: TakeAnalysis, for key: String) {
        used[key] = analysis
    }

    /// Writes the entries used in this run atomically. A cache that cannot be written only costs time next run.
    public func save() {
        let stored = Stored(version: Self.version, entries: used)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(stored) else { return }
        try? AtomicFile.write(data, to: url)
    }
}
