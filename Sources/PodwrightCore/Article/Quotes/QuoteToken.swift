import Foundation

/// A word or punctuation mark of a paragraph, with where it sits and which sentence and quote it belongs to.
struct QuoteToken: Sendable {
    enum Kind: Sendable { case word, punctuation, mark }

    var kind: Kind
    /// The text as printed (a possessive ’s is its own token).
    var text: String
    /// Lowercased, with curly apostrophes straightened and a final full stop of an abbreviation removed.
    var lower: String
    /// Scalar offsets in the paragraph.
    var start: Int
    var end: Int
    /// True when the word starts with an uppercase letter.
    var isCapitalised: Bool
    /// The index of the top-level quote that contains it, or -1 for narration.
    var quote: Int = -1
    /// The sentence it belongs to, counted within the paragraph.
    var sentence: Int = 0

    var isWord: Bool { kind == .word }
    var inNarration: Bool { quote < 0 }
}

/// Splits a paragraph into tokens and sentences, treating each top-level quote as one unit of its sentence.
enum QuoteTokenizer {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr", "no",
        "capt", "rev", "det", "supt", "inc", "ltd", "co", "corp", "vs", "u.s", "a.m", "p.m", "ft", "mt", "cllr",
    ]

    static func tokenize(_ s: [Unicode.Scalar], quotes: [RawQuote]) -> [QuoteToken] {
        var tokens: [QuoteToken] = []
        tokens.reserveCapacity(s.count / 4)
        var i = 0
        while i < s.count {
            let c = s[i]
            if QuoteMarkScanner.isSpace(c) {
                i += 1
                continue
            }
            if QuoteMarkScanner.isWordScalar(c) {
                var j = i + 1
                while j < s.count {
                    let d = s[j]
                    if QuoteMarkScanner.isWordScalar(d) {
                        j += 1
                    } else if (d == "-" || d == "’" || d == "'" || d == "." || d == "&") && j + 1 < s.count
                        && QuoteMarkScanner.isWordScalar(s[j + 1])
                    {
                        // Hyphenated names, contractions, U.S., AT&T stay whole; a possessive ’s splits below.
                        if (d == "’" || d == "'") && (s[j + 1] == "s" || s[j + 1] == "S")
                            && (j + 2 >= s.count || !QuoteMarkScanner.isWordScalar(s[j + 2]))
                        {
                            break
                        }
                        j += 1
                    } else {
                        break
                    }
                }
                var word = text(s[i..<j])
                var end = j
                // Keep the stop of an abbreviation on the word so it does not end the sentence.
                // So does a stop closing a parenthesis ("Sen. Chuck Schumer (D-N.Y.) said").
                if j < s.count, s[j] == ".",
                    abbreviations.contains(word.lowercased()) || isInitial(word)
                        || j + 1 < s.count && s[j + 1] == ")"
                {
                    end = j + 1
                    word += "."
                }
                tokens.append(token(.word, word, i, end))
                i = end
                continue
            }
            if (c == "’" || c == "'") && i + 1 < s.count && (s[i + 1] == "s" || s[i + 1] == "S")
                && (i + 2 >= s.count || !QuoteMarkScanner.isWordScalar(s[i + 2])) && i > 0
                && QuoteMarkScanner.isWordScalar(s[i - 1])
            {
                tokens.append(token(.punctuation, "’s", i, i + 2))
                i += 2
                continue
            }
            if QuoteMarkScanner.closesSingleThenDouble(s, i) {
                tokens.append(token(.mark, "'", i, i + 1))
                tokens.append(token(.mark, "''", i + 1, i + 3))
                i += 3
                continue
            }
            if QuoteMarkScanner.isDoubledApostrophe(s, i) {
                tokens.append(token(.mark, "''", i, i + 2))
                i += 2
                continue
            }
            let kind: QuoteToken.Kind = QuoteMarkScanner.isQuoteMark(c) ? .mark : .punctuation
            tokens.append(token(kind, String(c), i, i + 1))
            i += 1
        }
        assignQuotes(&tokens, quotes)
        assignSentences(&tokens, quotes)
        return tokens
    }

    /// A token's text: ASCII (most tokens) built from bytes, which is several times faster than from scalars.
    private static func text(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(slice.count)
        for scalar in slice {
            guard scalar.value < 128 else { return String(String.UnicodeScalarView(slice)) }
            bytes.append(UInt8(scalar.value))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "J", and dotted initials such as "J.M" or "N.Y": capitals of one letter between stops.
    private static func isInitial(_ word: String) -> Bool {
        word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
            $0.unicodeScalars.count == 1 && QuoteMarkScanner.isUpper($0.unicodeScalars.first!)
        }
    }

    private static func token(_ kind: QuoteToken.Kind, _ text: String, _ start: Int, _ end: Int) -> QuoteToken {
        var lower = text.lowercased()
        if lower.unicodeScalars.contains("’") {
            lower = String(String.UnicodeScalarView(lower.unicodeScalars.map { $0 == "’" ? "'" : $0 }))
        }
        if lower.hasSuffix("."), lower.count > 1 { lower.removeLast() }
        let first = text.unicodeScalars.first!
        return QuoteToken(
            kind: kind, text: text, lower: lower, start: start, end: end,
            isCapitalised: QuoteMarkScanner.isUpper(first))
    }

    private static func assignQuotes(_ tokens: inout [QuoteToken], _ quotes: [RawQuote]) {
        var q = 0
        for index in tokens.indices {
            let start = tokens[index].start
            while q < quotes.count && quotes[q].outerEnd <= start { q += 1 }
            if q < quotes.count && start >= quotes[q].open && start < quotes[q].outerEnd {
                tokens[index].quote = q
            }
        }
    }

    /// A sentence ends at a full stop, question or exclamation mark in narration, or after a quote whose words
    /// end with one, when what follows starts a new sentence.
    private static func assignSentences(_ tokens: inout [QuoteToken], _ quotes: [RawQuote]) {
        var sentence = 0
        var index = 0
        while index < tokens.count {
            tokens[index].sentence = sentence
            let token = tokens[index]
            var ends = false
            if token.inNarration, token.kind == .punctuation, [".", "!", "?"].contains(token.text) {
                ends = true
            } else if token.quote >= 0, index + 1 < tokens.count, tokens[index + 1].quote != token.quote {
                // Last token of a quote: does the quote end a sentence?
                let previous = index > 0 ? tokens[index - 1] : token
                let stop = [".", "!", "?"].contains(previous.text)
                let next = tokens[index + 1]
                ends = stop && (next.isCapitalised || next.kind == .mark)
            }
            if ends, index + 1 < tokens.count {
                let next = tokens[index + 1]
                if next.isCapitalised || next.kind == .mark || next.kind == .punctuation && next.text != ","
                    || next.quote >= 0 || next.text.first?.isNumber == true
                {
                    sentence += 1
                }
            }
            index += 1
        }
    }
}
