import PodwrightCore

/// The short summary `script` and `check` print about an episode.
struct EpisodeSummary {
    let episode: Episode

    init(_ episode: Episode) {
        self.episode = episode
    }

    /// "42 segments, 3 quoted speakers and the narrator, 6:32 estimated, 7 quotes (2 to review)".
    var line: String {
        let total = episode.segments.reduce(0) { $0 + $1.estimatedSeconds }
        var parts = ["\(episode.segments.count) segments", speakers, "\(ReadingTime.clock(total)) estimated"]
        let uncertain = quotesToReview.count
        parts.append("\(episode.quotes.count) quotes" + (uncertain > 0 ? " (\(uncertain) to review)" : ""))
        return parts.joined(separator: ", ")
    }

    /// Every speaker `episode.json` lists, by role, so the count matches it: "5 quoted speakers and the narrator".
    var speakers: String {
        let roles = episode.speakers.map(\.role)
        let quoted = roles.filter { $0 == .quoted || $0 == .source }.count
        let hosts = roles.filter { $0 == .host }.count
        let narrators = roles.filter { $0 == .narrator }.count
        var parts = ["\(quoted) quoted \(quoted == 1 ? "speaker" : "speakers")"]
        if hosts > 0 { parts.append(hosts == 1 ? "the host" : "\(hosts) hosts") }
        if narrators > 0 { parts.append(narrators == 1 ? "the narrator" : "\(narrators) narrators") }
        guard let last = parts.popLast() else { return "" }
        return parts.isEmpty ? last : parts.joined(separator: ", ") + " and " + last
    }

    /// One line per low-confidence quote: segment, words, who it might be.
    var quotesToReview: [String] {
        let speakers = episode.speakersByID
        return episode.quotes.filter(\.needsReview).map { quote in
            let words = quote.text.split(separator: " ")
            let opening = words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
            let name =
                speakers[quote.speaker].map { $0.role == .narrator ? "speaker unknown" : $0.name }
                ?? quote.speaker
            return "\(quote.segment): “\(opening)” — \(name), \(Int((quote.confidence * 100).rounded()))% sure"
        }
    }

    /// Lines naming segments that no longer read as the article does, and quotes whose words moved.
    func provenance(body: String?) -> [String] {
        var lines: [String] = []
        if let body {
            let edited = Provenance.editedSegments(in: episode, body: body)
            if !edited.isEmpty { lines.append("Edited from the article: " + Self.list(edited)) }
        }
        let added = Provenance.addedSegments(in: episode)
        if !added.isEmpty { lines.append("Not from the article (added by hand): " + Self.list(added)) }
        let stray = Provenance.strayQuotes(in: episode)
        if !stray.isEmpty {
            lines.append("Quotes no longer in their segment's words: " + Self.list(stray.map(\.segment)))
        }
        return lines
    }

    /// Up to eight ids, then a count of the rest.
    static func list(_ ids: [String]) -> String {
        shortList(ids, showing: 8)
    }
}
