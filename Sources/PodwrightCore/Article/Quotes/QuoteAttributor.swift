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
            if t[k].isWord { words += 1 }
            if isVerb(t, k, QuoteLexicon.speechVerbs) {
                if k == firstWord, let m = p.mentions.firstIndex(where: { $0.first == k + 1 }) { return (m, .after) }
                // The subject opens the attribution: "…,” the partner said" but not "“…” that the author writes".
                if let m = subject(p, before: k, from: firstWord),
                    p.mentions[m].first == firstWord
                        || p.mentions[m].first == firstWord + 1 && t[firstWord].kind == .mark
                {
                    return (m, .after)
                }
                return nil
            }
            k += 1
        }
        return nil
    }

    /// "“Why now?” Smith asked." — a short sentence of its own, a name and a speech verb, right after the quote.
    private static func nextSentence(_ p: QuoteParagraph, _ range: Range<Int>) -> (Int, How)? {
        let t = p.tokens
        let start = range.upperBound
        guard start < t.count, t[start].inNarration else { return nil }
        var end = start
        while end < t.count, t[end].inNarration, t[end].sentence == t[start].sentence { end += 1 }
        guard t[start..<end].filter(\.isWord).count <= 8,
            let m = p.mentions.firstIndex(where: { $0.first == start }),
            p.mentions[m].kind != .pronoun || t[start].isCapitalised,
            p.mentions[m].end < end, isVerb(t, p.mentions[m].end, QuoteLexicon.speechVerbs)
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
        guard t[k].isWord, !t[k].isCapitalised || k == 0, verbs.contains(t[k].lower) else { return false }
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
