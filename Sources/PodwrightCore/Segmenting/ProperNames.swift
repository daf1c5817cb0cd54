/// Finds the proper names in a script, for the pronunciation list of the recording sheet.
///
/// Every speaker's name and aliases come first. Other names are found by a heuristic: runs of capitalised words
/// ("Kim Jong-un", "United Nations Security Council") and capitalised words that do not start a sentence
/// ("Singapore"). A word that only ever starts sentences is taken only when it also appears capitalised mid-sentence.
public enum ProperNames {
    /// The names to check pronunciation for.
    /// - Parameter episode: The episode.
    /// - Returns: Speakers' names and aliases (in speaker order, without the narrator), then other names A–Z.
    public static func find(in episode: Episode) -> (speakers: [String], others: [String]) {
        var speakerNames: [String] = []
        var listed: Set<String> = []
        for speaker in episode.speakers where speaker.role != .narrator {
            for name in [speaker.name] + speaker.aliases where listed.insert(name).inserted {
                speakerNames.append(name)
            }
        }
        let texts = episode.segments.filter { [.narration, .quote, .credits].contains($0.kind) }.map(\.text)
        let sentences = texts.map(tokens)
        var midSentence: Set<String> = []
        for tokens in sentences {
            for token in tokens where !token.startsSentence && token.isCapitalised { midSentence.insert(token.word) }
        }
        var found: Set<String> = []
        for tokens in sentences {
            for run in runs(tokens) {
                var words = run
                // A capitalised word that starts a sentence is a name only if it is capitalised elsewhere too, or
                // starts a longer name and is not a common word ("The", "However").
                if let first = words.first, first.startsSentence,
                    Self.common.contains(first.word.lowercased())
                        || (words.count == 1 && !midSentence.contains(first.word))
                {
                    words.removeFirst()
                }
                while let first = words.first, Self.titles.contains(first.word) || Self.connectors.contains(first.word)
                {
                    words.removeFirst()
                }
                guard !words.isEmpty else { continue }
                let name = words.map(\.word).joined(separator: " ")
                if words.count > 1 || !Self.common.contains(name.lowercased()) { found.insert(name) }
            }
        }
        let known = Set(speakerNames.flatMap { $0.split(separator: " ").map(String.init) })
        let multiword = Set(found.filter { $0.contains(" ") }.flatMap { $0.split(separator: " ").map(String.init) })
        let others = found.filter { name in
            !listed.contains(name) && (name.contains(" ") || (!known.contains(name) && !multiword.contains(name)))
        }
        return (speakerNames, others.sorted { $0.lowercased() < $1.lowercased() })
    }

    struct Token {
        var word: String
        var startsSentence: Bool
        var endsRun: Bool

        var isCapitalised: Bool {
            guard let first = word.unicodeScalars.first else { return false }
            return first.properties.isUppercase
        }
    }

    /// Words with their surrounding punctuation removed, each marked when it starts a sentence or ends a name run.
    static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var sentenceStart = true
        for raw in text.split(whereSeparator: \.isWhitespace) {
            let opensQuote = raw.first.map { "“\"‘(".contains($0) } ?? false
            var word = String(
                raw.drop { !$0.isLetter && !$0.isNumber }.prefix { $0.isLetter || $0.isNumber || "-’'.".contains($0) })
            while let last = word.last, !last.isLetter && !last.isNumber && last != "." { word.removeLast() }
            var possessive = false
            for suffix in ["’s", "'s"] where word.hasSuffix(suffix) {
                word = String(word.dropLast(2))
                possessive = true
            }
            let isHonorific = honorifics.contains(word)
            if word.hasSuffix("."), !isHonorific, !isInitialism(word) { word.removeLast() }
            let trailing = raw.reversed().prefix { !$0.isLetter && !$0.isNumber }
            let endsSentence = !isHonorific && trailing.contains { ".!?:".contains($0) }
            let endsRun = endsSentence || possessive || trailing.contains { ",;”\")—–".contains($0) }
            if isHonorific {
                // "Mr. Kim": the title is not part of the name, and its stop does not end the sentence.
                if let last = result.indices.last { result[last].endsRun = true }
            } else if !word.isEmpty {
                result.append(Token(word: word, startsSentence: sentenceStart || opensQuote, endsRun: endsRun))
            }
            sentenceStart = endsSentence
        }
        return result
    }

    /// Runs of capitalised tokens, joined over "of", "de", "von" and the like when a capitalised word follows.
    static func runs(_ tokens: [Token]) -> [[Token]] {
        var runs: [[Token]] = []
        var current: [Token] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let joins =
                !current.isEmpty && connectors.contains(token.word) && index + 1 < tokens.count
                && tokens[index + 1].isCapitalised && !(current.last?.endsRun ?? true)
            if (token.isCapitalised && (current.isEmpty || !token.startsSentence)) || joins {
                current.append(token)
            } else {
                if !current.isEmpty { runs.append(current) }
                current = token.isCapitalised ? [token] : []
            }
            if token.endsRun, !current.isEmpty {
                runs.append(current)
                current = []
            }
            index += 1
        }
        if !current.isEmpty { runs.append(current) }
        return runs.map { run in
            var trimmed = run
            while let last = trimmed.last, connectors.contains(last.word) { trimmed.removeLast() }
            return trimmed
        }
    }

    static func isInitialism(_ word: String) -> Bool {
        word.count >= 3 && word.split(separator: ".").allSatisfy { $0.count == 1 }
    }

    static let honorifics: Set<String> = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir", "Dame", "Mr", "Mrs", "Ms", "Dr"]
    static let connectors: Set<String> = [
        "of", "de", "del", "da", "di", "van", "von", "der", "den", "bin", "al", "la",
        "le", "du",
    ]
    /// Titles dropped from the front of a name: "President Trump" is said like "Trump".
    static let titles: Set<String> = [
        "President", "Ambassador", "Prime", "Minister", "Chancellor", "Senator",
        "Governor", "General", "Editor", "Professor", "Judge", "Director", "Chief",
        "Secretary", "Foreign", "Deputy", "Vice", "Mayor", "Dr", "Mr", "Mrs", "Ms",
    ]
    static let common: Set<String> = [
        "a", "an", "the", "and", "but", "or", "so", "yet", "if", "as", "at", "by", "for", "from", "in", "into", "of",
        "on", "to", "with", "after", "before", "when", "while", "since", "because", "although", "though", "however",
        "nevertheless", "meanwhile", "still", "now", "then", "there", "here", "this", "that", "these", "those", "it",
        "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "who", "why",
        "how", "where", "which", "sometimes", "also", "even", "just", "not", "no", "yes", "one", "two", "last", "next",
        "today", "tomorrow", "yesterday", "mr", "mrs", "ms", "dr", "president", "prime", "minister", "ambassador",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "i’m", "i'm", "it’s", "it's", "let", "many", "most", "some", "all", "every", "each", "such", "only",
    ]
}
