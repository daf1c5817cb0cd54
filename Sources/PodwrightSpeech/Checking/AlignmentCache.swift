import Foundation
import PodwrightCore

/// Alignments kept between runs in `EP/build/.cache/alignment/`, one file per take keyed by the file's path, size
/// and modification time, the words expected and how they are pronounced — so a retake, an edited segment or a
/// new override re-checks only what it touches.
struct AlignmentCache: Sendable {
    let folder: URL
    /// Bumped whenever checking changes meaning.
    static let version = 4

    private struct Entry: Codable {
        var version: Int
        var key: String
        var alignment: TakeAlignment
    }

    /// The key for a take, or `nil` when the file cannot be inspected (then it is not cached).
    static func key(for job: AlignmentJob, words: [String], lexicon: Lexicon) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: job.url.path),
            let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        let stamp = Int((modified.timeIntervalSince1970 * 1_000_000).rounded())
        let pronunciations = words.compactMap { word in
            lexicon.additions[word].map {
                "\(word)=" + ([$0] + (lexicon.alternatives[word] ?? [])).joined(separator: ",")
            }
        }
        return ["v\(version)", job.url.standardizedFileURL.path, "\(size)", "\(stamp)", job.segment]
            .joined(separator: "|") + "|" + words.joined(separator: " ") + "|" + pronunciations.joined(separator: ";")
    }

    func lookup(_ key: String) -> TakeAlignment? {
        guard let data = try? Data(contentsOf: file(for: key)),
            let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.version == Self.version,
            entry.key == key
        else { return nil }
        return entry.alignment
    }

    /// Stores an alignment; a cache that cannot be written only costs time next run.
    func record(_ alignment: TakeAlignment, for key: String) {
        guard let data = try? JSONEncoder().encode(Entry(version: Self.version, key: key, alignment: alignment))
        else { return }
        try? AtomicFile.write(data, to: file(for: key))
    }

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
