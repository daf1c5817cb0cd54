extension MentionExtractor {
    /// Joins a description and a name that stand side by side into one mention of one person, and reads ages,
    /// relative clauses and gendered words attached to names.
    static func linkAppositives(_ t: [QuoteToken], _ raw: [PersonMention]) -> [PersonMention] {
        let input = withRolePrefixes(t, raw)
        var out: [PersonMention] = []
        var index = 0
        while index < input.count {
            var m = input[index]
            // Description, then the name: "the council leader, Linda Okafor", "president Moon Jae-in".
            if m.kind == .description, index + 1 < input.count, input[index + 1].kind == .name {
                let n = input[index + 1]
                let gap = n.first - m.end
                if gap == 0 || gap == 1 && t[m.end].text == "," {
                    var merged = merge(name: n, description: m, first: m.first, end: n.end)
                    readTrailing(t, &merged)
                    out.append(merged)
                    index += 2
                    continue
                }
            }
            // Description, then a description: "The ward sister, a woman in her fifties".
            if m.kind == .description, index + 1 < input.count, input[index + 1].kind == .description,
                input[index + 1].first == m.end + 1, t[m.end].text == ",", !input[index + 1].isDefinite
            {
                let d = input[index + 1]
                m.context += d.modifiers + [d.head ?? ""]
                if m.gender == .unknown { m.gender = d.gender }
                m.isIntroduction = true
                m.end = d.end
                out.append(m)
                index += 2
                continue
            }
            // "The programme’s community partner, the Marlow Housing Trust, …": an appositive introduces someone.
            if m.kind == .description, m.end + 1 < t.count, t[m.end].text == ",",
                t[m.end + 1].isCapitalised || QuoteLexicon.determiners.contains(t[m.end + 1].lower)
            {
                m.isIntroduction = true
            }
            if m.kind == .name {
                // Name, then the description: "Ruth Calloway, the labour economist". A description followed by
                // its own verb ("Alice Through The Looking Glass, the Red Queen tells Alice") is a new subject.
                if index + 1 < input.count, input[index + 1].kind == .description, input[index + 1].first == m.end + 1,
                    t[m.end].text == ",", closesAppositive(t, at: input[index + 1].end)
                {
                    let d = input[index + 1]
                    var merged = merge(name: m, description: d, first: m.first, end: d.end)
                    readTrailing(t, &merged)
                    out.append(merged)
                    index += 2
                    continue
                }
                readTrailing(t, &m)
            }
            out.append(m)
            index += 1
        }
        return out
    }

    /// Role words right before a name join it: "Castleford manager Stuart Bell", "retired postman Alan Rudd".
    private static func withRolePrefixes(_ t: [QuoteToken], _ input: [PersonMention]) -> [PersonMention] {
        var out: [PersonMention] = []
        for var m in input {
            if m.kind == .name, m.description == nil, let prefix = rolePrefix(t, before: m.first) {
                // Drop a place name swallowed by the prefix.
                while let last = out.last, last.kind == .name, last.first >= prefix.first { out.removeLast() }
                var first = prefix.first
                // "his younger brother Connor": the description ending in the prefix is the same person.
                if let last = out.last, last.kind == .description, last.end > prefix.first {
                    first = last.first
                    m.context += last.modifiers
                    if m.gender == .unknown { m.gender = last.gender }
                    out.removeLast()
                }
                m.description = text(t, first, m.first)
                m.head = prefix.head
                m.context += prefix.words
                m.first = first
                m.isPerson = true
            }
            out.append(m)
        }
        return out
    }

    /// What may follow an appositive: a comma, a stop, a relative pronoun or the end.
    private static func closesAppositive(_ t: [QuoteToken], at k: Int) -> Bool {
        guard k < t.count else { return true }
        return [",", ".", ";", ")", "who", "whose", "and", "—"].contains(t[k].lower) || !t[k].inNarration
    }

    private static func merge(name: PersonMention, description: PersonMention, first: Int, end: Int) -> PersonMention {
        var m = name
        m.first = first
        m.end = end
        m.description = description.description
        m.head = description.head
        m.context += description.modifiers + [description.head ?? ""]
        m.isPerson = true
        if m.gender == .unknown { m.gender = description.gender }
        if m.age == nil { m.age = description.age }
        return m
    }

    /// Lowercase role words right before a name: "head coach", "warehouse worker", "substitute".
    private static func rolePrefix(_ t: [QuoteToken], before first: Int) -> (first: Int, head: String, words: [String])?
    {
        guard first > 0, t[first - 1].isWord, !t[first - 1].isCapitalised, isRoleNoun(t[first - 1].lower) else {
            return nil
        }
        var start = first - 1
        while start > 0, first - start < 4, t[start - 1].isWord, t[start - 1].inNarration,
            !stopWords.contains(t[start - 1].lower), !QuoteLexicon.speechVerbs.contains(t[start - 1].lower),
            !QuoteLexicon.determiners.contains(t[start - 1].lower)
        {
            start -= 1
        }
        return (start, t[first - 1].lower, t[start..<first].map(\.lower))
    }

    /// ", 29," gives an age; ", who …," and ", whose …," a relative clause to match later descriptions against;
    /// ", chief executive officer of …" a role.
    private static func readTrailing(_ t: [QuoteToken], _ m: inout PersonMention) {
        guard m.end + 1 < t.count, t[m.end].text == "," else { return }
        let next = t[m.end + 1]
        if let number = Int(next.text), m.end + 2 < t.count, t[m.end + 2].text == "," {
            m.age = number
            m.isPerson = true
            return
        }
        var k = m.end + 1
        var words: [String] = []
        while k < t.count, t[k].inNarration, ![",", ".", ";", ":", "(", "—"].contains(t[k].text), words.count < 14 {
            if t[k].isWord { words.append(t[k].lower) }
            k += 1
        }
        if next.lower == "who" || next.lower == "whose" {
            m.context += words
            m.isPerson = true
            for word in words.prefix(8) where ["his", "her", "he", "she"].contains(word) && m.gender == .unknown {
                m.gender = Gender.of(word)
            }
        } else if !next.isCapitalised, words.prefix(4).contains(where: isRoleNoun),
            !words.contains(where: QuoteLexicon.speechVerbs.contains)
        {
            m.description = text(t, m.end + 1, k)
            m.head = words.first(where: isRoleNoun)
            m.context += words
            m.isPerson = true
        }
    }

    /// A subject opens its sentence (after an introductory phrase and comma) or comes right before a speech verb.
    static func markSubject(_ t: [QuoteToken], _ m: inout PersonMention) {
        if m.kind == .name, m.first > 0, QuoteLexicon.speechVerbs.contains(t[m.first - 1].lower) { m.isPerson = true }
        // A name that speaks is someone (or some body) that can be quoted, wherever it stands.
        var k = m.end
        while k < t.count, QuoteLexicon.auxiliaries.contains(t[k].lower) || t[k].lower.hasSuffix("ly") { k += 1 }
        let speaks =
            k < t.count
            && (QuoteLexicon.speechVerbs.contains(t[k].lower) || QuoteLexicon.framingVerbs.contains(t[k].lower))
        if speaks && m.kind == .name { m.isPerson = true }
        var start = m.first
        while start > 0, t[start - 1].sentence == m.sentence, t[start - 1].inNarration { start -= 1 }
        if start == m.first || t[start].kind == .mark && start + 1 == m.first {
            m.isSubject = true
            return
        }
        if introducers.contains(t[start].lower), m.first > 0, t[m.first - 1].text == ",",
            !t[start..<m.first].contains(where: { $0.lower == "said" || $0.lower == "says" })
        {
            m.isSubject = true
            return
        }
        if speaks { m.isSubject = true }
    }
}
