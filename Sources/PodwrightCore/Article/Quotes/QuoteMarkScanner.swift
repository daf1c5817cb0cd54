/// A quotation at the top level of one paragraph, found from its marks alone.
struct RawQuote: Equatable, Sendable {
    /// Which pair of marks encloses it.
    enum Family: Sendable { case double, single }

    var family: Family
    /// Offset of the opening mark in the paragraph's scalars.
    var open: Int
    /// Offset of the closing mark, or `nil` when the quote runs on to the next paragraph.
    var close: Int?
    /// The words between the marks, trimmed of spaces and of a trailing comma.
    var innerStart: Int
    var innerEnd: Int
    /// One past the closing mark (or the paragraph end).
    var outerEnd: Int
}

/// Finds top-level quotations in a paragraph: double and single marks, curly and straight, telling apostrophes
/// (don’t, ’90s, students’) from closing marks and skipping quotes nested inside other quotes.
enum QuoteMarkScanner {
    /// What a mark can do where it stands.
    enum Role { case open, close, either, apostrophe, none }

    static func scan(_ s: [Unicode.Scalar]) -> [RawQuote] {
        var quotes: [RawQuote] = []
        var index = 0
        while index < s.count {
            let c = s[index]
            if isDouble(c), doubleRole(s, index) == .open || doubleRole(s, index) == .either {
                let close = findDoubleClose(s, from: index + 1)
                quotes.append(make(.double, s, open: index, close: close))
                guard let close else { break }
                index = close + 1
                continue
            }
            if isSingle(c), singleRole(s, index) == .open {
                if let close = findSingleClose(s, from: index + 1) {
                    quotes.append(make(.single, s, open: index, close: close))
                    index = close + 1
                    continue
                }
                // A single mark that never closes only opens a quote when it starts the paragraph: the British
                // multi-paragraph convention. Anywhere else it is a stray apostrophe.
                if isParagraphStart(s, index) || introducesSpeech(s, index) {
                    quotes.append(make(.single, s, open: index, close: nil))
                    break
                }
            }
            index += 1
        }
        return quotes
    }

    static func isDouble(_ c: Unicode.Scalar) -> Bool {
        c == "\u{201C}" || c == "\u{201D}" || c == "\"" || c == "\u{201E}" || c == "\u{00AB}" || c == "\u{00BB}"
    }

    static func isSingle(_ c: Unicode.Scalar) -> Bool {
        c == "\u{2018}" || c == "\u{2019}" || c == "'"
    }

    static func isQuoteMark(_ c: Unicode.Scalar) -> Bool { isDouble(c) || isSingle(c) }

    static func doubleRole(_ s: [Unicode.Scalar], _ i: Int) -> Role {
        switch s[i] {
        case "\u{201C}", "\u{201E}", "\u{00AB}": return .open
        case "\u{201D}", "\u{00BB}": return .close
        default: return opensByContext(s, i) ? .open : .close
        }
    }

    static func singleRole(_ s: [Unicode.Scalar], _ i: Int) -> Role {
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        let letterBefore = before.map(isWordScalar) ?? false
        let letterAfter = after.map(isWordScalar) ?? false
        if letterBefore && letterAfter { return .apostrophe }
        // ’90s, ’96: an elided century, whichever way the mark curls.
        if let after, isDigit(after), !letterBefore,
            i + 2 < s.count, isDigit(s[i + 2])
        {
            return .apostrophe
        }
        if s[i] == "\u{2018}" { return letterAfter || after.map(isQuoteMark) == true ? .open : .none }
        if opensByContext(s, i) { return letterAfter || after.map(isQuoteMark) == true ? .open : .none }
        return before.map { !isSpace($0) } == true ? .close : .none
    }

    /// A straight mark opens after a space, a bracket or dash, or at the start.
    private static func opensByContext(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        let before = s[i - 1]
        if isSpace(before) { return true }
        return "([{—–-/".unicodeScalars.contains(before)
            || isQuoteMark(before) && i >= 2
                && isSpace(s[i - 2])
    }

    private static func isParagraphStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s[..<i].allSatisfy { isSpace($0) || $0 == "•" || $0 == "-" || $0 == "*" }
    }

    /// "said: ‘…" — a colon or comma before the mark introduces a quote that may run on past the paragraph.
    private static func introducesSpeech(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, isSpace(s[k]) { k -= 1 }
        return k >= 0 && (s[k] == ":" || s[k] == ",")
    }

    /// Letters and digits; ASCII answered without the Unicode tables, which dominate the cost otherwise.
    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            let v = c.value
            return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c == " " || c == "\n" || c == "\t" || c == "\r" }
        return c.properties.isWhitespace
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }

    static func isLower(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 97 && c.value <= 122 }
        return c.properties.isLowercase
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 48 && c.value <= 57 }
        return c.properties.numericType != nil
    }

    /// The closing double mark, skipping any single-quoted words nested inside.
    private static func findDoubleClose(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        // German quotes open low („) and close with the mark English opens with (“).
        let german = start > 0 && s[start - 1] == "\u{201E}"
        var i = start
        while i < s.count {
            if isDouble(s[i]), doubleRole(s, i) != .open || german && s[i] == "\u{201C}" { return i }
            i += 1
        }
        return nil
    }

    /// The closing single mark: doubles nested inside are skipped, and a possessive plural (students’ union) only
    /// closes when no stronger close follows.
    private static func findSingleClose(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        var weak: Int?
        while i < s.count {
            let c = s[i]
            if isDouble(c), doubleRole(s, i) == .open, let close = findDoubleClose(s, from: i + 1) {
                i = close + 1
                continue
            }
            if isSingle(c) {
                let role = singleRole(s, i)
                if role == .close || role == .either {
                    if isPossessivePlural(s, i) {
                        if weak == nil { weak = i }
                    } else {
                        return i
                    }
                } else if role == .open, weak != nil {
                    break
                }
            }
            i += 1
        }
        return weak
    }

    /// `lads’ heads`: an s, the mark, a space and a lowercase word.
    private static func isPossessivePlural(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard i > 0, s[i - 1] == "s", i + 2 < s.count, s[i + 1] == " " else { return false }
        return isLower(s[i + 2])
    }

    private static func make(_ family: RawQuote.Family, _ s: [Unicode.Scalar], open: Int, close: Int?) -> RawQuote {
        var innerStart = open + 1
        var innerEnd = close ?? s.count
        while innerStart < innerEnd, isSpace(s[innerStart]) { innerStart += 1 }
        while innerEnd > innerStart, isSpace(s[innerEnd - 1]) { innerEnd -= 1 }
        if innerEnd > innerStart, s[innerEnd - 1] == "," { innerEnd -= 1 }
        return RawQuote(
            family: family, open: open, close: close, innerStart: innerStart, innerEnd: innerEnd,
            outerEnd: close.map { $0 + 1 } ?? s.count)
    }
}
