import Foundation

/// Turns the bytes of an article file into text: UTF-8 (with or without a byte-order mark), UTF-16 (with a
/// byte-order mark, declared, or recognisably Latin-script text without one), or Windows-1252 when the bytes are not UTF-8 but read plausibly as Western text.
enum TextDecoding {
    /// Decodes `data`, naming `location` in any error.
    /// - Parameters:
    ///   - data: The raw bytes.
    ///   - location: The file or URL, for messages.
    ///   - declaredCharset: A charset the source declared (an HTTP header), tried before the fallback.
    /// - Returns: The text, byte-order mark removed.
    /// - Throws: ``ArticleError`` for empty, binary or undecodable input.
    static func decode(_ data: Data, location: String, declaredCharset: String? = nil) throws(ArticleError) -> String {
        let bytes = [UInt8](data)
        if bytes.isEmpty { throw ArticleError(location: location, reason: .empty) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes[3...], as: UTF8.self) else {
                throw ArticleError(location: location, reason: .undecodable)
            }
            return try checked(text, location: location)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try checked(
                decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, from: 2, location: location), location: location)
        }
        if let bigEndian = unmarkedUTF16(bytes, declaredCharset: declaredCharset?.lowercased() ?? "") {
            return try checked(
                decodeUTF16(bytes, bigEndian: bigEndian, from: 0, location: location), location: location)
        }
        if bytes.contains(0) { throw ArticleError(location: location, reason: .binary) }
        if let text = String(validating: bytes, as: UTF8.self) { return try checked(text, location: location) }
        let charset = declaredCharset?.lowercased() ?? ""
        if charset.contains("utf-8") || charset.contains("utf8") {
            throw ArticleError(location: location, reason: .undecodable)
        }
        return try checked(try decodeWindows1252(bytes, location: location), location: location)
    }

    /// Rejects text that is mostly control characters: a binary file that happened to decode.
    private static func checked(_ text: String, location: String) throws(ArticleError) -> String {
        var controls = 0
        var total = 0
        for scalar in text.unicodeScalars.prefix(65_536) {
            total += 1
            let value = scalar.value
            if value == 0 { throw ArticleError(location: location, reason: .binary) }
            if value < 0x20, value != 0x09, value != 0x0A, value != 0x0D, value != 0x0C { controls += 1 }
        }
        if controls * 50 > total { throw ArticleError(location: location, reason: .binary) }
        return withoutControls(text)
    }

    /// The text without the stray control characters a damaged or odd file carries (a form feed becomes a line
    /// break): they would reach `script.md`, which `check` refuses with them, and the transcripts.
    private static func withoutControls(_ text: String) -> String {
        func isControl(_ value: UInt32) -> Bool {
            (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
                || value == 0xFFFE || value == 0xFFFF
        }
        guard text.unicodeScalars.contains(where: { isControl($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x0C {
                scalars.append("\n")
            } else if !isControl(scalar.value) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// UTF-16 without a byte-order mark, as some editors and servers write it: declared (`charset=utf-16le`), or
    /// text whose every other byte is zero (Latin script). Returns whether it is big-endian, or `nil`.
    private static func unmarkedUTF16(_ bytes: [UInt8], declaredCharset: String) -> Bool? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        if declaredCharset.hasPrefix("utf-16") { return declaredCharset == "utf-16be" }
        let sample = bytes.prefix(4096)
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = sample.count / 2
        if oddZeros * 10 >= pairs * 9, evenZeros == 0 { return false }
        if evenZeros * 10 >= pairs * 9, oddZeros == 0 { return true }
        return nil
    }

    private static func decodeUTF16(
        _ bytes: [UInt8], bigEndian: Bool, from start: Int, location: String
    ) throws(ArticleError) -> String {
        guard bytes.count % 2 == 0 else { throw ArticleError(location: location, reason: .undecodable) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = start
        while index + 1 < bytes.count {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw ArticleError(location: location, reason: .undecodable)
        }
        return text
    }

    /// Windows-1252, accepted only when it reads like Western text: no undefined bytes, few non-ASCII letters.
    private static func decodeWindows1252(_ bytes: [UInt8], location: String) throws(ArticleError) -> String {
        var scalars = String.UnicodeScalarView()
        var high = 0
        var visible = 0
        var run = 0
        var longRuns = 0
        for byte in bytes {
            if byte > 0x20 { visible += 1 }
            if byte < 0x80 {
                run = 0
                scalars.append(Unicode.Scalar(byte))
                continue
            }
            high += 1
            run += 1
            if run == 3 { longRuns += 1 }
            if (0x80...0x9F).contains(byte) {
                let mapped = windows1252High[Int(byte - 0x80)]
                guard mapped != 0, let scalar = Unicode.Scalar(mapped) else {
                    throw ArticleError(location: location, reason: .undecodable)
                }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        // Western prose is mostly ASCII; CJK or other multi-byte encodings are mostly high bytes in runs.
        if high * 4 > visible || longRuns * 20 > high + 20 {
            throw ArticleError(location: location, reason: .undecodable)
        }
        return String(scalars)
    }

    /// Windows-1252 bytes 0x80…0x9F; 0 where the code page leaves a byte undefined.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]
}
