import Foundation

/// Interview turns in scraped text: a question is short and may end in "?" like a heading ("Why now?"), but in an
/// interview it is a turn of the conversation, and it has to stay a paragraph so its words can be quoted and the
/// answer under it attributed.
extension PlainTextReader {
    /// The indices of `body` lines that are interview turns and never headings: name-labelled turns ("Jane Doe: …",
    /// "JD: …", "Q: …") whose label recurs, and, in a Q&A page without labels, the question lines that alternate
    /// with the answers.
    static func interviewTurns(_ body: [PlainTextLine]) -> Set<Int> {
        labelledTurns(body).union(unlabelledQuestions(body))
    }

    /// The speaker label at the start of a line: one to four capitalised words, or initials, then a colon and text.
    static func turnLabel(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let rest = text[text.index(after: colon)...]
        guard rest.first == " ", rest.contains(where: \.isLetter) else { return nil }
        let words = text[..<colon].split(separator: " ")
        guard (1...4).contains(words.count) else { return nil }
        let capitalised = words.allSatisfy { word in
            guard let first = word.first, first.isUppercase else { return false }
            return word.allSatisfy { $0.isLetter || "’'.-".contains($0) }
        }
        return capitalised ? words.joined(separator: " ") : nil
    }

    /// Lines labelled by a speaker who takes more than one turn, or by a full name whose initials label other turns.
    private static func labelledTurns(_ body: [PlainTextLine]) -> Set<Int> {
        let labels = body.map { $0.isListItem ? nil : turnLabel($0.text) }
        var counts: [String: Int] = [:]
        for label in labels.compactMap(\.self) { counts[label, default: 0] += 1 }
        let recurring = Set(counts.filter { $0.value >= 2 }.keys)
        var turns = Set<Int>()
        for (index, label) in labels.enumerated() {
            guard let label else { continue }
            let initials = String(label.split(separator: " ").compactMap(\.first))
            if recurring.contains(label) || (label.contains(" ") && recurring.contains(initials)) {
                turns.insert(index)
            }
        }
        // Two recurring labels taking turns make a conversation; a lone recurring "Update:" does not.
        let speakers = Set(turns.compactMap { labels[$0] })
        return speakers.count >= 2 && turns.count >= 3 ? turns : []
    }

    /// Question lines of a Q&A page: at least three short questions, each followed by an answer paragraph, with no
    /// other heading among them; answered in the first person, or asked of someone ("you") under an "edited and
    /// condensed" note or with some answer in the first person. An explainer's question headings ("Do I need a
    /// licence?", "What about helmets?") ask in the reader's voice and are answered in the third person, and a
    /// column's single "Why now?" is too few: they stay headings.
    private static func unlabelledQuestions(_ body: [PlainTextLine]) -> Set<Int> {
        let questions = body.indices.filter { index in
            let line = body[index]
            return line.isHeadingLike && line.text.hasSuffix("?") && turnLabel(line.text) == nil
        }
        guard let first = questions.first, let last = questions.last, questions.count >= 3 else { return [] }
        let answers = questions.compactMap { $0 + 1 < body.count ? body[$0 + 1] : nil }
        guard answers.count == questions.count, answers.allSatisfy({ !$0.isHeadingLike && !$0.isListItem }) else {
            return []
        }
        // A statement heading among the questions makes them the sections of an essay or explainer.
        let otherHeading = (first...last).contains { index in
            !questions.contains(index) && index + 1 < body.count && body[index].isHeadingLike
                && !body[index].endsSentence && !body[index + 1].isHeadingLike
        }
        let readerVoice = questions.filter { containsWord(body[$0].text, of: firstPerson) }.count
        guard !otherHeading, readerVoice * 3 < questions.count else { return [] }
        let askingYou = questions.filter { containsWord(body[$0].text, of: secondPerson) }.count
        let answeredAsI = answers.filter { containsWord($0.text, of: firstPersonSingular) }.count
        let edited = body.contains { line in
            let text = line.text.lowercased()
            return text.contains("edited")
                && ["condensed", "length", "clarity", "brevity"].contains(where: text.contains)
        }
        let isInterview =
            answeredAsI * 2 >= answers.count
            || (askingYou * 2 >= questions.count && (edited || answeredAsI > 0))
        return isInterview ? Set(questions) : []
    }

    private static let secondPerson: Set<String> = ["you", "your", "you’re", "you're", "you’ve", "you've", "yourself"]
    private static let firstPersonSingular: Set<String> = [
        "i", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll", "me", "my", "mine", "myself",
    ]
    private static let firstPerson = firstPersonSingular.union(["we", "we’re", "we're", "our", "us"])

    private static func containsWord(_ text: String, of words: Set<String>) -> Bool {
        text.lowercased().split { !$0.isLetter && $0 != "’" && $0 != "'" }.contains { words.contains(String($0)) }
    }
}
