import ArgumentParser
import Foundation
import PodwrightAudio
import PodwrightCore

extension Assemble {
    /// The library's options from the command line.
    func options() throws -> AssemblyOptions {
        var options = AssemblyOptions()
        options.takes = takesFolder.takes.map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let takes = takesFolder.takes, !FileManager.default.fileExists(atPath: takes) {
            throw ValidationFailure("--takes \(takes): no such folder (check the path)")
        }
        options.format = format
        options.targetLUFS = lufs ?? preset.targetLUFS(channels: channels)
        options.truePeakCeiling = truePeak
        options.sampleRate = sampleRate
        options.channels = channels
        options.bitDepth = bitDepth
        options.mp3Bitrate = Int(mp3Bitrate)
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
        return options
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
