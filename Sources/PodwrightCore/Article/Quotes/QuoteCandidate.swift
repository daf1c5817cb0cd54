/// A quote on its way to becoming a ``QuoteSpan``: where it is, who it goes to and why.
struct QuoteCandidate: Sendable {
    /// How the speaker was found; each way earns its own confidence.
    enum Source: Sendable, Equatable {
        case explicit(QuoteAttributor.How)
        case pronoun(margin: Int)
        case anaphor
        case continuation
        case chain
        case context(margin: Int)
        case label
        case answer
        case none
    }

    var paragraph: Int
    var quote: Int?
    var innerStart: Int
    var innerEnd: Int
    var outerStart: Int
    var outerEnd: Int
    var cluster: Int?
    var source: Source
    var isPartial: Bool
    /// True when the quote fills its paragraph and nothing attributes it: a pull quote if it repeats another.
    var isStandalone = false

    var confidence: Double {
        guard cluster != nil else { return 0.2 }
        switch source {
        case .explicit(let how): return how == .colon ? 0.85 : 0.95
        case .pronoun(let margin): return margin >= 3 ? 0.9 : margin == 2 ? 0.75 : margin == 1 ? 0.55 : 0.45
        case .anaphor: return 0.85
        case .continuation: return 0.9
        case .chain: return 0.85
        case .context(let margin): return margin >= 2 ? 0.7 : 0.55
        case .label: return 0.95
        case .answer: return 0.8
        case .none: return 0.2
        }
    }
}
