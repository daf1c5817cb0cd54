/// Cuts sentences into caption-sized pieces and wraps them into lines, as subtitle editors do by hand.
public enum CaptionLayout {
    /// The longest line a caption should have; 42 is the common broadcast and streaming limit.
    public static let lineLength = 42
    /// The most lines a caption shows.
    public static let maximumLines = 2

    /// `sentence` cut at word boundaries into pieces of at most two lines each, preferring cuts after punctuation.
    public static func pieces(_ sentence: String) -> [String] {
        let limit = lineLength * maximumLines
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard lineCount(words) > maximumLines, words.count > 1 else { return [words.joined(separator: " ")] }
        let count = (sentence.count + limit - 1) / limit
        let target = sentence.count / count
        var pieces: [String] = []
        var current: [String] = []
        var length = 0
        for (index, word) in words.enumerated() {
            let remaining = words.count - index
            if !current.isEmpty,
                lineCount(current + [word]) > maximumLines
                    || shouldBreak(after: current, length: length, target: target, remaining: remaining)
            {
                pieces.append(current.joined(separator: " "))
                current = []
                length = 0
            }
            current.append(word)
            length = length == 0 ? word.count : length + 1 + word.count
        }
        if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
        return pieces
    }

    /// How many lines greedy wrapping needs: the fewest possible, so a piece that fits greedily fits.
    static func lineCount(_ words: [String]) -> Int {
        var lines = 0
        var length = 0
        for word in words {
            if length == 0 || length + 1 + word.count > lineLength {
                lines += 1
                length = word.count
            } else {
                length += 1 + word.count
            }
        }
        return lines
    }

    /// Near the target length, break after punctuation; otherwise once well past the target.
    private static func shouldBreak(after words: [String], length: Int, target: Int, remaining: Int) -> Bool {
        guard remaining > 1 else { return false }
        if let last = words.last?.last, ",;:—–".contains(last), length * 3 >= target * 2 { return true }
        return length >= target + 8
    }

    /// `text` wrapped into lines of at most ``lineLength`` characters, balanced so two lines have similar lengths.
    public static func lines(_ text: String) -> [String] {
        guard text.count > lineLength else { return [text] }
        let words = text.split(separator: " ").map(String.init)
        if text.count <= lineLength * maximumLines + 1 {
            var best: (Int, [String])?
            for cut in 1..<words.count {
                let first = words[..<cut].joined(separator: " ")
                let second = words[cut...].joined(separator: " ")
                guard first.count <= lineLength, second.count <= lineLength else { continue }
                let score = abs(first.count - second.count)
                if score < best?.0 ?? Int.max { best = (score, [first, second]) }
            }
            if let best { return best.1 }
        }
        var lines: [String] = []
        var line = ""
        for word in words {
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= lineLength {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
