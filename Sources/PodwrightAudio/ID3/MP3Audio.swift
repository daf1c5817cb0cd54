import Foundation

/// Finds the MPEG audio inside an MP3 file: after any ID3v2 tags at the start, before an ID3v1 tag at the end.
///
/// Reads only the tag headers and the last 128 bytes, so an hour-long episode is never loaded to find its audio.
enum MP3Audio {
    /// The byte range of the audio frames in the file open in `handle`.
    /// - Throws: ``ID3Error/notMP3(path:)`` when no MPEG frame sync follows the tags, ``ID3Error/unreadable(path:)``
    ///   when the file cannot be read.
    static func range(in handle: FileHandle, path: String) throws(ID3Error) -> Range<Int> {
        do {
            let length = Int(try handle.seekToEnd())
            var start = 0
            // An ID3v2 tag: "ID3", version, flags, synchsafe size; a footer adds 10 bytes (2.4, flag bit 4).
            while length - start >= 10 {
                try handle.seek(toOffset: UInt64(start))
                let header = [UInt8](try handle.read(upToCount: 10) ?? Data())
                guard header.count == 10, header[0] == 0x49, header[1] == 0x44, header[2] == 0x33 else { break }
                let size = (Int(header[6]) << 21) | (Int(header[7]) << 14) | (Int(header[8]) << 7) | Int(header[9])
                let footer = header[5] & 0x10 != 0 ? 10 : 0
                start += 10 + size + footer
                // Some writers pad after the declared size; skip zero bytes up to the next frame sync.
                start = try skipZeros(in: handle, from: start, length: length)
            }
            var end = length
            if end - start >= 128 {
                try handle.seek(toOffset: UInt64(end - 128))
                let tail = [UInt8](try handle.read(upToCount: 3) ?? Data())
                if tail == [0x54, 0x41, 0x47] { end -= 128 }
            }
            guard start + 1 < end else { throw ID3Error.notMP3(path: path) }
            try handle.seek(toOffset: UInt64(start))
            let sync = [UInt8](try handle.read(upToCount: 2) ?? Data())
            guard sync.count == 2, sync[0] == 0xFF, sync[1] & 0xE0 == 0xE0 else { throw ID3Error.notMP3(path: path) }
            return start..<end
        } catch let error as ID3Error {
            throw error
        } catch {
            throw .unreadable(path: path)
        }
    }

    /// The first offset at or after `start` that holds a non-zero byte (or `length`).
    private static func skipZeros(in handle: FileHandle, from start: Int, length: Int) throws -> Int {
        var offset = start
        try handle.seek(toOffset: UInt64(offset))
        while offset < length {
            let chunk = try handle.read(upToCount: 4096) ?? Data()
            guard !chunk.isEmpty else { break }
            if let index = chunk.firstIndex(where: { $0 != 0 }) { return offset + (index - chunk.startIndex) }
            offset += chunk.count
        }
        return min(offset, length)
    }
}
