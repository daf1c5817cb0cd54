/// Whitespace as readers see it: line ends unified, odd spaces made plain, invisible characters dropped.
enum TextCleanup {
    /// Splits text into lines on LF, CRLF, CR and the Unicode line and paragraph separators, each line
    /// whitespace-normalised by ``normalizeSpaces(_:)``. Blank lines stay as empty strings.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where previousWasCR:
                previousWasCR = false
                continue
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x0B, 0x0C, 0x85:
                lines.append(normalizeSpaces(String(current)))
                current = String.UnicodeScalarView()
                previousWasCR = scalar.value == 0x0D
                continue
            default:
                previousWasCR = false
                current.append(scalar)
            }
        }
        lines.append(normalizeSpaces(String(current)))
        return lines
    }

    /// Collapses every run of whitespace (including non-breaking and other Unicode spaces) to one space, removes
    /// zero-width characters and soft hyphens, and trims both ends.
    static func normalizeSpaces(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) { continue }
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0x85:
            true
        default: false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD, 0x180E: true
        default: false
        }
    }

    /// The number of words: runs of non-space characters, and each Chinese or Japanese character, since those
    /// languages write words without spaces between them.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                inWord = false
            } else if scalar.value >= 0x3040, isUnspacedScript(scalar) {
                inWord = false
                count += 1
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// Kana and CJK ideographs.
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: true
        default: false
        }
    }
}
