import CSndFile
import Foundation

extension AudioFileReader {
    /// The file's format for people: `FLAC 24-bit, 44.1 kHz, stereo`.
    public var formatDescription: String {
        AudioFormatDescription.describe(code: formatCode, sampleRate: sampleRate, channels: channels)
    }

    /// The file's text tags (RIFF INFO, Vorbis comments, ID3 as libsndfile reads them); empty fields are `nil`.
    public var tags: AudioTags {
        func string(_ kind: Int32) -> String? {
            guard let text = sf_get_string(handle, kind) else { return nil }
            let value = String(cString: text)
            return value.isEmpty ? nil : value
        }
        return AudioTags(
            title: string(Int32(SF_STR_TITLE)), artist: string(Int32(SF_STR_ARTIST)),
            album: string(Int32(SF_STR_ALBUM)), comment: string(Int32(SF_STR_COMMENT)))
    }

    /// Whether the header's frame count is exact, so a short read means the file was cut short.
    /// Compressed streams (MP3, Ogg) only estimate their length.
    static func isExactLength(_ code: Int32) -> Bool {
        let major = code & Int32(SF_FORMAT_TYPEMASK)
        return major != Int32(SF_FORMAT_OGG) && major != Int32(SF_FORMAT_MPEG)
    }

    /// Finds libsndfile's note that a WAV/AIFF audio chunk is shorter than its header says
    /// (`data : 960000 (should be 29922)`). Headers declaring 0 or 0xFFFFFFFF bytes come from recorders that stream
    /// and never went back to fill the size in; those files are whole.
    static func truncation(inLog log: String) -> (promised: Int, present: Int)? {
        for line in log.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("data :") || trimmed.hasPrefix("SSND :"),
                let open = trimmed.range(of: "(should be ")
            else { continue }
            let declared = Int(
                trimmed[trimmed.index(trimmed.startIndex, offsetBy: 6)..<open.lowerBound]
                    .trimmingCharacters(in: .whitespaces)
            )
            let actual = Int(trimmed[open.upperBound...].prefix { $0.isNumber })
            guard let declared, let actual, declared != 0, declared != 0xFFFF_FFFF, actual < declared else { continue }
            return (declared, actual)
        }
        return nil
    }

    /// Turns libsndfile's open failure into a message a producer can act on.
    static func openError(_ failure: SndFileOpenFailure, path: String) -> AudioError {
        switch failure.code {
        case Int32(SF_ERR_UNRECOGNISED_FORMAT):
            AudioError(
                .notAudio,
                path: path,
                reason: "is not an audio file libsndfile can read "
                    + "(WAV, AIFF, FLAC, Ogg, Opus, MP3); convert it or check it is the right file"
            )
        case Int32(SF_ERR_MALFORMED_FILE), Int32(SF_ERR_UNSUPPORTED_ENCODING):
            AudioError(
                .corrupt,
                path: path,
                reason: "is damaged or uses an unsupported encoding (\(failure.message)); "
                    + "export or record it again"
            )
        case Int32(SF_ERR_SYSTEM):
            AudioError(.cannotOpen, path: path, reason: "cannot be opened: \(failure.message)")
        default:
            // libsndfile's message for a file whose decoder found no audio in it ("File does not exist or is not a
            // regular file (possibly a pipe?)") is wrong about a file that is there.
            FileSystemEntry.isRegularFile(path)
                ? AudioError(
                    .corrupt, path: path,
                    reason: "is damaged or not audio: no sound could be decoded from it; export or record it again")
                : AudioError(.corrupt, path: path, reason: "cannot be read: \(failure.message)")
        }
    }
}

/// Names libsndfile formats for people.
enum AudioFormatDescription {
    static func describe(code: Int32, sampleRate: Int, channels: Int) -> String {
        let major = code & Int32(SF_FORMAT_TYPEMASK)
        let minor = code & Int32(SF_FORMAT_SUBMASK)
        let container = containerName(major)
        let encoding = encodingName(minor)
        let head: String
        switch (container, encoding) {
        case ("MP3", _): head = "MP3"
        case ("Ogg", let name?): head = "Ogg \(name)"
        case (let container, let name?): head = "\(container) \(name)"
        case (let container, nil): head = container
        }
        return "\(head), \(rate(sampleRate)), \(layout(channels))"
    }

    static func rate(_ sampleRate: Int) -> String {
        // 48 kHz, 44.1 kHz, 22.05 kHz, 11.025 kHz: as many decimals as the rate needs.
        var text = String(format: "%.3f", Double(sampleRate) / 1000)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return "\(text) kHz"
    }

    static func layout(_ channels: Int) -> String {
        switch channels {
        case 1: "mono"
        case 2: "stereo"
        default: "\(channels) channels"
        }
    }

    private static func containerName(_ major: Int32) -> String {
        switch major {
        case Int32(SF_FORMAT_WAV): "WAV"
        case Int32(SF_FORMAT_WAVEX): "WAV"
        case Int32(SF_FORMAT_RF64): "RF64"
        case Int32(SF_FORMAT_W64): "W64"
        case Int32(SF_FORMAT_AIFF): "AIFF"
        case Int32(SF_FORMAT_CAF): "CAF"
        case Int32(SF_FORMAT_FLAC): "FLAC"
        case Int32(SF_FORMAT_OGG): "Ogg"
        case Int32(SF_FORMAT_MPEG): "MP3"
        case Int32(SF_FORMAT_AU): "AU"
        default: "Audio"
        }
    }

    private static func encodingName(_ minor: Int32) -> String? {
        switch minor {
        case Int32(SF_FORMAT_PCM_S8), Int32(SF_FORMAT_PCM_U8): "8-bit"
        case Int32(SF_FORMAT_PCM_16): "16-bit"
        case Int32(SF_FORMAT_PCM_24): "24-bit"
        case Int32(SF_FORMAT_PCM_32): "32-bit"
        case Int32(SF_FORMAT_FLOAT): "32-bit float"
        case Int32(SF_FORMAT_DOUBLE): "64-bit float"
        case Int32(SF_FORMAT_ULAW): "µ-law"
        case Int32(SF_FORMAT_ALAW): "A-law"
        case Int32(SF_FORMAT_VORBIS): "Vorbis"
        case Int32(SF_FORMAT_OPUS): "Opus"
        case Int32(SF_FORMAT_MPEG_LAYER_III): "MP3"
        default: nil
        }
    }
}

/// What kind of thing a path names, for messages.
enum FileSystemEntry {
    /// Whether `path` is a regular file (following symbolic links).
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}
