/// The working state of one analysis: the paragraphs, the people met so far and the quotes found.
struct QuoteFinderState {
    var paragraphs: [QuoteParagraph]
    var registry = SpeakerRegistry()
    var candidates: [QuoteCandidate] = []
    /// Multi-paragraph quotes: the paragraph whose opening mark carries on the last quote of a paragraph.
    var chainNext: [Int: Int] = [:]
    var chainPrevious: [Int: Int] = [:]

    init(paragraphs: [QuoteParagraph]) {
        self.paragraphs = paragraphs
    }

    mutating func run() {
        findChains()
        var turnSpeaker: Int?
        for pi in paragraphs.indices {
            let p = paragraphs[pi]
            if p.isSectionTitle {
                if case .turn(let label, _) = p.role { turnSpeaker = speaker(forLabel: label, paragraph: pi) }
                continue
            }
            switch p.role {
            case .heading:
                continue
            case .turn(let label, let labelEnd):
                turnSpeaker = speaker(forLabel: label, paragraph: pi)
                addWhole(pi, from: labelEnd, outerFrom: 0, cluster: turnSpeaker, source: .label)
            case .turnContinuation:
                addWhole(pi, from: 0, outerFrom: 0, cluster: turnSpeaker, source: .label)
            case .answer(let labelEnd):
                addWhole(pi, from: labelEnd, outerFrom: 0, cluster: nil, source: .answer)
            case .prose, .question:
                registry.resolve(&paragraphs[pi].mentions, paragraph: pi, sentenceBase: p.sentenceBase)
                attributeQuotes(pi)
            }
        }
        propagateChains()
    }

    /// A whole paragraph of speech: a labelled turn or a Q&A answer. Quote marks inside it are nested.
    private mutating func addWhole(
        _ pi: Int, from start: Int, outerFrom: Int, cluster: Int?, source: QuoteCandidate.Source
    ) {
        let s = paragraphs[pi].scalars
        var innerStart = start
        var innerEnd = s.count
        while innerStart < innerEnd, QuoteMarkScanner.isSpace(s[innerStart]) { innerStart += 1 }
        while innerEnd > innerStart, QuoteMarkScanner.isSpace(s[innerEnd - 1]) { innerEnd -= 1 }
        guard innerEnd > innerStart else { return }
        if let cluster { registry.clusters[cluster].hasSpoken = true }
        candidates.append(
            QuoteCandidate(
                paragraph: pi, quote: nil, innerStart: innerStart, innerEnd: innerEnd, outerStart: outerFrom,
                outerEnd: s.count, cluster: cluster, source: source, isPartial: false))
    }

    /// The person a turn label names: a full name, or initials matching someone already labelled or met.
    private mutating func speaker(forLabel label: String, paragraph pi: Int) -> Int? {
        let words = label.split(separator: " ").map(String.init)
        let isInitials = words.count == 1 && label.count <= 3 && label.uppercased() == label
        if isInitials {
            let match = registry.clusters.indices.filter {
                let c = registry.clusters[$0]
                return c.isNamed && c.nameWords.count >= 2
                    && InterviewLayout.initials(c.nameWords.joined(separator: " "))
                        == label
            }
            if let chosen = match.max(by: { registry.clusters[$0].mentionCount < registry.clusters[$1].mentionCount }) {
                registry.clusters[chosen].addAlias(label)
                return chosen
            }
        }
        var mention = PersonMention(kind: .name, first: 0, end: 0)
        mention.nameWords = words
        mention.isPerson = true
        mention.display = label
        var list = [mention]
        registry.resolve(&list, paragraph: pi, sentenceBase: paragraphs[pi].sentenceBase)
        return list[0].cluster
    }

    private mutating func findChains() {
        for pi in paragraphs.indices {
            guard let last = paragraphs[pi].quotes.last, last.close == nil else { continue }
            var pj = pi + 1
            while pj < paragraphs.count, pj - pi <= 3, paragraphs[pj].role == .heading || paragraphs[pj].isSectionTitle,
                paragraphs[pj].quotes.first.map({ $0.open > 1 }) ?? true
            {
                pj += 1
            }
            guard pj < paragraphs.count, let first = paragraphs[pj].quotes.first, first.open <= 1,
                first.family == last.family
            else { continue }
            chainNext[pi] = pj
            chainPrevious[pj] = pi
        }
    }

    /// Every paragraph of a multi-paragraph quote goes to one speaker: the first one any of them names.
    private mutating func propagateChains() {
        for head in chainNext.keys.sorted() where chainPrevious[head] == nil {
            var members: [Int] = []
            var pi: Int? = head
            var isFirst = true
            while let current = pi {
                let index =
                    isFirst
                    ? candidates.lastIndex(where: { $0.paragraph == current && $0.quote != nil })
                    : candidates.firstIndex(where: { $0.paragraph == current && $0.quote == 0 })
                if let index { members.append(index) }
                // A middle paragraph both continues and carries on: it is one quote, counted once.
                if !isFirst, let last = candidates.lastIndex(where: { $0.paragraph == current && $0.quote != nil }),
                    last != index
                {
                    members.append(last)
                }
                isFirst = false
                pi = chainNext[current]
            }
            let named =
                members.first { index in
                    guard candidates[index].cluster != nil else { return false }
                    if case .chain = candidates[index].source { return false }
                    if case .context = candidates[index].source { return false }
                    return true
                } ?? members.first { candidates[$0].cluster != nil }
            guard let named else { continue }
            for index in members where index != named {
                if case .explicit = candidates[index].source, candidates[index].cluster != nil { continue }
                candidates[index].cluster = candidates[named].cluster
                candidates[index].source = .chain
            }
        }
    }
}
