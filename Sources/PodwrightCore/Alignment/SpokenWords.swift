import Foundation

/// The words a segment's text is read as, in order: what the aligner expects to hear.
///
/// Text is split at white space, dashes and slashes; punctuation around a word is dropped, apostrophes inside it
/// are kept (`we’ve` is one word), and case is folded for the recogniser's key. Each word keeps the spelling the
/// script shows, so reports quote the script.
public struct SpokenWords: Equatable, Sendable {
    /// One word of the text.
    public struct Word: Equatable, Hashable, Sendable {
        /// As the script writes it, without surrounding punctuation (`Tsuruoka`, `we’ve`, `2014`).
        public var text: String
        /// The recogniser's key: lower case, straight apostrophes (`tsuruoka`, `we've`, `2014`).
        public var key: String
    }

    /// The words, in order.
    public var words: [Word]

    /// Splits `text` into its spoken words.
    public init(_ text: String) {
        var words: [Word] = []
        var current = ""
        func flush() {
            let trimmed = Self.trim(current)
            current = ""
            guard trimmed.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            words.append(Word(text: trimmed, key: Self.key(trimmed)))
        }
        for character in text {
            if character.isWhitespace || Self.separators.contains(character) {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        self.words = words
    }

    /// The recogniser's keys, in order.
    public var keys: [String] { words.map(\.key) }

    /// Characters that separate words although they are not spaces.
    static let separators: Set<Character> = ["-", "–", "—", "―", "/", "…"]

    /// The recogniser's key for a word: lower case, apostrophes straightened.
    public static func key(_ word: String) -> String {
        word.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
    }

    /// Drops punctuation from both ends of a word, keeping letters, digits and a final `%`.
    static func trim(_ word: String) -> String {
        var scalars = Substring(word)
        while let first = scalars.first, !(first.isLetter || first.isNumber) { scalars.removeFirst() }
        while let last = scalars.last, !(last.isLetter || last.isNumber || last == "%") { scalars.removeLast() }
        return String(scalars)
    }
}
