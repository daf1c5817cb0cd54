public import Foundation
import PodwrightCore

/// Take analyses kept between runs in `EP/build/.cache/`, one small file per take keyed by path, size,
/// modification time, inode and change time, so re-assembling after one retake analyses only that take — and reading or writing the cache
/// never holds more than one entry in memory, however long the episode.
public struct AnalysisCache: Sendable {
    /// The cache folder.
    public let folder: URL
    private var used: Set<String> = []
    /// Bumped whenever analysis changes meaning, so stale entries are not trusted.
    static let version = 5

    private struct Entry: Codable {
        var version: Int
        var key: String
        var analysis: TakeAnalysis
    }

    /// A cache in `folder` (created when the first entry is written).
    public init(folder: URL) {
        self.folder = folder
    }

    /// The key for a file: any change to its size, modification time, inode or status-change time, or to the
    /// episode's channel count (loudness is measured after channel mapping), invalidates the entry. The inode and
    /// the change time catch a retake copied in with its old modification time (`cp -p`, `rsync -t`, unzip): the
    /// copy is a new file, and nothing can set a change time back.
    public static func key(for url: URL, channels: Int, trimmed: Bool, variant: String = "") -> String? {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return nil }
        let modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
        let changed = Int(status.st_ctim.tv_sec) * 1_000_000_000 + Int(status.st_ctim.tv_nsec)
        return "\(url.standardizedFileURL.path)|\(status.st_size)|\(modified)|\(status.st_ino)|\(changed)|"
            + "ch\(channels)|\(trimmed ? "trim" : "whole")\(variant)"
    }

    /// The cached analysis for `key`, if any.
    public mutating func lookup(_ key: String) -> TakeAnalysis? {
        let url = file(for: key)
        guard let data = try? Data(contentsOf: url),
            let entry = try? JSONDecoder().decode(Entry.self, from: data),
            entry.version == Self.version, entry.key == key
        else { return nil }
        used.insert(url.lastPathComponent)
        return entry.analysis
    }

    /// Stores an analysis made in this run. A cache that cannot be written only costs time next run.
    public mutating func record(_ analysis: TakeAnalysis, for key: String) {
        let url = file(for: key)
        used.insert(url.lastPathComponent)
        guard let data = try? JSONEncoder().encode(Entry(version: Self.version, key: key, analysis: analysis))
        else { return }
        try? AtomicFile.write(data, to: url)
    }

    /// Removes entries this run did not use (replaced takes), so the cache cannot grow without bound.
    public func prune() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(".json") && !used.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// The entry's file: a 64-bit FNV-1a hash of the key (the key itself is checked on reading).
    private func file(for key: String) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let name = String(hash, radix: 16)
        return folder.appendingPathComponent(String(repeating: "0", count: 16 - name.count) + name + ".json")
    }
}
