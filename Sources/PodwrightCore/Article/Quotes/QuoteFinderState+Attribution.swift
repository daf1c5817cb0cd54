extension QuoteFinderState {
    /// Decides for each quote of a prose paragraph whether it is speech, and whose.
    mutating func attributeQuotes(_ pi: Int) {
        let p = paragraphs[pi]
        var lastSpeaker: Int?
        var lastEnd = 0
        for q in p.quotes.indices {
            let range = p.tokenRange(of: q)
            guard !range.isEmpty else { continue }
            let raw = p.quotes[q]
            let wordCount = QuoteClassifier.words(p, range).count
            let pre = QuoteAttributor.preRange(p, range)
            if QuoteAttributor.isWriters(p, quote: q) { continue }
            var cluster: Int?
            var source = QuoteCandidate.Source.none
            var partial = false
            var standalone = false
            if let found = QuoteAttributor.explicit(p, quote: q), let c = p.mentions[found.mention].cluster {
                // Titles of works are named, not spoken, unless a speech verb follows: "“Stop The Cuts,” she shouted".
                if found.how != .after && QuoteClassifier.isTitleCase(p, range) { continue }
                if wordCount <= 3 && QuoteClassifier.isScare(p, range) { continue }
                // "Critics have called the plan a “holiday”": a group's label for something is a scare quote.
                if registry.clusters[c].isPlural,
                    !p.tokens[pre].contains(where: { QuoteLexicon.speechVerbs.contains($0.lower) })
                {
                    continue
                }
                cluster = c
                let m = p.mentions[found.mention]
                switch m.kind {
                case .pronoun: source = .pronoun(margin: m.margin)
                case .description
                where m.isDefinite && !m.isIntroduction
                    && registry.history.contains(where: { $0.cluster == c && $0.paragraph < pi }):
                    source = .anaphor
                default: source = .explicit(found.how)
                }
                partial = QuoteClassifier.isPartial(p, range)
            } else if let hearer = QuoteAttributor.passiveHearer(p, quote: q) {
                // Words someone was told: the most salient other person said them.
                let sentence = p.sentenceBase + p.tokens[range.lowerBound].sentence
                let found = registry.salient(
                    gender: .unknown, sentence: sentence, paragraph: pi, excluding: p.mentions[hearer].cluster)
                cluster = found?.cluster
                source = .context(margin: found?.margin ?? 0)
                partial = QuoteClassifier.isPartial(p, range)
            } else if p.role == .question, addressesInterviewee(p, pre) {
                source = .answer
                partial = QuoteClassifier.isPartial(p, range)
            } else if q == 0, chainPrevious[pi] != nil, raw.open <= 1 {
                source = .chain
            } else if pre.isEmpty {
                if QuoteClassifier.isTitleCase(p, range) && lastSpeaker == nil { continue }
                if q > 0, let last = lastSpeaker {
                    if let other = intervening(p, from: lastEnd, to: range.lowerBound, other: last) {
                        (cluster, source) = (other, .context(margin: 2))
                    } else {
                        (cluster, source) = (last, .continuation)
                    }
                } else if q == 0 {
                    if wordCount <= 3 { continue }
                    (cluster, source) = opening(pi, quote: q)
                    standalone = raw.open <= 1 && raw.outerEnd >= p.scalars.count - 1
                } else {
                    continue
                }
            } else if let last = lastSpeaker, q > 0,
                p.tokens[lastEnd - 1].sentence == p.tokens[range.lowerBound].sentence,
                !p.mentions.contains(where: { m in
                    // Someone else named in between may be the new speaker; "he" for the same one, or a group
                    // talked about ("paid tribute to the nurses who …"), is not.
                    m.first >= lastEnd && m.end <= range.lowerBound && m.cluster != last
                        && !(m.kind == .description && m.isPlural && !m.isSubject)
                }),
                wordCount > 1 || !QuoteClassifier.isScare(p, range)
            {
                // A second quote in the same sentence, joined by "and that …", goes to the same speaker.
                (cluster, source) = (last, .continuation)
                partial = QuoteClassifier.isPartial(p, range)
            } else {
                // Quoted words inside the writer's sentence with nobody saying them: scare quotes, terms, titles.
                continue
            }
            if let cluster { registry.clusters[cluster].hasSpoken = true }
            lastSpeaker = cluster ?? lastSpeaker
            lastEnd = range.upperBound
            var candidate = QuoteCandidate(
                paragraph: pi, quote: q, innerStart: raw.innerStart, innerEnd: raw.innerEnd, outerStart: raw.open,
                outerEnd: raw.outerEnd, cluster: cluster, source: source, isPartial: partial)
            candidate.isStandalone = standalone
            candidates.append(candidate)
        }
    }

    /// "You once called your studio …" in an interviewer's question quotes the interviewee.
    private func addressesInterviewee(_ p: QuoteParagraph, _ pre: Range<Int>) -> Bool {
        p.tokens[pre].contains { $0.lower == "you" }
            && p.tokens[pre].contains {
                QuoteLexicon.speechVerbs.contains($0.lower) || QuoteLexicon.framingVerbs.contains($0.lower)
            }
    }

    /// A subject other than `other` named in narration between two quotes takes over as speaker.
    private func intervening(_ p: QuoteParagraph, from: Int, to: Int, other: Int) -> Int? {
        p.mentions.first {
            $0.first >= from && $0.end <= to && $0.isSubject && $0.cluster != nil
                && $0.cluster != other && $0.kind != .pronoun
        }?.cluster
    }

    /// A quote opening its paragraph with nothing in its own sentence to attribute it.
    private func opening(_ pi: Int, quote q: Int) -> (Int?, QuoteCandidate.Source) {
        let p = paragraphs[pi]
        // A later quote in the paragraph names its speaker, with no one else in between: "“A.” … “B,” she said."
        for later in p.quotes.indices where later > q {
            if let found = QuoteAttributor.explicit(p, quote: later), let c = p.mentions[found.mention].cluster {
                let end = p.tokenRange(of: q).upperBound
                if intervening(p, from: end, to: p.tokenRange(of: later).lowerBound, other: c) == nil {
                    return (c, .continuation)
                }
                break
            }
        }
        // The paragraph before ends with a colon: its subject speaks ("Our political editor has this analysis:").
        var previous = pi - 1
        while previous >= 0, paragraphs[previous].role == .heading || paragraphs[previous].isSectionTitle {
            previous -= 1
        }
        if previous >= 0, paragraphs[previous].endsWithColon {
            let before = paragraphs[previous]
            let lastSentence = before.tokens.last?.sentence ?? 0
            let inLast = before.mentions.filter { $0.sentence == lastSentence && $0.cluster != nil }
            if let m = inLast.first(where: \.isSubject) ?? inLast.first {
                return (m.cluster, .explicit(.colon))
            }
        }
        let sentence = p.sentenceBase + (p.tokens.first?.sentence ?? 0)
        if let found = registry.salient(gender: .unknown, sentence: sentence, paragraph: pi) {
            return (found.cluster, .context(margin: found.margin))
        }
        return (nil, .none)
    }
}
