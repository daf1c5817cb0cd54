/// The format of an uploaded WAV file, read from its RIFF header before anything is filed.
struct WAVHeader: Equatable, Sendable {
    /// `1` PCM, `3` IEEE float, `0xFFFE` extensible.
    var format: Int
    var channels: Int
    var sampleRate: Int
    var bitsPerSample: Int
    /// Where the samples start, in bytes from the start of the file.
    var dataOffset: Int
    /// How many bytes of samples the `data` chunk holds.
    var dataBytes: Int

    /// Seconds of audio the header announces.
    var seconds: Double {
        Double(dataBytes) / Double(max(1, channels * bitsPerSample / 8)) / Double(max(1, sampleRate))
    }

    /// The header of a file that is `fileSize` bytes long, from its first bytes.
    /// - Throws: ``BoothError/notWAV(_:)`` saying what is wrong.
    static func parse(_ bytes: [UInt8], fileSize: Int) throws(BoothError) -> WAVHeader {
        func text(_ at: Int) -> String { String(decoding: bytes[at..<(at + 4)], as: UTF8.self) }
        func integer(_ at: Int, _ count: Int) -> Int {
            (0..<count).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
        }
        guard bytes.count >= 12, text(0) == "RIFF", text(8) == "WAVE" else {
            throw .notWAV("it does not start with a RIFF/WAVE header")
        }
        var format: (code: Int, channels: Int, rate: Int, bits: Int, align: Int)?
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = text(offset)
            let size = integer(offset + 4, 4)
            let body = offset + 8
            if id == "fmt " {
                guard size >= 16, body + 16 <= bytes.count else { throw .notWAV("its fmt chunk is cut short") }
                var code = integer(body, 2)
                if code == 0xFFFE, size >= 40, body + 26 <= bytes.count { code = integer(body + 24, 2) }
                format = (
                    code, integer(body + 2, 2), integer(body + 4, 4), integer(body + 14, 2), integer(body + 12, 2)
                )
            } else if id == "data" {
                guard let format else { throw .notWAV("its samples come before their format (no fmt chunk)") }
                guard format.code == 1 || format.code == 3 else {
                    throw .notWAV("its samples are compressed (format \(format.code)), not PCM")
                }
                guard (1...8).contains(format.channels) else { throw .notWAV("it has \(format.channels) channels") }
                guard (8_000...384_000).contains(format.rate) else {
                    throw .notWAV("it says it is sampled at \(format.rate) Hz")
                }
                let allowed = format.code == 1 ? [8, 16, 24, 32] : [32, 64]
                guard allowed.contains(format.bits), format.align == format.channels * format.bits / 8 else {
                    throw .notWAV("its sample size (\(format.bits) bits) does not fit its format")
                }
                guard size > 0 else { throw .notWAV("it holds no audio") }
                guard body + size <= fileSize else {
                    throw .notWAV("it announces \(size) bytes of audio but only \(fileSize - body) arrived")
                }
                guard size % format.align == 0 else { throw .notWAV("its audio ends in the middle of a sample") }
                return WAVHeader(
                    format: format.code, channels: format.channels, sampleRate: format.rate,
                    bitsPerSample: format.bits, dataOffset: body, dataBytes: size)
            }
            offset = body + size + (size & 1)
        }
        throw .notWAV("it has no data chunk")
    }
}
