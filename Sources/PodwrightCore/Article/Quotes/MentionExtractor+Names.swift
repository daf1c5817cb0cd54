/// Names: runs of capitalised words with the titles and role words around them.
extension MentionExtractor {
    /// Lowercase words inside a name: "Ursula von der Leyen".
    static let particles: Set<String> = ["de", "van", "von", "bin", "al", "da", "del", "la", "le", "di", "du", "der"]
    /// Letters after a name that mark a person: "Sarah Finch KC".
    static let suffixes: Set<String> = ["kc", "qc", "mp", "jr", "sr", "mep", "msp"]

    /// A run of capitalised words with its titles, or nil for places, organisations and sentence openers.
    static func name(_ t: [QuoteToken], at start: Int) -> PersonMention? {
        var end = start
        while end < t.count, t[end].inNarration, t[end].isWord,
            t[end].isCapitalised
                || particles.contains(t[end].lower) && end + 1 < t.count
                    && t[end + 1].isCapitalised && end > start
        {
            end += 1
        }
        var first = start
        while first < end, QuoteLexicon.notNames.contains(t[first].lower) { first += 1 }
        // "Said Dora Quill, who grew up there, “…”": a speech verb opening the sentence, the speaker after it.
        if end - first >= 2, ["said", "says", "added", "adds", "wrote", "writes"].contains(t[first].lower),
            first == 0 || t[first - 1].sentence != t[first].sentence
        {
            first += 1
        }
        guard first < end else { return nil }
        // "Baker Tomás Ferreira talks …": a capitalised role word opening the sentence is not part of the name.
        var rolePrefix: [String] = []
        while end - first > 2, isRoleNoun(t[first].lower), !QuoteLexicon.titles.contains(t[first].lower) {
            rolePrefix.append(t[first].text)
            first += 1
        }
        var words = Array(first..<end)
        var titles: [String] = []
        var prefix: [String] = []
        if let last = words.lastIndex(where: { QuoteLexicon.titles.contains(t[$0].lower) }), last < words.count - 1 {
            for index in words[...last] {
                prefix.append(t[index].text)
                if QuoteLexicon.titles.contains(t[index].lower) { titles.append(normalisedTitle(t[index].lower)) }
            }
            words.removeFirst(last + 1)
        }
        var isPerson = !titles.isEmpty
        if let last = words.last, suffixes.contains(t[last].lower), words.count > 1 {
            words.removeLast()
            isPerson = true
        }
        let nameWords = words.map { t[$0].text }
        // "a strategist from Florida", "Chinese officials", "a Los Angeles-based lawyer": places and nationalities
        // are where people are, not who speaks.
        let speaks = speaksNext(t, from: end)
        var isPlaceLike = false
        if titles.isEmpty, rolePrefix.isEmpty, QuoteLexicon.isPlaceOrDemonym(nameWords) {
            let spoken =
                first > 0 && QuoteLexicon.speechVerbs.contains(t[first - 1].lower) && !t[first - 1].isCapitalised
            // "Paris, who used to work on Capitol Hill, said": "who" follows a person, never a place.
            let who = end + 1 < t.count && t[end].text == "," && t[end + 1].lower == "who"
            guard nameWords.count == 1, speaks || spoken || who else { return nil }
            isPlaceLike = true
        }
        // A company, council or country can speak ("Pennine Dairies said") but is never "he" or "she".
        let isInstitution =
            titles.isEmpty && nameWords.contains { QuoteLexicon.organisationWords.contains($0.lowercased()) }
        if nameWords.allSatisfy({ $0.uppercased() == $0 && $0.count > 3 }) { return nil }
        // "Alice Through The Looking Glass": a run this long, or with "The" inside, names a work, not a person.
        if titles.isEmpty,
            nameWords.count > 4 || nameWords.dropFirst().contains(where: { ["The", "Of", "And"].contains($0) })
        {
            return nil
        }
        var m = PersonMention(kind: .name, first: first, end: end)
        m.nameWords = nameWords
        m.titles = titles
        m.isInstitution = isInstitution
        m.isPerson = isPerson
        m.isPlaceLike = isPlaceLike
        m.speaks = speaks
        m.sentence = t[first].sentence
        m.display = (prefix.suffix(titles.isEmpty ? 0 : 1) + nameWords).joined(separator: " ")
        if prefix.count > 1 { m.description = prefix.joined(separator: " ") }
        if !rolePrefix.isEmpty {
            m.description = rolePrefix.joined(separator: " ").lowercased()
            m.head = rolePrefix.last?.lowercased()
            m.isPerson = true
            m.first -= rolePrefix.count
        }
        for title in titles where m.gender == .unknown { m.gender = Gender.of(title) }
        if m.gender == .unknown, nameWords.count >= 2 { m.gender = QuoteLexicon.gender(ofFirstName: nameWords[0]) }
        // "the younger Pryce": the adjective tells two namesakes apart.
        if first >= 2, t[first - 2].lower == "the", t[first - 1].isWord, !t[first - 1].isCapitalised {
            m.modifiers = [t[first - 1].lower]
            m.first = first - 2
        }
        return m
    }

    /// The full form of an abbreviated title: "gov" → "governor".
    static func normalisedTitle(_ title: String) -> String {
        switch title {
        case "sen": "senator"
        case "gov": "governor"
        case "rep": "representative"
        case "prof": "professor"
        case "capt": "captain"
        case "gen": "general"
        case "det": "detective"
        case "rev": "reverend"
        default: title
        }
    }
}
