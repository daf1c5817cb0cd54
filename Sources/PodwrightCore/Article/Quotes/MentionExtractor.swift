/// Finds the people a paragraph's narration mentions: names with their titles, descriptions of unnamed people and
/// pronouns, joining appositives ("Japan’s ambassador to London, Koji Tsuruoka") into one mention.
enum MentionExtractor {
    /// Words that end a description or separate a subject from its verb.
    static let stopWords: Set<String> = [
        "to", "of", "in", "at", "for", "from", "by", "with", "on", "and", "or", "but", "who", "whose", "which",
        "that", "is", "was", "were", "are", "has", "had", "have", "will", "would", "can", "could", "as", "than",
        "when", "while", "after", "before", "about", "into", "over", "under", "i", "he", "she", "we", "they", "me",
        "him", "it", "not", "did", "does", "do", "be", "been", "also", "where", "if", "because", "so", "up", "out",
    ]

    /// Determiners that make a description someone's: "his mind", "their driver".
    static let possessivePronouns: Set<String> = ["his", "her", "their", "its", "my", "our", "your"]

    static let introducers: Set<String> = [
        "in", "before", "after", "when", "while", "asked", "across", "opening", "as", "speaking", "despite", "at",
        "on", "like", "unlike", "for", "since", "although", "if", "once", "having", "earlier", "later", "then",
        "but", "however", "and", "yet", "so", "now", "still", "instead", "meanwhile", "outside", "inside", "by",
        "with", "during", "following", "addressing", "writing", "talking", "responding", "today", "yesterday",
    ]

    static func extract(_ t: [QuoteToken]) -> [PersonMention] {
        var mentions: [PersonMention] = []
        var i = 0
        while i < t.count {
            guard t[i].inNarration, t[i].isWord else {
                i += 1
                continue
            }
            // "it said", "they said": an institution or a group, only as the subject of speech.
            let speaks = i + 1 < t.count && QuoteLexicon.speechVerbs.contains(t[i + 1].lower)
            if t[i].lower == "he" || t[i].lower == "she" || (t[i].lower == "it" || t[i].lower == "they") && speaks {
                var m = PersonMention(kind: .pronoun, first: i, end: i + 1)
                m.pronoun = t[i].lower
                m.gender = Gender.of(t[i].lower)
                m.sentence = t[i].sentence
                m.display = t[i].text
                mentions.append(m)
                i += 1
                continue
            }
            if let m = description(t, at: i) {
                mentions.append(m)
                i = m.end
                continue
            }
            // "Some residents were angry. One said: …" — one of the group just mentioned.
            if ["one", "another"].contains(t[i].lower), speaksNext(t, from: i + 1) {
                var m = PersonMention(kind: .description, first: i, end: i + 1)
                m.head = "one"
                m.isMemberOfGroup = true
                m.sentence = t[i].sentence
                m.display = t[i].lower
                mentions.append(m)
                i += 1
                continue
            }
            if t[i].isCapitalised, let m = name(t, at: i) {
                mentions.append(m)
                i = max(m.end, i + 1)
                continue
            }
            i += 1
        }
        mentions = linkAppositives(t, mentions)
        for index in mentions.indices { markSubject(t, &mentions[index]) }
        return mentions
    }

    // MARK: Descriptions

    /// "the South Korean diplomat", "a senior partner at one accountancy firm", "Japan’s ambassador to London".
    static func description(_ t: [QuoteToken], at start: Int) -> PersonMention? {
        var bodyStart = start + 1
        var determiner = t[start].lower
        // A bare plural opening its clause: "Residents say", "Families in Tewford say".
        let opensClause = start == 0 || t[start - 1].kind != .word || t[start - 1].sentence != t[start].sentence
        if opensClause, isRoleNoun(determiner), singular(determiner) != determiner {
            bodyStart = start
            determiner = ""
        } else if !QuoteLexicon.determiners.contains(determiner) {
            // A possessive opener: "Japan’s", "the trust’s" (handled from "the"), "Reform UK’s".
            guard t[start].isCapitalised else { return nil }
            var k = start
            while k < t.count, t[k].isWord, t[k].isCapitalised, k - start < 4 { k += 1 }
            guard k < t.count, t[k].text == "’s" || t[k].text == "'s" else { return nil }
            bodyStart = k + 1
            determiner = "’s"
        }
        var head: Int?
        var k = bodyStart
        while k < t.count, k - bodyStart < 6, t[k].inNarration {
            let token = t[k]
            if token.text == "’s" || token.text == "'s" {
                head = nil
                k += 1
                continue
            }
            guard token.isWord, !stopWords.contains(token.lower), !QuoteLexicon.speechVerbs.contains(token.lower),
                !QuoteLexicon.determiners.contains(token.lower)
            else { break }
            // A capitalised word after the head ends the description ("the diplomat Koji …"); a capitalised head
            // may be followed by another ("a Florida Republican strategist").
            if token.isCapitalised, head != nil, !t[head!].isCapitalised || !isRoleNoun(token.lower) { break }
            if isRoleNoun(token.lower) { head = k }
            k += 1
        }
        // No listed role, but the phrase speaks ("an old printer once told us") or a full name stands in apposition
        // ("the council’s finance lead, Graham Petrie"): its last word names a role all the same.
        // A possessive pronoun's phrase names the person only when it opens its clause ("His flatmate, Tom Reid"):
        // "uppermost in his mind, Shinzo Abe" is no description of Abe.
        let appositiveFits = !possessivePronouns.contains(determiner) || opensClause
        if head == nil, determiner != "", k > bodyStart, k - bodyStart <= 4, t[k - 1].isWord, !t[k - 1].isCapitalised,
            speaksNext(t, from: k) || appositiveFits && appositiveNameNext(t, at: k)
        {
            var last = k - 1
            while last > bodyStart, QuoteLexicon.auxiliaries.contains(t[last].lower) || t[last].lower.hasSuffix("ly") {
                last -= 1
            }
            if !QuoteLexicon.auxiliaries.contains(t[last].lower) { head = last }
        }
        guard let head else { return nil }
        var m = PersonMention(kind: .description, first: start, end: head + 1)
        m.head = singular(t[head].lower)
        m.isPlural = m.head != t[head].lower
        m.isInstitution = QuoteLexicon.institutionNouns.contains(t[head].lower)
        m.hasPossessivePronoun = possessivePronouns.contains(determiner)
        m.modifiers = t[bodyStart..<head].filter(\.isWord).map(\.lower)
        m.isDefinite = ["the", "this", "that", "’s", "his", "her", "their", "its", "our", "my", "your"]
            .contains(determiner)
        m.sentence = t[start].sentence
        m.age = age(t[head].lower)
        for word in m.modifiers + [t[head].lower] where m.gender == .unknown { m.gender = Gender.of(word) }
        // A short prepositional phrase up to a comma belongs to the description: "ambassador to London,".
        var extended = head + 1
        // … or up to the verb: "a person close to Harlow’s board said". A titled name ends it: "the son of Gov. X".
        if extended < t.count,
            ["to", "at", "in", "of", "from", "with", "on", "for", "close", "familiar", "near"]
                .contains(t[extended].lower)
        {
            var e = extended + 1
            while e < t.count, e - extended <= 7, t[e].isWord || t[e].text == "’s" || t[e].text == "'s",
                t[e].inNarration, !QuoteLexicon.titles.contains(t[e].lower) || !t[e].isCapitalised,
                !QuoteLexicon.speechVerbs.contains(t[e].lower),
                !stopWords.contains(t[e].lower) || ["her", "his", "their", "of", "to", "with"].contains(t[e].lower)
            {
                e += 1
            }
            let ends =
                e < t.count
                && (t[e].text == "," || t[e].lower == "who" || QuoteLexicon.speechVerbs.contains(t[e].lower))
            if ends, e > extended + 1, !(e < t.count && t[e].isCapitalised) { extended = e }
        }
        m.end = extended
        m.description = text(t, start, extended)
        m.display = m.description ?? ""
        return m
    }

    /// A speech verb at `k`, after auxiliaries and adverbs ("once told", "has said").
    static func speaksNext(_ t: [QuoteToken], from k: Int) -> Bool {
        var k = k
        while k < t.count, QuoteLexicon.auxiliaries.contains(t[k].lower) { k += 1 }
        return k < t.count && t[k].inNarration && plainSpeechVerbs.contains(t[k].lower)
    }

    /// Speech verbs that are never nouns ("a blog post", "the report" are): these, and the past tense of every
    /// speech verb but those that also stand before a noun ("a reported deal", "the stated aim").
    static let plainSpeechVerbs: Set<String> = Set([
        "said", "says", "told", "tells", "added", "adds", "asked", "asks", "explained", "explains", "insisted",
        "insists", "warned", "warns", "wrote", "writes", "recalled", "recalls", "replied", "argued", "argues",
        "admitted", "admits", "noted", "notes", "claimed", "claims", "agreed", "agrees", "laughed", "sighed",
    ]).union(
        QuoteLexicon.speechVerbs.filter { $0.hasSuffix("ed") }.subtracting([
            "reported", "posted", "promised", "predicted", "confirmed", "denied", "stated", "declared", "texted",
            "alleged", "advised", "reasoned", "informed", "continued", "pledged", "answered", "concluded",
        ]))

    /// ", Graham Petrie" at `k`: a comma and a first and last name.
    static func appositiveNameNext(_ t: [QuoteToken], at k: Int) -> Bool {
        k + 2 < t.count && t[k].text == "," && t[k + 1].isCapitalised && t[k + 2].isCapitalised && t[k + 1].isWord
            && t[k + 2].isWord && !QuoteLexicon.notNames.contains(t[k + 1].lower)
            && !QuoteLexicon.organisationWords.contains(t[k + 2].lower)
    }

    static func isRoleNoun(_ word: String) -> Bool {
        if QuoteLexicon.roleNouns.contains(word) || QuoteLexicon.institutionNouns.contains(word) || age(word) != nil {
            return true
        }
        // "co-founder", "ex-minister", "vice-president".
        if let dash = word.lastIndex(of: "-"), QuoteLexicon.roleNouns.contains(String(word[word.index(after: dash)...]))
        {
            return true
        }
        return false
    }

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies"), QuoteLexicon.roleNouns.contains(String(word.dropLast(3)) + "y") {
            return String(word.dropLast(3)) + "y"
        }
        if word.hasSuffix("men"), QuoteLexicon.roleNouns.contains(String(word.dropLast(3)) + "man") {
            return String(word.dropLast(3)) + "man"
        }
        if QuoteLexicon.roleNouns.contains(word), word.hasSuffix("s"),
            QuoteLexicon.roleNouns.contains(
                String(word.dropLast()))
        {
            return String(word.dropLast())
        }
        return word
    }

    /// "23-year-old" → 23.
    static func age(_ word: String) -> Int? {
        guard word.hasSuffix("-year-old") else { return nil }
        return Int(word.dropLast(9))
    }

    static func text(_ t: [QuoteToken], _ start: Int, _ end: Int) -> String {
        var out = ""
        for index in start..<end {
            let token = t[index]
            if index > start, token.start > t[index - 1].end { out += " " }
            out += token.text
        }
        return out
    }
}
