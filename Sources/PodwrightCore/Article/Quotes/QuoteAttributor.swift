/// Finds who a quote's own sentence says spoke it: "…," said X / X said / X told me, "…" / According to X / X: "…".
enum QuoteAttributor {
    /// How a speaker was found, which sets the confidence.
    enum How: Sendable, Equatable {
        case after, before, colon, according, dash
    }

    /// The mention that names the speaker of quote `q`, and how it was found.
    static func explicit(_ p: QuoteParagraph, quote q: Int) -> (mention: Int, how: How)? {
        let range = p.tokenRange(of: q)
        guard !range.isEmpty else { return nil }
        return after(p, range) ?? before(p, range)
    }

    /// True when the writer speaks: "“Where are you from?” I asked" or "We asked her: “…”". The writer's own
    /// words stay with the narrator.
    static func isWriters(_ p: QuoteParagraph, quote q: Int) -> Bool {
        let range = p.tokenRange(of: q)
        guard !range.isEmpty else { return false }
        let t = p.tokens
        // Right after the marks, even past a "?" that ends the sentence: "“Where are you from?” I asked".
        var k = range.upperBound
        if k < t.count, t[k].text == "," { k += 1 }
        if k + 1 < t.count, t[k].inNarration, ["i", "we"].contains(t[k].lower),
            QuoteLexicon.speechVerbs.contains(t[k + 1].lower)
        {
            return true
        }
        let pre = preRange(p, range)
        guard let verb = pre.reversed().first(where: { QuoteLexicon.speechVerbs.contains(t[$0].lower) }), verb > 0
        else { return false }
        return ["i", "we"].contains(t[verb - 1].lower) && pre.upperBound - verb <= 4
    }

    /// Narration tokens of the sentence before the quote, back to the sentence start or an earlier quote.
    static func preRange(_ p: QuoteParagraph, _ range: Range<Int>) -> Range<Int> {
        let t = p.tokens
        var start = range.lowerBound
        while start > 0, t[start - 1].inNarration, t[start - 1].sentence == t[range.lowerBound].sentence { start -= 1 }
        return start..<range.lowerBound
    }

    /// Narration tokens after the quote, to the end of its sentence or the next quote.
    static func postRange(_ p: QuoteParagraph, _ range: Range<Int>) -> Range<Int> {
        let t = p.tokens
        let sentence = t[range.upperBound - 1].sentence
        var end = range.upperBound
        while end < t.count, t[end].inNarration, t[end].sentence == sentence { end += 1 }
        return range.upperBound..<end
    }

    private static func after(_ p: QuoteParagraph, _ range: Range<Int>) -> (Int, How)? {
        let t = p.tokens
        let post = postRange(p, range)
        guard !post.isEmpty else { return nextSentence(p, range) }
        var k = post.lowerBound
        if t[k].text == "," { k += 1 }
        if k < post.upperBound, ["—", "–", "-"].contains(t[k].text),
            let m = p.mentions.firstIndex(where: { $0.first == k + 1 })
        {
            return (m, .dash)
        }
        let firstWord = k
        var words = 0
        while k < post.upperBound, words < 8 {
            // "…,” Thomas Hanify, the president of the state firefighters union, said": an appositive linked to
            // the name counts as one word.
            if let m = p.mentions.first(where: { $0.first == k && $0.kind == .name }), m.end > k + 2 {
                words += 2
                k = m.end
                continue
            }
            // … or standing between commas after it, as a description or a relative clause: "…,” Paris, who used
            // to work on Capitol Hill, said".
            let relative = k + 1 < post.upperBound && ["who", "whom", "whose"].contains(t[k + 1].lower)
            if k > firstWord, t[k].text == ",",
                relative || p.mentions.contains(where: { $0.first == k + 1 && $0.kind == .description }),
                let comma = t[(k + 1)..<min(post.upperBound, k + (relative ? 20 : 12))].firstIndex(where: {
                    $0.text == ","
                }),
                !t[(k + 1)..<comma].contains(where: { MentionExtractor.plainSpeechVerbs.contains($0.lower) })
            {
                words += 1
                k = comma + 1
                if k < post.upperBound, isVerb(t, k, QuoteLexicon.speechVerbs),
                    let m = p.mentions.firstIndex(where: { $0.first == firstWord && $0.kind == .name })
                {
                    return (m, .after)
                }
                continue
            }
            if t[k].isWord { words += 1 }
            if isVerb(t, k, QuoteLexicon.speechVerbs) {
                if k == firstWord, let m = speakerAfterVerb(p, k, before: post.upperBound) { return (m, .after) }
                // The subject opens the attribution: "…,” the partner said" but not "“…” that the author writes".
                if let m = subject(p, before: k, from: firstWord),
                    p.mentions[m].first == firstWord
                        || p.mentions[m].first == firstWord + 1 && t[firstWord].kind == .mark
                        || isRoleBeforeName(p, from: firstWord, to: p.mentions[m])
                {
                    return (m, .after)
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// "…,” councilmember Mark Levine said", "…,” American Action Forum’s Douglas Holtz-Eakin said": a role or an
    /// owner before the name that opens the attribution, in words the lexicon need not know.
    private static func isRoleBeforeName(_ p: QuoteParagraph, from start: Int, to m: PersonMention) -> Bool {
        m.kind == .name && m.first > start && isPremodifier(p.tokens, start..<m.first)
    }

    /// At most six words standing before a name as its role, employer or place ("GOP strategist", "Clinton ally",
    /// "Los Angeles-based attorney", "the Zionist Union Party’s"): no comma, verb, pronoun or joining word.
    static func isPremodifier(_ t: [QuoteToken], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 6 else { return false }
        return range.allSatisfy { k in
            let token = t[k]
            if token.text == "’s" || token.text == "'s" { return k > range.lowerBound }
            guard token.isWord, token.inNarration else { return false }
            if k == range.lowerBound, ["the", "a", "an"].contains(token.lower) { return true }
            return !QuoteClassifier.joiners.contains(token.lower) && !QuoteLexicon.speechVerbs.contains(token.lower)
                && !QuoteLexicon.auxiliaries.contains(token.lower) && !PersonCluster.pronouns.contains(token.lower)
                && !QuoteLexicon.determiners.contains(token.lower)
        }
    }

    /// The speaker named right after a verb that opens the attribution: "said Senator Park", and past a role or a
    /// place before the name, "said GOP strategist Keith Nahigian", "explained Los Angeles-based attorney …". A
    /// one-word name followed by a role and another name is the role's owner: "said Cruz constituent Dan Golvach".
    private static func speakerAfterVerb(_ p: QuoteParagraph, _ verb: Int, before end: Int) -> Int? {
        let t = p.tokens
        let following = p.mentions.indices.filter { p.mentions[$0].first > verb && p.mentions[$0].first < end }
        guard let first = following.first else { return nil }
        let m = p.mentions[first]
        if m.first == verb + 1 {
            // "said Montclair State University political scientist Brigid Harrison": a name, a role in lower
            // case, and the name of the one who holds it.
            if m.kind == .name, following.count > 1 {
                let next = p.mentions[following[1]]
                // The name runs into the holder's ("Montclair State University" inside "… University political
                // scientist Brigid Harrison"): the longer one, which ends in the person, speaks.
                if next.first < m.end, next.end > m.end, next.kind == .name, next.nameWords.count >= 2,
                    next.head != nil
                {
                    return following[1]
                }
                let between = t[m.end..<max(m.end, next.first)]
                if next.kind == .name, next.first >= m.end, next.nameWords.count >= 2,
                    isPremodifier(t, m.first..<next.first),
                    let role = between.last, role.isWord, !role.isCapitalised,
                    MentionExtractor.isRoleNoun(role.lower)
                {
                    return following[1]
                }
            }
            return holderOfRoleRun(p, from: first, among: following)
        }
        if m.kind == .name, isPremodifier(t, verb + 1..<m.first) {
            return holderOfRoleRun(p, from: first, among: following)
        }
        return nil
    }

    /// "said Navy 1st Lt. Tyler Brandt", "said Oversight ranking Democrat Rosa Ledger", "said former Halden Gov.
    /// and Harbour Party Chairman Edwin Rourke": a body, a place or a title read as a name opens a run of roles,
    /// and the titled or full name that ends the run speaks.
    private static func holderOfRoleRun(_ p: QuoteParagraph, from candidate: Int, among following: [Int]) -> Int {
        let t = p.tokens
        var chosen = candidate
        for next in following where p.mentions[next].first >= p.mentions[chosen].end {
            let current = p.mentions[chosen]
            let later = p.mentions[next]
            guard current.kind == .name, later.kind == .name, later.nameWords.count >= 2 || !later.titles.isEmpty
            else { break }
            let gap = t[current.end..<later.first]
            guard gap.count <= 6,
                gap.allSatisfy({
                    $0.isWord && $0.inNarration && !QuoteLexicon.speechVerbs.contains($0.lower)
                        && !PersonCluster.pronouns.contains($0.lower) && !QuoteLexicon.determiners.contains($0.lower)
                        && ($0.lower == "and" || !QuoteClassifier.joiners.contains($0.lower))
                })
            else { break }
            let endsInRole = isTitleOrRole(t[current.end - 1].lower)
            let gapEndsInRole = gap.last.map { isTitleOrRole($0.lower) } ?? false
            // "said Sen. Ted Cruz and Gov. John Kasich" names two people: "and" joins roles only.
            if gap.contains(where: { $0.lower == "and" }) {
                guard endsInRole else { break }
            } else {
                guard
                    endsInRole || gapEndsInRole
                        || (!later.titles.isEmpty || later.head != nil) && current.nameWords.count == 1
                            && current.titles.isEmpty
                else { break }
            }
            chosen = next
        }
        return chosen
    }

    private static func isTitleOrRole(_ word: String) -> Bool {
        QuoteLexicon.titles.contains(word) || MentionExtractor.isRoleNoun(word)
    }

    /// "“Why now?” Smith asked." — a short sentence of its own, a name and a speech verb, right after the quote.
    private static func nextSentence(_ p: QuoteParagraph, _ range: Range<Int>) -> (Int, How)? {
        let t = p.tokens
        let start = range.upperBound
        guard start < t.count, t[start].inNarration else { return nil }
        var end = start
        while end < t.count, t[end].inNarration, t[end].sentence == t[start].sentence { end += 1 }
        guard let m = p.mentions.firstIndex(where: { $0.first == start }),
            p.mentions[m].kind != .pronoun || t[start].isCapitalised,
            p.mentions[m].end < end, isVerb(t, p.mentions[m].end, QuoteLexicon.speechVerbs),
            // Short, or the name and verb set off by a comma: "“All the way!” Dawson shouted, shorthand for …".
            t[start..<end].filter(\.isWord).count <= 8
                || p.mentions[m].end + 1 < end && t[p.mentions[m].end + 1].text == ",",
            // "Mr. Zahed said: “…”" introduces the quote after it, not the one before.
            t[end - 1].text != ":"
        else { return nil }
        return (m, .after)
    }

    private static func before(_ p: QuoteParagraph, _ range: Range<Int>) -> (Int, How)? {
        let t = p.tokens
        let pre = preRange(p, range)
        guard !pre.isEmpty else { return nil }
        for k in pre.dropLast() where t[k].lower == "according" && t[k + 1].lower == "to" {
            // "According to X, “…”" — not "According to X, tickets asking “…” fell".
            if let m = p.mentions.firstIndex(where: { $0.first == k + 2 }),
                t[p.mentions[m].end..<pre.upperBound].allSatisfy({ !$0.isWord })
            {
                return (m, .according)
            }
        }
        for k in pre.reversed()
        where isVerb(t, k, QuoteLexicon.speechVerbs) || isVerb(t, k, QuoteLexicon.framingVerbs) {
            if isPassive(t, k) { return nil }
            // "“…,” said Mayor Kline, “…”": the verb right after the first half names the speaker after it.
            if t[pre.lowerBound..<k].allSatisfy({ $0.text == "," }), pre.lowerBound > 0,
                !t[pre.lowerBound - 1].inNarration,
                let m = p.mentions.firstIndex(where: { $0.first == k + 1 })
            {
                return (m, .after)
            }
            // "Said Dora Quill, who grew up in the street, “…”": the verb opens the sentence, its speaker follows.
            if k == pre.lowerBound, QuoteLexicon.speechVerbs.contains(t[k].lower),
                let m = p.mentions.firstIndex(where: { $0.first == k + 1 && $0.kind != .pronoun })
            {
                return (m, .before)
            }
            if let m = subject(p, before: k, from: pre.lowerBound) { return (m, .before) }
        }
        if t[pre.upperBound - 1].text == ":" {
            if let m = p.mentions.firstIndex(where: {
                $0.first >= pre.lowerBound && $0.first < pre.upperBound
                    && $0.isSubject
            })
                ?? p.mentions.firstIndex(where: { $0.first >= pre.lowerBound && $0.first < pre.upperBound })
            {
                return (m, .colon)
            }
        }
        return nil
    }

    static let passiveAuxiliaries: Set<String> = [
        "was", "were", "being", "been", "is", "are", "am", "be", "get", "got",
    ]

    /// "was told", "being asked": the subject heard the words; someone else said them.
    static func isPassive(_ t: [QuoteToken], _ k: Int) -> Bool {
        k > 0 && passiveAuxiliaries.contains(t[k - 1].lower)
            && ["told", "asked", "warned", "reminded", "informed", "advised", "instructed"].contains(t[k].lower)
    }

    /// The mention that heard a quote introduced in the passive ("remembered being told, “…”"), if any.
    static func passiveHearer(_ p: QuoteParagraph, quote q: Int) -> Int? {
        let range = p.tokenRange(of: q)
        let pre = preRange(p, range)
        guard let last = pre.last, [",", ":"].contains(p.tokens[last].text) else { return nil }
        guard let verb = pre.reversed().first(where: { isPassive(p.tokens, $0) }) else { return nil }
        return subject(p, before: verb - 1, from: pre.lowerBound)
    }

    /// A listed verb used as a verb: "a consultants’ report" and "his statement" are nouns.
    static func isVerb(_ t: [QuoteToken], _ k: Int, _ verbs: Set<String>) -> Bool {
        guard t[k].isWord, !t[k].isCapitalised || k == 0 || t[k - 1].sentence != t[k].sentence,
            verbs.contains(t[k].lower)
        else { return false }
        guard k > 0 else { return true }
        let before = t[k - 1]
        // An apostrophe in narration ("consultants’ report") makes a possessive; a quote's closing mark does not.
        if before.kind == .mark && before.inNarration || before.text == "’s" || before.text == "'s" { return false }
        return !["a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "whose"]
            .contains(before.lower)
    }

    /// The subject of the verb at `verb`: skipping auxiliaries, adverbs, a parenthesis or an appositive between
    /// commas, and following "who" back to the person it stands for.
    static func subject(_ p: QuoteParagraph, before verb: Int, from lower: Int) -> Int? {
        let t = p.tokens
        var k = verb - 1
        while k >= lower {
            let token = t[k]
            if QuoteLexicon.auxiliaries.contains(token.lower)
                || token.lower.hasSuffix("ly") && token.isWord
                    && !token.isCapitalised
            {
                k -= 1
                continue
            }
            if token.text == ")" {
                guard let open = t[lower..<k].lastIndex(where: { $0.text == "(" }) else { return nil }
                k = open - 1
                continue
            }
            // "State media quoted the minister as saying …": the one quoted is the speaker.
            if token.lower == "as", ["saying", "telling", "writing"].contains(t[verb].lower), k > lower {
                let end = t[k - 1].text == "," ? k - 1 : k
                if let m = p.mentions.lastIndex(where: { $0.end == end && $0.first >= lower }) { return m }
            }
            // "X said …, but warned that …": the second verb shares the sentence's subject.
            if ["but", "and", "yet", "then"].contains(token.lower),
                let m = p.mentions.firstIndex(where: { $0.first >= lower && $0.end <= verb && $0.isSubject })
            {
                return m
            }
            if token.lower == "who" || token.lower == "that" {
                k -= 1
                while k >= lower, t[k].text == "," || t[k].lower.hasSuffix("ly") { k -= 1 }
                if let m = p.mentions.lastIndex(where: { $0.end == k + 1 }) { return m }
                return nil
            }
            if token.text == "," {
                if let m = p.mentions.lastIndex(where: { $0.end == k && $0.first >= lower }),
                    p.mentions[m].first <= (t[lower..<k].lastIndex(where: { $0.text == "," }) ?? lower) + 1
                {
                    return m
                }
                guard let open = t[lower..<k].lastIndex(where: { $0.text == "," }) else { break }
                // "Douglas Reid, president of the Action Forum, said": a named person before the appositive is the
                // subject; the body he belongs to is not.
                if let m = p.mentions.lastIndex(where: {
                    $0.end == open && $0.first >= lower && $0.kind == .name && !$0.isInstitution
                }),
                    t[(open + 1)..<k].contains(where: { !$0.isCapitalised && $0.isWord })
                {
                    return m
                }
                // "Her neighbour, retired postman Alan Rudd, said": the name in the appositive is the subject.
                if let m = p.mentions.lastIndex(where: {
                    $0.end == k && $0.first > open && $0.kind == .name && !$0.isInstitution
                }),
                    !MentionExtractor.stopWords.contains(t[p.mentions[m].first - 1].lower),
                    !QuoteLexicon.determiners.contains(t[p.mentions[m].first - 1].lower)
                {
                    return m
                }
                if let m = p.mentions.lastIndex(where: { $0.first < open && $0.end >= open }) { return m }
                k = open - 1
                continue
            }
            break
        }
        if k >= lower, let m = p.mentions.lastIndex(where: { $0.end == k + 1 && $0.first >= lower }) {
            // "a spokesman for Ms. Boone said": the head of the phrase speaks, not the person it belongs to.
            let first = p.mentions[m].first
            if first > lower, ["for", "of", "at", "from", "to", "with"].contains(t[first - 1].lower),
                let head = p.mentions.lastIndex(where: { $0.end == first - 1 && $0.kind != .pronoun })
            {
                return head
            }
            return m
        }
        // The subject sits further back, before a relative clause: "A junior doctor who covers four wards said".
        return p.mentions.lastIndex(where: { $0.first >= lower && $0.end <= verb && $0.isSubject })
    }
}
