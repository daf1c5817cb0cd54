/// The people of an article as it is read in order: resolves each mention to a person, remembering who was
/// mentioned where so pronouns and descriptions find the right earlier person.
struct SpeakerRegistry: Sendable {
    /// One mention in the discourse history.
    struct Entry: Sendable {
        var cluster: Int
        var sentence: Int
        var paragraph: Int
        var isSubject: Bool
    }

    var clusters: [PersonCluster] = []
    var history: [Entry] = []

    /// Resolves every mention of one paragraph in order, updating the history.
    /// - Parameters:
    ///   - mentions: the paragraph's mentions; each gets its `cluster` set when resolved.
    ///   - paragraph: the paragraph's position in the article.
    ///   - sentenceBase: the article-wide number of the paragraph's first sentence.
    mutating func resolve(_ mentions: inout [PersonMention], paragraph: Int, sentenceBase: Int) {
        for index in mentions.indices {
            let m = mentions[index]
            let sentence = sentenceBase + m.sentence
            let pronounsHere = Set(
                mentions[..<index].filter { $0.kind == .pronoun && $0.sentence == m.sentence }.compactMap(\.cluster))
            var cluster: Int?
            switch m.kind {
            case .pronoun:
                let found = salient(
                    gender: m.gender, sentence: sentence, paragraph: paragraph,
                    group: m.pronoun == "it" ? .institution : m.pronoun == "they" ? .group : .person)
                cluster = found?.cluster
                mentions[index].margin = found?.margin ?? 0
                if let cluster, clusters[cluster].gender == .unknown { clusters[cluster].gender = m.gender }
            case .name:
                cluster = resolveName(m, excluding: pronounsHere)
            case .description:
                cluster = resolveDescription(m, sentence: sentence, paragraph: paragraph)
            }
            guard let cluster else { continue }
            mentions[index].cluster = cluster
            if m.kind != .pronoun { clusters[cluster].absorb(m) }
            history.append(Entry(cluster: cluster, sentence: sentence, paragraph: paragraph, isSubject: m.isSubject))
        }
        learnGender(mentions)
    }

    /// The most salient earlier person a pronoun or bare description could mean, with how clear the choice was.
    /// Who a reference can mean: a person ("he", "she"), a body ("it") or a group or body ("they").
    enum Kind { case person, institution, group }

    func salient(
        gender: Gender, sentence: Int, paragraph: Int, excluding: Int? = nil, group: Kind = .person
    )
        -> (cluster: Int, margin: Int)?
    {
        var best: [Int: Int] = [:]
        for entry in history.reversed() {
            if paragraph - entry.paragraph > 3 { break }
            let c = clusters[entry.cluster]
            guard c.gender.admits(gender), entry.cluster != excluding else { continue }
            switch group {
            case .person: if c.isPlural || c.isInstitution { continue }
            case .institution: if !c.isInstitution { continue }
            case .group: if !c.isPlural && !c.isInstitution { continue }
            }
            var score = 12 - 2 * max(0, sentence - entry.sentence)
            if entry.isSubject { score += 3 }
            if c.hasSpoken { score += 1 }
            if gender != .unknown && c.gender == gender { score += 1 }
            // "He" or "she" stands for a person: a run of capitals never shown to be one ("Sandy Hook", a book's
            // title) loses to any person nearby, and an unnamed description to a named person as close.
            if !c.isPerson { score -= 2 }
            if !c.isNamed { score -= 2 }
            if entry.paragraph == paragraph { score += 1 }
            best[entry.cluster] = max(best[entry.cluster] ?? .min, score)
        }
        let ranked = best.sorted { $0.value > $1.value || $0.value == $1.value && $0.key > $1.key }
        guard let top = ranked.first else { return nil }
        let margin = ranked.count > 1 ? top.value - ranked[1].value : 99
        return (top.key, margin)
    }

    /// The people a new mention is matched against: the most recent ``searchLimit``. An article naming thousands
    /// of people (a list of quotes from 10,000 readers) would otherwise cost time quadratic in their number.
    private var searchWindow: Range<Int> { max(0, clusters.count - Self.searchLimit)..<clusters.count }
    private static let searchLimit = 250

    /// A name joins the person who carries it; namesakes are told apart by first name, title, gender and the
    /// adjective in "the younger Pryce"; a name never means someone a pronoun already stands for in its sentence.
    private mutating func resolveName(_ m: PersonMention, excluding: Set<Int>) -> Int? {
        let words = m.nameWords.map { $0.lowercased() }
        if m.isPlaceLike {
            // "Israel said": Rep. Steve Israel when the article has met him, else the country, which is no speaker.
            return searchWindow.last { index in
                let c = clusters[index]
                return c.isNamed && c.nameWords.count >= 2 && !c.isInstitution
                    && c.nameWords.last?.lowercased() == words.first
            }
        }
        var candidates = searchWindow.filter { index in
            let c = clusters[index]
            guard c.isNamed else { return false }
            let own = c.nameWords.map { $0.lowercased() }
            if words.count >= 2 && own.count >= 2 {
                return own == words || own.last == words.last && own.first == words.first
                    || Set(words).isSubset(of: c.nameTokens)
            }
            if words.count >= 2 { return own.count == 1 && words.contains(own[0]) }
            return c.nameTokens.contains(words[0])
        }
        if !m.modifiers.isEmpty {
            let fitting = candidates.filter {
                m.modifiers.allSatisfy(clusters[$0].context.union(clusters[$0].descriptionWords).contains)
            }
            if fitting.isEmpty {
                let described = clusters.indices.filter {
                    m.modifiers.allSatisfy(clusters[$0].context.union(clusters[$0].descriptionWords).contains)
                }
                if described.count == 1 { return described[0] }
                // "the elder Mr. Greer" against the Mr. Greer of the story: the one less talked about.
                let others = candidates.filter { clusters[$0].gender.admits(m.gender) }
                if others.count > 1,
                    let least = others.min(by: { clusters[$0].mentionCount < clusters[$1].mentionCount })
                {
                    return least
                }
            } else {
                candidates = fitting
            }
        }
        candidates = candidates.filter { clusters[$0].gender.admits(m.gender) }
        if candidates.count > 1 {
            let unbound = candidates.filter { !excluding.contains($0) }
            if !unbound.isEmpty { candidates = unbound }
        }
        let roleTitles = Set(m.titles).subtracting(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mx"])
        if candidates.count > 1, !roleTitles.isEmpty {
            let titled = candidates.filter {
                !roleTitles.isDisjoint(with: clusters[$0].titles.union(clusters[$0].heads))
            }
            if !titled.isEmpty { candidates = titled }
        }
        if candidates.count > 1, m.gender != .unknown {
            let sure = candidates.filter { clusters[$0].gender == m.gender }
            if !sure.isEmpty { candidates = sure }
        }
        if let chosen = candidates.max(by: {
            clusters[$0].mentionCount < clusters[$1].mentionCount
                || clusters[$0]
                    .mentionCount == clusters[$1].mentionCount && $0 > $1
        }) {
            return chosen
        }
        guard m.isPerson || m.nameWords.count >= 2 || m.description != nil || m.speaks else { return nil }
        clusters.append(PersonCluster())
        return clusters.count - 1
    }

    /// A definite description finds the earlier person it fits ("the diplomat"); a bare one in subject position
    /// ("The striker, on loan …") means the person just talked about; an indefinite one is someone new.
    private mutating func resolveDescription(_ m: PersonMention, sentence: Int, paragraph: Int) -> Int? {
        if m.isMemberOfGroup {
            // "One" of the most recent group: "one engineer" when the group was "Engineers on social media".
            guard let group = salient(gender: .unknown, sentence: sentence, paragraph: paragraph, group: .group),
                let head = clusters[group.cluster].heads.first
            else { return nil }
            var cluster = PersonCluster()
            cluster.isPerson = true
            cluster.descriptions = ["\(m.display) \(head)"]
            clusters.append(cluster)
            return clusters.count - 1
        }
        if m.isDefinite && !m.isIntroduction && !m.isPlural {
            var best: (index: Int, score: Int)?
            for index in searchWindow.reversed() {
                let score = clusters[index].fit(head: m.head, modifiers: m.modifiers, age: m.age)
                // A named person is usually called by name: on a tie, the unnamed source wins.
                let adjusted = score * 2 + (clusters[index].isNamed ? 0 : 1)
                if score > 0, clusters[index].gender.admits(m.gender), !clusters[index].isPlural,
                    adjusted > (best?.score ?? 0)
                {
                    best = (index, adjusted)
                }
            }
            if let best { return best.index }
            // "His father" is never the "he" it belongs to.
            if m.isSubject, !m.hasPossessivePronoun,
                m.age != nil || m.head.map({ !["man", "woman", "boy", "girl"].contains($0) }) == true,
                let found = salient(
                    gender: m.gender, sentence: sentence, paragraph: paragraph,
                    group: m.isInstitution ? .institution : m.isPlural ? .group : .person),
                clusters[found.cluster].isPerson, paragraph - lastParagraph(of: found.cluster) <= 1
            {
                return found.cluster
            }
        }
        var cluster = PersonCluster()
        cluster.isPerson = true
        clusters.append(cluster)
        return clusters.count - 1
    }

    private func lastParagraph(of cluster: Int) -> Int {
        history.last(where: { $0.cluster == cluster })?.paragraph ?? -99
    }

    /// "Senator Park … said he would": the first pronoun after a subject, with no other person between, gives
    /// the subject's gender when nothing else has.
    private mutating func learnGender(_ mentions: [PersonMention]) {
        for (index, m) in mentions.enumerated() where m.kind != .pronoun && m.isSubject {
            guard let cluster = m.cluster, clusters[cluster].gender == .unknown, index + 1 < mentions.count else {
                continue
            }
            let next = mentions[index + 1]
            if next.kind == .pronoun, next.sentence == m.sentence { clusters[cluster].gender = next.gender }
        }
    }
}
