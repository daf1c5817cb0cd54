import Foundation

/// Byte encodings of the ID3v2.3 frames we write.
///
/// ID3v2.3, not 2.4: it is what Apple Podcasts, most car stereos and Windows read reliably, and the chapter
/// addendum (CHAP/CTOC) is defined for both. Text is ISO-8859-1 when it is plain ASCII, else UTF-16 with a BOM
/// (2.3 has no UTF-8).
enum ID3Frame {
    /// A frame: 4-character id, 32-bit big-endian size (not synchsafe in 2.3), two zero flag bytes, the body.
    static func frame(_ id: String, _ body: [UInt8]) -> [UInt8] {
        Array(id.utf8) + bigEndian(UInt32(body.count)) + [0, 0] + body
    }

    /// A text frame (`TIT2`, `TPE1`, `TALB`, `TYER`…).
    static func text(_ id: String, _ value: String) -> [UInt8] {
        let (encoding, bytes) = encode(value)
        return frame(id, [encoding] + bytes)
    }

    /// A comment frame with an empty description.
    static func comment(_ value: String, language: String = "eng") -> [UInt8] {
        let (encoding, bytes) = encode(value)
        let terminator: [UInt8] = encoding == 0 ? [0] : [0xFF, 0xFE, 0, 0]
        return frame("COMM", [encoding] + Array(language.utf8.prefix(3)) + terminator + bytes)
    }

    /// A URL link frame (`WOAS`): ISO-8859-1 text with no encoding byte; other characters are percent-encoded.
    static func url(_ id: String, _ value: String) -> [UInt8] {
        let allowed = CharacterSet(charactersIn: Unicode.Scalar(0x21)...Unicode.Scalar(0x7E))
        let ascii = value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return frame(id, Array(ascii.utf8))
    }

    /// An `APIC` frame: ISO-8859-1, the MIME type, picture type 3 (front cover), an empty description, the image.
    static func picture(_ picture: ID3Picture) -> [UInt8] {
        frame("APIC", [0] + Array(picture.mimeType.utf8) + [0, 3, 0] + [UInt8](picture.data))
    }

    /// A `CHAP` frame: element id, start and end times, unused byte offsets, and a `TIT2` sub-frame.
    static func chapter(_ chapter: ID3Chapter) -> [UInt8] {
        let body =
            elementID(chapter.id) + bigEndian(chapter.startMilliseconds) + bigEndian(chapter.endMilliseconds)
            + [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF] + text("TIT2", chapter.title)
        return frame("CHAP", body)
    }

    /// A top-level, ordered `CTOC` frame listing the chapters, with a `TIT2` title.
    static func tableOfContents(id: String, children: [String], title: String) -> [UInt8] {
        let flags: UInt8 = 0b11  // top-level and ordered
        var body = elementID(id) + [flags, UInt8(min(children.count, 255))]
        for child in children.prefix(255) { body += elementID(child) }
        return frame("CTOC", body + text("TIT2", title))
    }

    /// The 10-byte tag header for version 2.3 with a synchsafe size.
    static func header(size: Int) -> [UInt8] {
        Array("ID3".utf8) + [3, 0, 0] + synchsafe(UInt32(size))
    }

    static func encode(_ value: String) -> (UInt8, [UInt8]) {
        if value.unicodeScalars.allSatisfy({ $0.value < 0x80 && $0.value != 0 }) { return (0, Array(value.utf8)) }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in value.utf16 where unit != 0 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return (1, bytes)
    }

    static func elementID(_ id: String) -> [UInt8] {
        Array(id.unicodeScalars.filter { $0.value > 0 && $0.value < 0x80 }.map { UInt8($0.value) }) + [0]
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static func synchsafe(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 21 & 0x7F), UInt8(value >> 14 & 0x7F), UInt8(value >> 7 & 0x7F), UInt8(value & 0x7F)]
    }
}
