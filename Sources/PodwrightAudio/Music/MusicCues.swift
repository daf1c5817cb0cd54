public import Foundation
public import PodwrightCore

/// Resolves the script's `[music NAME]` cues to files: NAME as a path (relative to the episode folder) when it is
/// one, else `NAME.*` in the stings folders — the one given, then `EP/stings` and `EP/music`.
public struct MusicCues: Sendable {
    /// A cue whose music was not found.
    public struct Unknown: Error, Equatable, Sendable, CustomStringConvertible {
        /// The name in the cue.
        public var name: String
        /// The segment the cue leads into.
        public var segment: String
        /// The cue's line in `script.md`, when the script is at hand.
        public var line: Int?
        /// Where the music was looked for.
        public var searched: [String]

        public var description: String {
            "unknown music “\(name)” before segment \(segment): no \(name).wav, .flac, .ogg or .mp3 in "
                + searched.joined(separator: " or ") + "; add the file, or give a path ([music stings/\(name).wav])"
        }
    }

    /// The folders searched, in order.
    public let folders: [URL]
    /// The episode folder paths are relative to.
    public let episodeFolder: URL

    /// Cues for the episode in `folder`, searching `stings` first when given.
    public init(folder: EpisodeFolder, stings: URL? = nil) {
        episodeFolder = folder.url
        folders =
            (stings.map { [$0] } ?? []) + [
                folder.url.appendingPathComponent("stings", isDirectory: true),
                folder.url.appendingPathComponent("music", isDirectory: true),
            ]
    }

    /// The file for `name`, or `nil`.
    public func file(for name: String) -> URL? {
        let fileManager = FileManager.default
        if name.contains("/") || !(name as NSString).pathExtension.isEmpty {
            let url =
                name.hasPrefix("/")
                ? URL(fileURLWithPath: name) : episodeFolder.appendingPathComponent(name)
            if fileManager.fileExists(atPath: url.path) { return url }
        }
        for folder in folders {
            let names = (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []
            let prefix = name.lowercased() + "."
            if let match = names.sorted().first(where: { $0.lowercased().hasPrefix(prefix) && !$0.hasPrefix(".") }) {
                return folder.appendingPathComponent(match)
            }
        }
        return nil
    }

    /// Every cue of `episode` resolved by name, and every cue that could not be (with its line in `scriptText`).
    public func resolve(_ episode: Episode, scriptText: String?) -> (files: [String: URL], unknown: [Unknown]) {
        var files: [String: URL] = [:]
        var unknown: [Unknown] = []
        let lines = scriptText.map(Self.cueLines) ?? [:]
        var seen: [String: Int] = [:]
        for segment in episode.segments {
            guard let name = segment.musicBefore else { continue }
            if let url = files[name] ?? file(for: name) {
                files[name] = url
                continue
            }
            let occurrence = seen[name, default: 0]
            seen[name] = occurrence + 1
            let line = lines[name].flatMap { occurrence < $0.count ? $0[occurrence] : nil }
            unknown.append(
                Unknown(
                    name: name, segment: segment.id, line: line,
                    searched: folders.map { $0.path.replacingOccurrences(of: episodeFolder.path, with: "EP") }))
        }
        return (files, unknown)
    }

    /// The lines of `[music NAME]` directives in a script, by NAME, in order.
    static func cueLines(_ text: String) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("[music "), trimmed.hasSuffix("]") else { continue }
            let name = trimmed.dropFirst(7).dropLast().trimmingCharacters(in: .whitespaces)
            result[name.replacingOccurrences(of: "\\", with: ""), default: []].append(index + 1)
        }
        return result
    }
}
