import PodwrightCore

/// The short summary `script` and `check` print about an episode.
struct EpisodeSummary {
    let episode: Episode

    init(_ episode: Episode) {
        self.episode = episode
    }

    /// "42 segments, 3 speakers, 6:32 estimated, 7 quotes (2 to review)".
    var line: String {
        let total = episode.segments.reduce(0) { $0 + $1.estimatedSeconds }
        let voices = Set(episode.segments.map(\.speaker)).count
        var parts = [
            "\(episode.segments.count) segments", "\(voices) \(voices == 1 ? "speaker" : "speakers")",
            "\(ReadingTime.clock(total)) estimated",
        ]
        let uncertain = quotesToReview.count
        parts.append("\(episode.quotes.count) quotes" + (uncertain > 0 ? " (\(uncertain) to review)" : ""))
        return parts.joined(separator: ", ")
    }

    /// One line per low-confidence quote: segment, words, who it might be.
    var quotesToReview: [String] {
        episode.quotes.filter { $0.confidence < QuoteSpan.voicingThreshold }.map { quote in
            let words = quote.text.split(separator: " ")
            let opening = words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
            let name =
                episode.speaker(id: quote.speaker).map { $0.role == .narrator ? "speaker unknown" : $0.name }
                ?? quote.speaker
            return "\(quote.segment): “\(opening)” — \(name), \(Int((quote.confidence * 100).rounded()))% sure"
        }
    }
}
