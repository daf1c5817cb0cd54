import ArgumentParser
import Foundation
import PodwrightAudio
import PodwrightCore

extension Assemble {
    /// The library's options from the command line.
    func options(folder episodeFolder: EpisodeFolder, script: Episode) throws -> AssemblyOptions {
        var options = AssemblyOptions()
        options.takes = takesFolder.takes.map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let takes = takesFolder.takes, !FileManager.default.fileExists(atPath: takes) {
            throw ValidationFailure("--takes \(takes): no such folder (check the path)")
        }
        options.format = format
        if let lufs { options.targetLUFS = lufs } else { options.preset = preset }
        options.truePeakCeiling = truePeak
        options.sampleRate = sampleRate
        options.channels = channels
        options.bitDepth = bitDepth
        options.mp3Bitrate = mp3Bitrate.flatMap { Int($0) }
        options.mp3VariableBitrate = mp3Bitrate == "vbr"
        options.trimming.tighten = tighten.flatMap(Self.seconds)
        if leveler { options.leveler = LevelerPolicy() }
        options.denoise = denoise
        options.opusBitrate = opusBitrate
        options.missing = allowMissing == .silence ? .silence : .fail
        options.levelMatching = levelMatch
        options.pauses.scale = pauseScale
        options.useCache = !noCache
        switch roomTone {
        case "off": options.roomTone = .off
        case "auto": options.roomTone = .auto
        default: options.roomTone = .file(try existing(roomTone, what: "--room-tone"))
        }
        let folder = stings.map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let folder, !FileManager.default.fileExists(atPath: folder.path) {
            throw ValidationError("--stings: \(folder.path) does not exist")
        }
        options.introSting =
            try intro.map { try existing($0, what: "--intro") } ?? folder.flatMap { find("intro", in: $0) }
        options.outroSting =
            try outro.map { try existing($0, what: "--outro") } ?? folder.flatMap { find("outro", in: $0) }
        if bed == "none" {
            options.musicBed = nil
        } else {
            options.musicBed = try bed.map { try existing($0, what: "--bed") } ?? folder.flatMap { find("bed", in: $0) }
        }
        let cues = MusicCues(folder: episodeFolder, stings: folder)
        let resolved = cues.resolve(script, scriptText: try? String(contentsOf: episodeFolder.script, encoding: .utf8))
        if !resolved.unknown.isEmpty {
            let script = EpisodeFolder.displayPath(episode, "script.md")
            throw ValidationFailure(
                resolved.unknown.map { "\(script)\($0.line.map { ":\($0)" } ?? ""): \($0)" }.joined(separator: "\n"))
        }
        options.musicCues = resolved.files
        return options
    }

    /// Seconds from `1.2s`, `800ms` or `1.2`.
    static func seconds(_ text: String) -> Double? {
        let value = text.lowercased().trimmingCharacters(in: .whitespaces)
        if value.hasSuffix("ms") { return Double(value.dropLast(2)).map { $0 / 1000 } }
        if value.hasSuffix("s") { return Double(value.dropLast()) }
        return Double(value)
    }

    private func existing(_ path: String, what: String) throws -> URL {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("\(what): \(path) does not exist")
        }
        return URL(fileURLWithPath: path)
    }

    /// `intro.flac`, `intro.wav` … in a stings folder.
    private func find(_ name: String, in folder: URL) -> URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().first { $0.hasPrefix(name + ".") }.map { folder.appendingPathComponent($0) }
    }
}
