/// Exact substring search on UTF-8 bytes. Foundation's `contains`/`range(of:)` go through NSString on Linux and
/// dominated the profile of reading a folder of articles; these do the same job for exact matches at byte speed.
extension StringProtocol {
    /// True when `needle` occurs in the string, compared byte for byte.
    func includes(_ needle: String) -> Bool { byteRange(of: needle) != nil }

    /// The first (or last) range where `needle` occurs, compared byte for byte.
    func byteRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        var needle = needle
        let found: Int? = needle.withUTF8 { pattern in
            let contiguous = utf8.withContiguousStorageIfAvailable {
                Self.search(pattern, in: $0, backwards: backwards)
            }
            if let contiguous { return contiguous }
            return Array(utf8).withUnsafeBufferPointer { Self.search(pattern, in: $0, backwards: backwards) }
        }
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The pieces between occurrences of `separator`.
    func pieces(separatedBy separator: String) -> [String] {
        var result: [String] = []
        var rest = self[...]
        while let range = rest.byteRange(of: separator) {
            result.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        result.append(String(rest))
        return result
    }

    private static func search(
        _ pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, backwards: Bool
    ) -> Int? {
        let count = pattern.count
        guard count > 0 else { return 0 }
        guard text.count >= count else { return nil }
        let first = pattern[0]
        let starts = backwards ? Array(stride(from: text.count - count, through: 0, by: -1)) : []
        func matches(at offset: Int) -> Bool {
            guard text[offset] == first else { return false }
            var index = 1
            while index < count {
                if text[offset + index] != pattern[index] { return false }
                index += 1
            }
            return true
        }
        if backwards {
            for offset in starts where matches(at: offset) { return offset }
            return nil
        }
        var offset = 0
        while offset <= text.count - count {
            if matches(at: offset) { return offset }
            offset += 1
        }
        return nil
    }
}
