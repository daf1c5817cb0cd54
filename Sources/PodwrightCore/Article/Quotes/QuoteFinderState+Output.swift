import Foundation

extension QuoteFinderState {
    /// Q&A answers, and questions quoting "you", go to the interviewee: the person the headline names, or the one
    /// the introduction mentions most.
    mutating func attributeInterview(title: String) {
        guard candidates.contains(where: { $0.source == .answer && $0.cluster == nil }) else { return }
        let lowerTitle = title.lowercased()
        let named = registry.clusters.indices.filter {
            let c = registry.clusters[$0]
            return c.isNamed && c.nameWords.count >= 2 && lowerTitle.contains(c.canonicalName.lowercased())
        }
        let firstQuestion = paragraphs.firstIndex { $0.role == .question } ?? paragraphs.count
        var counts: [Int: Int] = [:]
        for entry in registry.history where entry.paragraph < firstQuestion && registry.clusters[entry.cluster].isNamed
        {
            counts[entry.cluster, default: 0] += 1
        }
        guard let interviewee = named.first ?? counts.max(by: { $0.value < $1.value })?.key else {
            // Questions and answers with nobody to answer them: an explainer in the writer's own voice.
            candidates.removeAll { $0.source == .answer && $0.cluster == nil }
            return
        }
        for index in candidates.indices where candidates[index].source == .answer && candidates[index].cluster == nil {
            candidates[index].cluster = interviewee
        }
        registry.clusters[interviewee].hasSpoken = true
    }

    /// A quote standing alone as its own paragraph with nobody named, repeating another quote, is a pull quote.
    mutating func dropPullQuotes() {
        let texts = candidates.map { normalised(text(of: $0)) }
        candidates = candidates.enumerated().filter { index, candidate in
            guard candidate.isStandalone, case .context = candidate.source else { return true }
            let own = texts[index]
            return !texts.enumerated().contains { other, text in
                other != index && !text.isEmpty && (text.contains(own) || own.contains(text))
            }
        }.map(\.element)
    }

    private func text(of c: QuoteCandidate) -> String {
        paragraphs[c.paragraph].text(c.innerStart, c.innerEnd)
    }

    private func normalised(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { QuoteMarkScanner.isWordScalar($0) || $0 == " " })
    }

    /// The spans and speakers in the shape the segmenter reads.
    func analysis() -> QuoteAnalysis {
        var ids: [Int: String] = [:]
        var speakers: [QuotedPerson] = []
        var used = Set<String>()
        let sorted = candidates.sorted {
            (paragraphs[$0.paragraph].base + $0.outerStart) < (paragraphs[$1.paragraph].base + $1.outerStart)
        }
        for c in sorted {
            guard let cluster = c.cluster, ids[cluster] == nil else { continue }
            let person = registry.clusters[cluster]
            var id = Self.slug(person.canonicalName)
            if id.isEmpty { id = "speaker" }
            var unique = id
            var n = 2
            while used.contains(unique) || unique == "narrator" {
                unique = "\(id)-\(n)"
                n += 1
            }
            used.insert(unique)
            ids[cluster] = unique
            let name = person.canonicalName
            speakers.append(
                QuotedPerson(
                    id: unique, name: name, aliases: person.aliases.filter { $0 != name }, title: person.title,
                    isNamed: person.isNamed))
        }
        let spans = sorted.map { c in
            let p = paragraphs[c.paragraph]
            return QuoteSpan(
                section: p.section, paragraph: p.index,
                inner: TextRange(start: p.base + c.innerStart, end: p.base + c.innerEnd),
                outer: TextRange(start: p.base + c.outerStart, end: p.base + c.outerEnd),
                speaker: c.cluster.flatMap { ids[$0] }, confidence: c.confidence, isPartial: c.isPartial)
        }
        return QuoteAnalysis(speakers: speakers, spans: spans)
    }

    /// "a South Korean diplomat" → "south-korean-diplomat"; "Moon Jae-in" → "moon-jae-in".
    static func slug(_ name: String) -> String {
        var words = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            .split { !($0.isLetter || $0.isNumber) }.map(String.init)
        if words.count > 1, ["a", "an", "the", "another", "one"].contains(words[0]) { words.removeFirst() }
        return words.joined(separator: "-")
    }
}
