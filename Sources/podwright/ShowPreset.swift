import ArgumentParser
import Foundation
import PodwrightCore

/// The show's audio preset (`show.json` → `audio`) as `assemble` arguments, put before the producer's own so that
/// a flag typed on the command line wins for that run.
enum ShowPreset {
    /// How a preset value becomes arguments.
    enum Kind {
        /// `--flag VALUE`.
        case value
        /// `--flag PATH`, the path relative to the folder holding `show.json`; `keep` words pass as they are.
        case path(keep: Set<String> = [])
        /// `--flag` when the value is true, nothing when false.
        case flag
    }

    /// Every preset key and the `assemble` option it stands for: one line per option.
    static let assembleOptions: [String: (flag: String, kind: Kind)] = [
        "format": ("--format", .value),
        "preset": ("--preset", .value),
        "lufs": ("--lufs", .value),
        "truePeak": ("--true-peak", .value),
        "sampleRate": ("--sample-rate", .value),
        "channels": ("--channels", .value),
        "bitDepth": ("--bit-depth", .value),
        "mp3Bitrate": ("--mp3-bitrate", .value),
        "opusBitrate": ("--opus-bitrate", .value),
        "allowMissing": ("--allow-missing", .value),
        "levelMatch": ("--level-match", .value),
        "roomTone": ("--room-tone", .path(keep: ["off", "auto"])),
        "stings": ("--stings", .path()),
        "intro": ("--intro", .path()),
        "outro": ("--outro", .path()),
        "bed": ("--bed", .path(keep: ["none"])),
        "pauseScale": ("--pause-scale", .value),
        "noCache": ("--no-cache", .flag),
        "tighten": ("--tighten", .value),
        "leveler": ("--leveler", .flag),
        "denoise": ("--denoise", .flag),
        "noAlign": ("--no-align", .flag),
    ]

    /// The preset's arguments for an episode folder: from its own `show.json`, else its show's; none for a lone
    /// episode without one.
    /// - Throws: ``ValidationFailure`` naming `show.json` and the key when a key is unknown, a value is wrong or a
    ///   path names nothing.
    static func arguments(for folder: EpisodeFolder) throws -> [String] {
        guard let file = ShowFolder.showFile(for: folder) else { return [] }
        let show: Show
        do { show = try Show.load(from: file) } catch { throw ValidationFailure("\(error)") }
        let base = file.deletingLastPathComponent()
        var arguments: [String] = []
        for key in show.audio.keys.sorted() {
            guard let option = assembleOptions[key], let value = show.audio[key] else {
                throw ValidationFailure(
                    "\(file.path): “audio” has no option “\(key)”; the audio preset's keys are "
                        + assembleOptions.keys.sorted().joined(separator: ", "))
            }
            switch (option.kind, value) {
            case (.flag, .bool(let on)):
                if on { arguments.append(option.flag) }
            case (.flag, _):
                throw ValidationFailure("\(file.path): audio.\(key) should be true or false")
            case (_, .bool):
                throw ValidationFailure("\(file.path): audio.\(key) should be a value, not true or false")
            case (.value, let value):
                arguments += [option.flag, text(value)]
            case (.path(let keep), let value):
                let path = resolved(text(value), keep: keep, base: base)
                if !keep.contains(path) && !FileManager.default.fileExists(atPath: path) {
                    throw ValidationFailure(
                        "\(file.path): audio.\(key) names \(path), which does not exist; "
                            + "put the file there or correct the path (relative to the folder holding show.json)")
                }
                arguments += [option.flag, path]
            }
        }
        return arguments
    }

    /// The files an episode's build reads because its show names them: the preset's stings, bed and room tone
    /// (a folder with everything in it) and the show artwork, which the MP3 tag and the notes carry. A rerun of
    /// `produce` compares their times with the outputs', so changing a sting or the artwork rebuilds.
    static func inputs(for folder: EpisodeFolder) -> [URL] {
        guard let file = ShowFolder.showFile(for: folder), let show = try? Show.load(from: file) else { return [] }
        let base = file.deletingLastPathComponent()
        var named: [URL] = []
        for (key, value) in show.audio {
            guard case .path(let keep)? = assembleOptions[key]?.kind else { continue }
            let written = text(value)
            if !keep.contains(written) { named.append(URL(fileURLWithPath: resolved(written, keep: keep, base: base))) }
        }
        if let artwork = show.artworkFile(relativeTo: file) { named.append(artwork) }
        let manager = FileManager.default
        return named.flatMap { url in
            let inside = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
            return [url] + inside.map { url.appendingPathComponent($0) }
        }
    }

    /// A path written in `show.json`, relative to its folder unless absolute or one of the `keep` words.
    private static func resolved(_ written: String, keep: Set<String>, base: URL) -> String {
        keep.contains(written) || written.hasPrefix("/")
            ? written : base.appendingPathComponent(written).standardizedFileURL.path
    }

    private static func text(_ value: Show.PresetValue) -> String {
        switch value {
        case .string(let text): text
        case .number(let number): number == number.rounded() && abs(number) < 1e9 ? String(Int(number)) : "\(number)"
        case .bool(let flag): "\(flag)"
        }
    }
}
