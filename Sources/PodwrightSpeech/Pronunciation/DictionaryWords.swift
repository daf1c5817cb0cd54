import Foundation

/// The words of the pronouncing dictionary, read once from its file, so pronunciations can be settled before any
/// decoder (one per thread) is loaded.
struct DictionaryWords: Sendable {
    private var words: Set<String> = []

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
            if !word.hasSuffix(")") { words.insert(word) }
        }
        self.words = words
    }

    /// Whether the dictionary has `word`.
    func contains(_ word: String) -> Bool { words.contains(word) }
}
