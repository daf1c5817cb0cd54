import Foundation

/// Finds the MPEG audio inside an MP3 file: after any ID3v2 tags at the start, before an ID3v1 tag at the end.
enum MP3Audio {
    /// The byte range of the audio frames.
    /// - Throws: ``ID3Error/notMP3(path:)`` when no MPEG frame sync follows the tags.
    static func range(in data: Data, path: String) throws(ID3Error) -> Range<Int> {
        guard !data.isEmpty else { throw .notMP3(path: path) }
        var start = data.startIndex
        // An ID3v2 tag: "ID3", version, flags, synchsafe size; a footer adds 10 bytes (2.4, flag bit 4).
        while data.count - (start - data.startIndex) >= 10, data[start] == 0x49, data[start + 1] == 0x44,
            data[start + 2] == 0x33
        {
            let size =
                (Int(data[start + 6]) << 21) | (Int(data[start + 7]) << 14) | (Int(data[start + 8]) << 7)
                | Int(data[start + 9])
            let footer = data[start + 5] & 0x10 != 0 ? 10 : 0
            start += 10 + size + footer
            // Some writers pad after the declared size; skip zero bytes up to the next frame sync.
            while start < data.endIndex, data[start] == 0 { start += 1 }
        }
        var end = data.endIndex
        if end - start >= 128, data[end - 128] == 0x54, data[end - 127] == 0x41, data[end - 126] == 0x47 {
            end -= 128
        }
        guard start + 1 < end, data[start] == 0xFF, data[start + 1] & 0xE0 == 0xE0 else { throw .notMP3(path: path) }
        return start..<end
    }
}
