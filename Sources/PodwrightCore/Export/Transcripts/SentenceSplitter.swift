import Foundation

/// Splits a segment's text into sentences without cutting after abbreviations ("Mr.", "U.S.") or initials ("J. K.").
public enum SentenceSplitter {
    /// Words that end in a full stop without ending a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
        "vs", "etc", "e.g", "i.e", "no", "nos", "fig", "vol", "rev", "hon", "mt", "ft", "approx", "dept", "inc", "ltd",
        "co", "corp", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec",
    ]
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]
    static let terminators: Set<Character> = [".", "!", "?", "…"]

    /// The sentences of `text`, each trimmed, in order; their concatenation with spaces is the text's words.
    public static func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            guard terminators.contains(characters[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, terminators.contains(characters[end]) || closers.contains(characters[end]) {
                end += 1
            }
            if end < characters.count, characters[end].isWhitespace, startsSentence(characters, at: end),
                !endsWithAbbreviation(characters, start: start, dot: index)
            {
                append(characters[start..<end], to: &sentences)
                start = end
            }
            index = end
        }
        append(characters[start...], to: &sentences)
        return sentences
    }

    private static func append(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
        let sentence = String(slice).trimmingCharacters(in: .whitespacesAndNewlines)
        if !sentence.isEmpty { sentences.append(sentence) }
    }

    /// Whether the next word after the whitespace at `index` can begin a sentence.
    private static func startsSentence(_ characters: [Character], at index: Int) -> Bool {
        var next = index
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count else { return false }
        let character = characters[next]
        return character.isUppercase || character.isNumber || "\"'“‘(¿¡—–-".contains(character)
    }

    /// Whether the word ending in the full stop at `dot` is an abbreviation or a single initial.
    private static func endsWithAbbreviation(_ characters: [Character], start: Int, dot: Int) -> Bool {
        guard characters[dot] == "." else { return false }
        var wordStart = dot
        while wordStart > start, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" {
            wordStart -= 1
        }
        let word = String(characters[wordStart..<dot]).lowercased()
        let bare = word.trimmingCharacters(in: .punctuationCharacters.subtracting(.init(charactersIn: ".")))
        if bare.count == 1, bare.first?.isLetter == true { return true }
        return abbreviations.contains(bare)
    }
}
