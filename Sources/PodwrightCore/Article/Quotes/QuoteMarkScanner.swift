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
            if isDoubledApostrophe(s, index) {
                // ''…'': two apostrophes for each double mark, as wire copy and newspaper archives print them.
                guard opensByContext(s, index), index + 2 < s.count, !isSpace(s[index + 2]) else {
                    index += 2
                    continue
                }
                let close = findDoubleClose(s, from: index + 2, opener: index)
                quotes.append(make(.double, s, open: index, close: close, width: 2))
                guard let close else { break }
                index = close + 2
                continue
            }
            if isDouble(c), doubleRole(s, index) == .open || doubleRole(s, index) == .either {
                let close = findDoubleClose(s, from: index + 1, opener: index)
                quotes.append(make(.double, s, open: index, close: close))
                guard let close else { break }
                index = close + 1
                continue
            }
            if isSingle(c), singleRole(s, index) == .open {
                if let close = findSingleClose(s, from: index + 1, german: c == "\u{201A}") {
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

    /// `''` standing for one double mark.
    static func isDoubledApostrophe(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s[i] == "'" && i + 1 < s.count && s[i + 1] == "'"
    }

    /// Three apostrophes closing a single quote inside and then the double one: `''… 'old-school,''' said …`.
    static func closesSingleThenDouble(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        isDoubledApostrophe(s, i) && i + 2 < s.count && s[i + 2] == "'" && !opensByContext(s, i)
    }

    /// Double marks: English curly and straight, German „“, guillemets either way round, CJK corner brackets.
    static func isDouble(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "\u{201C}", "\u{201D}", "\"", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{300C}", "\u{300D}", "\u{300E}",
            "\u{300F}":
            return true
        default: return false
        }
    }

    /// Single marks: curly, straight and the German low ‚.
    static func isSingle(_ c: Unicode.Scalar) -> Bool {
        c == "\u{2018}" || c == "\u{2019}" || c == "'" || c == "\u{201A}"
    }

    static func isQuoteMark(_ c: Unicode.Scalar) -> Bool { isDouble(c) || isSingle(c) }

    static func doubleRole(_ s: [Unicode.Scalar], _ i: Int) -> Role {
        switch s[i] {
        case "\u{201C}", "\u{201E}", "\u{300C}", "\u{300E}": return .open
        case "\u{201D}", "\u{300D}", "\u{300F}": return .close
        case "\u{00AB}":
            // «…» in French copy; in German and Danish »…« the « closes, right after a word.
            let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            let closes = i > 0 && !isSpace(s[i - 1]) && after.map { isSpace($0) || !isWordScalar($0) } ?? true
            return closes ? .close : .open
        case "\u{00BB}":
            let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
            return opensByContext(s, i) && after.map { !isSpace($0) } == true ? .open : .close
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
        if s[i] == "\u{201A}" { return letterAfter ? .open : .none }
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

    /// The closing double mark that pairs with the opener at `opener`, skipping single-quoted words nested inside.
    private static func findDoubleClose(_ s: [Unicode.Scalar], from start: Int, opener: Int) -> Int? {
        let open = s[opener]
        let doubled = isDoubledApostrophe(s, opener)
        var i = start
        while i < s.count {
            let c = s[i]
            if isDoubledApostrophe(s, i) {
                if doubled, closesSingleThenDouble(s, i) { return i + 1 }
                if doubled, !opensByContext(s, i) || i + 2 >= s.count || isSpace(s[i + 2]) { return i }
                i += 2
                continue
            }
            if !doubled, isDouble(c) {
                switch open {
                // German quotes open low („) and close with the mark English opens with (“), or with ”.
                case "\u{201E}": if c == "\u{201C}" || c == "\u{201D}" || c == "\"" { return i }
                case "\u{00AB}": if c == "\u{00BB}" { return i }
                case "\u{00BB}": if c == "\u{00AB}" { return i }
                case "\u{300C}": if c == "\u{300D}" { return i }
                case "\u{300E}": if c == "\u{300F}" { return i }
                default:
                    if c != "\u{00AB}", c != "\u{00BB}", c < "\u{3000}",
                        doubleRole(s, i) != .open || isOpenerClosing(s, i)
                    {
                        return i
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// An opening mark typed where a closing one belongs (“It’s unusual,“ said …): right after a word or a stop and
    /// before a space, a stop or the end. A real opening mark stands before the words it opens.
    private static func isOpenerClosing(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        guard s[i] == "\u{201C}", i > 0, !isSpace(s[i - 1]) else { return false }
        guard i + 1 < s.count else { return true }
        return isSpace(s[i + 1]) || [",", ".", ";", ":", ")", "?", "!"].contains(s[i + 1])
    }

    /// The closing single mark: doubles nested inside are skipped, and a possessive plural (students’ union) only
    /// closes when no stronger close follows.
    private static func findSingleClose(_ s: [Unicode.Scalar], from start: Int, german: Bool = false) -> Int? {
        var i = start
        var weak: Int?
        while i < s.count {
            let c = s[i]
            if isDouble(c), doubleRole(s, i) == .open, let close = findDoubleClose(s, from: i + 1, opener: i) {
                i = close + 1
                continue
            }
            // ‚…‘: the German single quote closes with the mark English opens with.
            if german, c == "\u{2018}", i > 0, !isSpace(s[i - 1]) { return i }
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

    private static func make(
        _ family: RawQuote.Family, _ s: [Unicode.Scalar], open: Int, close: Int?, width: Int = 1
    ) -> RawQuote {
        var innerStart = open + width
        var innerEnd = close ?? s.count
        while innerStart < innerEnd, isSpace(s[innerStart]) { innerStart += 1 }
        while innerEnd > innerStart, isSpace(s[innerEnd - 1]) { innerEnd -= 1 }
        if innerEnd > innerStart, s[innerEnd - 1] == "," { innerEnd -= 1 }
        return RawQuote(
            family: family, open: open, close: close, innerStart: innerStart, innerEnd: innerEnd,
            outerEnd: close.map { $0 + width } ?? s.count)
    }
}
