/// One person (or unnamed source) the article refers to, however it names them.
struct PersonCluster: Sendable {
    /// The fullest name seen, word by word ("Koji", "Tsuruoka"); empty for an unnamed source.
    var nameWords: [String] = []
    /// Every name word seen, lowercased, for matching "Mr. Moon" to "Moon Jae-in".
    var nameTokens: Set<String> = []
    var titles: Set<String> = []
    /// Descriptions in the order the article gives them ("Japan’s ambassador to London", "a South Korean diplomat").
    var descriptions: [String] = []
    /// Head nouns and modifiers of its descriptions, and words of its relative clauses, lowercased.
    var heads: Set<String> = []
    var descriptionWords: Set<String> = []
    var context: Set<String> = []
    var gender: Gender = .unknown
    var age: Int?
    /// Every printed way of naming them, first seen first.
    var aliases: [String] = []
    var mentionCount = 0
    /// True once there is evidence this is a person and not a place or a company.
    var isPerson = false
    /// True for a group ("the country’s potters"): never what "he" or "she" stands for.
    var isPlural = false
    /// True for a company, council or other body.
    var isInstitution = false
    /// True once a quote has been given to them.
    var hasSpoken = false

    var isNamed: Bool { !nameWords.isEmpty }

    /// The name a producer sees: the fullest name, or the first description as the article prints it.
    var canonicalName: String {
        if isNamed { return nameWords.joined(separator: " ") }
        guard let first = descriptions.first else { return aliases.first ?? "unknown" }
        return lowercasingArticle(first)
    }

    /// Their title or role: the first description of a named person.
    var title: String? { isNamed ? descriptions.first.map(lowercasingArticle) : nil }

    /// Adds what a mention says about them.
    mutating func absorb(_ m: PersonMention) {
        mentionCount += 1
        if m.isPerson { isPerson = true }
        if m.kind == .description && mentionCount == 1 { isPlural = m.isPlural }
        if mentionCount == 1 { isInstitution = m.isInstitution }
        if m.kind == .name {
            if m.nameWords.count > nameWords.count { nameWords = m.nameWords }
            for word in m.nameWords { nameTokens.insert(word.lowercased()) }
            titles.formUnion(m.titles)
            addAlias(m.display)
            if m.nameWords.count > 1 || !m.titles.isEmpty { addAlias(m.nameWords.joined(separator: " ")) }
            for title in m.titles { descriptionWords.insert(title) }
        }
        if let printed = m.description {
            // "The diplomat" opened its sentence; as a name it is "the diplomat".
            let description = lowercasingArticle(printed)
            if !descriptions.contains(description) { descriptions.append(description) }
            addAlias(description)
        }
        if let head = m.head { heads.insert(head) }
        if m.kind == .description { descriptionWords.formUnion(m.modifiers) }
        context.formUnion(m.context)
        if gender == .unknown { gender = m.gender }
        if age == nil { age = m.age }
    }

    mutating func addAlias(_ alias: String) {
        var trimmed = Substring(alias)
        while trimmed.first == " " { trimmed.removeFirst() }
        while trimmed.last == " " { trimmed.removeLast() }
        let clean = String(trimmed)
        guard !clean.isEmpty, !aliases.contains(clean) else { return }
        aliases.append(clean)
    }

    /// How well a definite description ("the diplomat", "the Quayside councillor") fits: 0 when not at all.
    func fit(head: String?, modifiers: [String], age: Int?) -> Int {
        var score = 0
        if let age, let own = self.age { return age == own ? 4 : 0 }
        if let head {
            // Someone already described by another role is not "the leader" just because both are South Korean.
            if !heads.isEmpty, !heads.contains(head), !titles.contains(head) { return 0 }
            // A relative clause's words may name someone else ("not related to the defendant"): heads only.
            if heads.contains(head) || titles.contains(head) { score += 3 }
        }
        for word in modifiers where word.count > 2 {
            if descriptionWords.contains(word) || heads.contains(word) || context.contains(word) { score += 1 }
        }
        return score
    }

    private func lowercasingArticle(_ text: String) -> String {
        for article in ["The ", "A ", "An ", "Another ", "One ", "His ", "Her ", "Their ", "Its ", "Our "]
        where text.hasPrefix(article) {
            return article.lowercased() + text.dropFirst(article.count)
        }
        return text
    }
}
