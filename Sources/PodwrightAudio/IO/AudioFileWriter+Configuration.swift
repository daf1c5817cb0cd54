import CSndFile

extension AudioFileWriter {
    /// libsndfile's format code for `settings`.
    static func formatCode(_ settings: AudioFileSettings, path: String) throws(AudioError) -> Int32 {
        guard settings.channels >= 1, settings.sampleRate >= 1 else {
            throw AudioError(.invalidSettings, path: path, reason: "needs at least one channel and a positive rate")
        }
        let pcm: Int32
        switch settings.bitDepth {
        case 16: pcm = Int32(SF_FORMAT_PCM_16)
        case 24: pcm = Int32(SF_FORMAT_PCM_24)
        default:
            guard settings.format == .mp3 || settings.format == .opus else {
                throw AudioError(
                    .invalidSettings,
                    path: path,
                    reason: "bit depth \(settings.bitDepth) is not "
                        + "supported; use 16 or 24"
                )
            }
            pcm = Int32(SF_FORMAT_PCM_16)
        }
        switch settings.format {
        case .wav: return Int32(SF_FORMAT_WAV) | pcm
        case .flac: return Int32(SF_FORMAT_FLAC) | pcm
        case .mp3: return Int32(SF_FORMAT_MPEG) | Int32(SF_FORMAT_MPEG_LAYER_III)
        case .opus: return Int32(SF_FORMAT_OGG) | Int32(SF_FORMAT_OPUS)
        }
    }

    /// Sets clipping, bitrate and tags: all must precede the first sample.
    static func configure(_ handle: OpaquePointer, settings: AudioFileSettings, path: String) throws(AudioError) {
        // Integer output clips instead of wrapping around on overs.
        podwright_sf_command_int(handle, Int32(SFC_SET_CLIPPING), Int32(SF_TRUE))
        switch settings.format {
        case .mp3:
            let mode: Int32
            let compression: Double
            switch settings.mp3Bitrate {
            case .constant(let kbps):
                mode = Int32(SF_BITRATE_MODE_CONSTANT)
                // libsndfile maps compression c to 320 − 288·c kbps (MPEG-1) and truncates; aim a little above.
                let top: Double = settings.sampleRate >= 32_000 ? 320 : settings.sampleRate >= 16_000 ? 160 : 64
                let bottom: Double = settings.sampleRate >= 32_000 ? 32 : 8
                compression = min(1, max(0, (top - Double(kbps) - 0.25) / (top - bottom)))
            case .variable(let quality):
                mode = Int32(SF_BITRATE_MODE_VARIABLE)
                compression = min(1, max(0, 1 - quality))
            }
            // libsndfile 1.2 returns lame's own status here (0 on success), so only a recorded error counts.
            podwright_sf_command_int(handle, Int32(SFC_SET_BITRATE_MODE), mode)
            guard sf_error(handle) == 0 else {
                throw AudioError(
                    .invalidSettings,
                    path: path,
                    reason: "cannot set the MP3 bitrate mode: "
                        + SndFile.message(handle)
                )
            }
            try require(
                podwright_sf_command_double(handle, Int32(SFC_SET_COMPRESSION_LEVEL), compression),
                "the MP3 bitrate",
                handle,
                path
            )
        case .opus:
            let compression = Self.opusCompressionLevel(settings)
            try require(
                podwright_sf_command_double(handle, Int32(SFC_SET_COMPRESSION_LEVEL), compression),
                "the Opus bitrate",
                handle,
                path
            )
        case .wav, .flac:
            break
        }
        let tags: [(Int32, String?)] = [
            (Int32(SF_STR_TITLE), settings.tags.title), (Int32(SF_STR_ARTIST), settings.tags.artist),
            (Int32(SF_STR_ALBUM), settings.tags.album), (Int32(SF_STR_COMMENT), settings.tags.comment),
        ]
        for (kind, value) in tags {
            guard let value, !value.isEmpty else { continue }
            guard sf_set_string(handle, kind, value) == 0 else {
                throw AudioError(
                    .writeFailed,
                    path: path,
                    reason: "cannot store the tag \"\(value)\": "
                        + SndFile.message(handle)
                )
            }
        }
    }

    /// Writes cue points and their names; returns the chunk memory libsndfile reads until close.
    static func setCueMarkers(
        _ handle: OpaquePointer,
        _ markers: [CueMarker],
        path: String
    ) throws(AudioError)
        -> UnsafeMutableRawPointer
    {
        guard markers.allSatisfy({ $0.frame >= 0 && $0.frame <= Int(UInt32.max) }) else {
            throw AudioError(.invalidSettings, path: path, reason: "a cue marker lies outside the file")
        }
        let frames = markers.map { UInt32($0.frame) }
        try require(podwright_sf_set_cues(handle, frames, UInt32(frames.count)), "the cue markers", handle, path)
        let body = WavLabelChunk.body(for: markers)
        let memory = SndFileHandle.allocateChunk(body)
        guard podwright_sf_set_chunk(handle, "LIST", memory, UInt32(body.count)) == 0 else {
            memory.deallocate()
            throw AudioError(
                .writeFailed,
                path: path,
                reason: "cannot store the cue marker names: "
                    + SndFile.message(handle)
            )
        }
        return memory
    }

    private static func require(
        _ result: Int32,
        _ what: String,
        _ handle: OpaquePointer,
        _ path: String
    )
        throws(AudioError)
    {
        guard result == Int32(SF_TRUE) else {
            throw AudioError(.invalidSettings, path: path, reason: "cannot set \(what): \(SndFile.message(handle))")
        }
    }

    /// libsndfile sets an Opus stream's bitrate from its compression level: level 0 asks for 256 kbit/s per channel
    /// and level 1 for 6 kbit/s per channel, linearly between. This finds the level for the bitrate asked for.
    static func opusCompressionLevel(_ settings: AudioFileSettings) -> Double {
        let channels = Double(max(1, settings.channels))
        let kbps = Double(settings.opusBitrateKbps ?? (settings.channels > 1 ? 64 : 48))
        let perChannel = kbps * 1000 / channels
        return min(1, max(0, 1 - (perChannel - 6000) / (256_000 - 6000)))
    }
}
