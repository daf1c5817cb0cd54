/// Builds the body of a RIFF `LIST` chunk of type `adtl` holding one `labl` sub-chunk per cue marker.
///
/// libsndfile writes cue positions (`cue ` chunk) but not their names; editors (Audition, Reaper, Wavelab, ffprobe)
/// read names from `labl` sub-chunks whose cue id matches the cue point's id (1-based, in marker order).
enum WavLabelChunk {
    /// The `LIST` chunk body (starting with `adtl`), padded to a multiple of 4 bytes because libsndfile pads chunk
    /// data to 4 and padding must not look like a truncated sub-chunk.
    static func body(for markers: [CueMarker]) -> [UInt8] {
        var bytes: [UInt8] = Array("adtl".utf8)
        for (index, marker) in markers.enumerated() {
            var text = Array(marker.label.utf8) + [0]
            if text.count % 2 == 1 { text.append(0) }
            if index == markers.count - 1, (bytes.count + 12 + text.count) % 4 != 0 { text += [0, 0] }
            bytes += Array("labl".utf8)
            bytes += littleEndian(UInt32(4 + text.count))
            bytes += littleEndian(UInt32(index + 1))
            bytes += text
        }
        return bytes
    }

    static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }
}
