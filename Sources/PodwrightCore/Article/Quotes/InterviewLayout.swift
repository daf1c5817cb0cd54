/// Finds interview layouts: name-labelled turns ("Jane Doe: …" then "JD: …") and Q&A pages where questions stand as
/// their own paragraphs and the answers follow without quote marks.
enum InterviewLayout {
    static let prompts: Set<String> = [
        "tell", "talk", "describe", "explain", "walk", "give", "take", "say", "name", "finish", "share", "paint",
    ]

    /// Marks turns, questions and answers in `paragraphs`.
    static func detect(_ paragraphs: inout [QuoteParagraph]) {
        detectLabelledTurns(&paragraphs)
        if !paragraphs.contains(where: { if case .turn = $0.role { true } else { false } }) {
            detectQuestionsAndAnswers(&paragraphs)
        }
    }

    /// The label at the start of a paragraph: up to four capitalised words, or initials, then a colon.
    static func label(of p: QuoteParagraph) -> (label: String, end: Int)? {
        let t = p.tokens
        var k = 0
        var words: [String] = []
        while k < t.count, k < 5, t[k].isWord, t[k].inNarration, t[k].isCapitalised {
            words.append(t[k].text)
            k += 1
        }
        guard !words.isEmpty, words.count <= 4, k + 1 < t.count, t[k].text == ":" else { return nil }
        let isInitials = words.count == 1 && words[0].count <= 3 && words[0].uppercased() == words[0]
        if QuoteLexicon.notNames.contains(words[0].lowercased()) && !isInitials { return nil }
        if words.contains(where: { QuoteLexicon.organisationWords.contains($0.lowercased()) }) { return nil }
        return (words.joined(separator: " "), t[k + 1].start)
    }

    /// An interviewer asks "you"; an FAQ explainer asks for the reader ("Do I need a licence?").
    static func addressesSomeone(_ questions: [QuoteParagraph]) -> Bool {
        let asking = questions.filter { q in q.tokens.contains { $0.lower == "you" || $0.lower == "your" } }.count
        return asking * 3 >= questions.count && asking > 0
    }

    static func initials(_ label: String) -> String {
        String(label.split(separator: " ").compactMap(\.first))
    }

    private static func detectLabelledTurns(_ paragraphs: inout [QuoteParagraph]) {
        var found: [(index: Int, label: String, end: Int)] = []
        for (index, p) in paragraphs.enumerated() where p.role == .prose || p.isSectionTitle {
            if let l = label(of: p) { found.append((index, l.label, l.end)) }
        }
        var counts: [String: Int] = [:]
        for f in found { counts[f.label, default: 0] += 1 }
        // A label counts when it recurs, or when a full name and its initials both label turns.
        let initialsOfNames = Set(counts.keys.filter { $0.contains(" ") }.map(initials))
        let repeated = Set(counts.filter { $0.value >= 2 || initialsOfNames.contains($0.key) }.keys)
        let qualified = found.filter { f in
            if repeated.contains(f.label) { return true }
            return f.label.contains(" ") && repeated.contains(initials(f.label))
        }
        guard qualified.count >= 3 else { return }
        let isQA = repeated.contains("Q") && repeated.contains("A")
        if isQA, !addressesSomeone(qualified.filter { $0.label == "Q" }.map { paragraphs[$0.index] }) { return }
        for f in qualified {
            // "Q:" asks whoever answers, whether the answers are labelled "A:" or with the answerer's name.
            if f.label == "Q" {
                paragraphs[f.index].role = .question
            } else if isQA && f.label == "A" {
                paragraphs[f.index].role = .answer(labelEnd: f.end)
            } else {
                paragraphs[f.index].role = .turn(label: f.label, labelEnd: f.end)
            }
        }
        // An unlabelled paragraph between two turns carries on the first.
        for index in paragraphs.indices.dropFirst().dropLast() where paragraphs[index].role == .prose {
            let before = paragraphs[index - 1].role
            let after = paragraphs[index + 1].role
            let afterIsTurn: Bool = if case .turn = after { true } else { after == .question }
            guard afterIsTurn else { continue }
            switch before {
            case .turn, .turnContinuation: paragraphs[index].role = .turnContinuation
            case .answer: paragraphs[index].role = .answer(labelEnd: 0)
            default: break
            }
        }
    }

    private static func isQuestion(_ p: QuoteParagraph) -> Bool {
        guard p.role == .prose || p.isSectionTitle, !p.isListItem, p.scalars.count <= 320,
            let first = p.scalars.first, !QuoteMarkScanner.isQuoteMark(first)
        else { return false }
        var end = p.scalars.count
        while end > 0, QuoteMarkScanner.isSpace(p.scalars[end - 1]) { end -= 1 }
        return end > 0 && p.scalars[end - 1] == "?"
    }

    private static func detectQuestionsAndAnswers(_ paragraphs: inout [QuoteParagraph]) {
        let questions = paragraphs.indices.filter { isQuestion(paragraphs[$0]) }
        guard questions.count >= 3 else { return }
        let marker = paragraphs.contains { p in
            let text = String(String.UnicodeScalarView(p.scalars)).lowercased()
            return text.contains("edited")
                && (text.contains("condensed") || text.contains("length")
                    || text.contains("clarity") || text.contains("brevity"))
        }
        // Questions must alternate with answers, never stand in a row.
        let alternating = zip(questions, questions.dropFirst()).allSatisfy { $1 - $0 >= 2 && $1 - $0 <= 8 }
        guard alternating, marker || questions.count >= 4, addressesSomeone(questions.map { paragraphs[$0] }) else {
            return
        }
        for q in questions { paragraphs[q].role = .question }
        for (a, b) in zip(questions, questions.dropFirst()) {
            for index in (a + 1)..<b where paragraphs[index].role == .prose {
                let p = paragraphs[index]
                let firstWord = p.tokens.first?.lower ?? ""
                if p.scalars.count <= 100, prompts.contains(firstWord), index > a + 1 {
                    paragraphs[index].role = .question
                } else {
                    paragraphs[index].role = .answer(labelEnd: 0)
                }
            }
        }
        if let last = questions.last, last + 1 < paragraphs.count, paragraphs[last + 1].role == .prose {
            paragraphs[last + 1].role = .answer(labelEnd: 0)
        }
    }
}
