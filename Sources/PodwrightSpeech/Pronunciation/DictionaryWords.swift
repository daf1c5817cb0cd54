import Foundation

/// The words of the pronouncing dictionary, read once from its file, so pronunciations can be settled before any
/// decoder (one per thread) is loaded.
struct DictionaryWords: Sendable {
    private var words: Set<String> = []
    /// The phones of the words numbers are read with (``NumberReadings/vocabulary``), first pronunciation each.
    private var numberWords: [String: String] = [:]

    /// Reads the dictionary at `url`: one `word PHONES…` line each, alternatives as `word(2)`.
    init(url: URL) {
        guard let data = try? Data(contentsOf: url) else { return }
        var words = Set<String>()
        words.reserveCapacity(140_000)
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let end = line.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else {
                continue
            }
            let word = String(decoding: line[line.startIndex..<end], as: UTF8.self)
            guard !word.hasSuffix(")") else { continue }
            words.insert(word)
            if NumberReadings.vocabulary.contains(word) {
                let phones = String(decoding: line[end...], as: UTF8.self)
                numberWords[word] = phones.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            }
        }
        self.words = words
    }

    /// The phones of a word numbers are read with, or `nil` when it is not one or the dictionary lacks it.
    func numberWordPhones(_ word: String) -> String? { numberWords[word] }

    /// Whether the dictionary has `word`.
    func contains(_ word: String) -> Bool { words.contains(word) }
}
