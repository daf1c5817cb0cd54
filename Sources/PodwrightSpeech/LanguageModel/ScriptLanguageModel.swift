import Foundation

/// A small bigram language model of the script, in ARPA format, that the free decode interpolates with the general
/// one so that it hears the script's words — any segment's, in any order — far more readily than others.
///
/// Written by us because it is a few counts: unigrams with add-one smoothing, bigrams by relative frequency with a
/// fixed share kept back for backing off to the unigrams (absolute normalisation matters little once interpolated).
struct ScriptLanguageModel {
    /// The word sequences: one per segment.
    var sentences: [[String]]

    /// The model as ARPA text.
    func arpa() -> String {
        var unigrams: [String: Int] = ["<s>": 0, "</s>": 0]
        var bigrams: [String: [String: Int]] = [:]
        for sentence in sentences where !sentence.isEmpty {
            let padded = ["<s>"] + sentence + ["</s>"]
            for word in padded { unigrams[word, default: 0] += 1 }
            for (first, second) in zip(padded, padded.dropFirst()) {
                bigrams[first, default: [:]][second, default: 0] += 1
            }
        }
        let total = Double(unigrams.values.reduce(0, +) + unigrams.count)
        let backoff = log10(0.3)
        var lines = [
            "\\data\\", "ngram 1=\(unigrams.count)", "ngram 2=\(bigrams.values.reduce(0) { $0 + $1.count })", "",
        ]
        lines.append("\\1-grams:")
        for (word, count) in unigrams.sorted(by: { $0.key < $1.key }) {
            // <s> is never predicted; ARPA gives it the conventional -99.
            let probability = word == "<s>" ? -99 : log10(Double(count + 1) / total)
            lines.append("\(Self.number(probability))\t\(word)\t\(Self.number(backoff))")
        }
        lines += ["", "\\2-grams:"]
        for (first, following) in bigrams.sorted(by: { $0.key < $1.key }) {
            let count = Double(following.values.reduce(0, +))
            for (second, pair) in following.sorted(by: { $0.key < $1.key }) {
                lines.append("\(Self.number(log10(0.7 * Double(pair) / count)))\t\(first) \(second)")
            }
        }
        lines += ["", "\\end\\", ""]
        return lines.joined(separator: "\n")
    }

    private static func number(_ value: Double) -> String { String(format: "%.4f", value) }

    /// Writes the model to a temporary file for PocketSphinx to read.
    /// - Throws: ``SpeechError/cannotWrite(_:reason:)``.
    func write() throws(SpeechError) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "podwright-lm-\(UUID().uuidString).arpa")
        guard FileManager.default.createFile(atPath: url.path, contents: Data(arpa().utf8)) else {
            throw .cannotWrite(url.path, reason: "the temporary folder is not writable")
        }
        return url
    }
}
