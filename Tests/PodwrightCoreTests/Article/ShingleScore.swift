/// The article-body measure of the public article-extraction benchmark: word 4-gram shingles compared as
/// multisets, true and false positives normalised per document, precision and recall averaged over documents.
struct ShingleScore {
    var truePositive: Double
    var falsePositive: Double
    var falseNegative: Double

    /// Scores one document's extracted text against its truth.
    init(truth: String, prediction: String, size: Int = 4) {
        let expected = Self.shingles(truth, size: size)
        let predicted = Self.shingles(prediction, size: size)
        var tp = 0.0
        var fp = 0.0
        var fn = 0.0
        for key in Set(expected.keys).union(predicted.keys) {
            let want = expected[key, default: 0]
            let got = predicted[key, default: 0]
            tp += Double(min(want, got))
            fp += Double(max(0, got - want))
            fn += Double(max(0, want - got))
        }
        let sum = tp + fp + fn
        if sum > 0 {
            tp /= sum
            fp /= sum
            fn /= sum
        }
        truePositive = tp
        falsePositive = fp
        falseNegative = fn
    }

    var precision: Double {
        if falsePositive == 0 && falseNegative == 0 { return 1 }
        if truePositive == 0 && falsePositive == 0 { return 0 }
        return truePositive / (truePositive + falsePositive)
    }

    var recall: Double {
        if falsePositive == 0 && falseNegative == 0 { return 1 }
        if truePositive == 0 && falseNegative == 0 { return 0 }
        return truePositive / (truePositive + falseNegative)
    }

    /// Mean precision and recall over documents, and the F1 of those means.
    static func summary(_ scores: [ShingleScore]) -> (precision: Double, recall: Double, f1: Double) {
        let precision = scores.map(\.precision).reduce(0, +) / Double(scores.count)
        let recall = scores.map(\.recall).reduce(0, +) / Double(scores.count)
        return (precision, recall, 2 * precision * recall / (precision + recall))
    }

    /// Runs of word characters (letters, digits, underscore), as the benchmark's `\w+` finds them.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == "_" || character.isMark {
                current.append(character)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func shingles(_ text: String, size: Int) -> [[String]: Int] {
        let words = tokens(text)
        var counts: [[String]: Int] = [:]
        for start in 0..<max(1, words.count - size + 1) {
            let shingle = Array(words[start..<min(words.count, start + size)])
            if !shingle.isEmpty { counts[shingle, default: 0] += 1 }
        }
        return counts
    }
}

extension Character {
    fileprivate var isMark: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
}
