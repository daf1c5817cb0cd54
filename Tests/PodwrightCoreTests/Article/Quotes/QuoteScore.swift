import PodwrightCore

/// Scores a quote analysis against a truth file by the team's matching rule.
struct QuoteScore {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var correctSpeakers = 0
    var correctPartial = 0
    /// Scare quotes, titles and nested quotes that were given a voice.
    var voicedNonSpeech: [String] = []
    /// Lines explaining each miss, for the printed report.
    var problems: [String] = []

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var attribution: Double { ratio(correctSpeakers, truePositives) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    static func + (a: QuoteScore, b: QuoteScore) -> QuoteScore {
        var sum = a
        sum.truePositives += b.truePositives
        sum.falsePositives += b.falsePositives
        sum.falseNegatives += b.falseNegatives
        sum.correctSpeakers += b.correctSpeakers
        sum.correctPartial += b.correctPartial
        sum.voicedNonSpeech += b.voicedNonSpeech
        sum.problems += b.problems
        return sum
    }

    /// Lowercased, curly quotes and apostrophes straightened, whitespace collapsed.
    static func normalised(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text.lowercased() {
            let mapped: Character =
                switch c {
                case "“", "”", "„": "\""
                case "‘", "’": "'"
                default: c
                }
            if mapped.isWhitespace {
                space = true
                continue
            }
            if space && !out.isEmpty { out.append(" ") }
            space = false
            out.append(mapped)
        }
        return out
    }

    /// A name without a leading article, normalised.
    static func person(_ name: String) -> String {
        var n = normalised(name)
        for article in ["the ", "a ", "an "] where n.hasPrefix(article) { n.removeFirst(article.count) }
        return n
    }

    init() {}

    init(fixture: QuoteFixture, analysis: QuoteAnalysis) {
        let scalars = Array(fixture.article.body.unicodeScalars)
        func text(_ r: TextRange) -> String { String(String.UnicodeScalarView(scalars[r.start..<r.end])) }
        var matched = Array(repeating: false, count: fixture.truth.quotes.count)
        let speakers = Dictionary(analysis.speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for span in analysis.spans {
            let inner = Self.normalised(text(span.inner))
            let index = fixture.truth.quotes.indices.first {
                !matched[$0] && inner.hasPrefix(Self.normalised(fixture.truth.quotes[$0].starts_with))
            }
            guard let index else {
                falsePositives += 1
                problems.append("\(fixture.name): extra span «\(inner.prefix(50))»")
                let kind = fixture.truth.not_quotes?.first {
                    let n = Self.normalised($0.text)
                    return inner.hasPrefix(n) || n.hasPrefix(inner)
                }
                if span.isVoiced, let kind, ["scare", "nested", "title", "term"].contains(kind.kind) {
                    voicedNonSpeech.append("\(fixture.name): \(kind.kind) «\(kind.text)»")
                }
                continue
            }
            matched[index] = true
            truePositives += 1
            let truth = fixture.truth.quotes[index]
            if truth.isPartial == span.isPartial {
                correctPartial += 1
            } else {
                problems.append("\(fixture.name): partial \(span.isPartial) ≠ \(truth.isPartial) «\(inner.prefix(40))»")
            }
            let predicted = span.speaker.flatMap { speakers[$0] }
            let names = predicted.map { [$0.name] + $0.aliases }?.map(Self.person) ?? []
            let wanted = ([truth.speaker] + (truth.speaker_aliases ?? [])).map(Self.person)
            let correct = names.contains { name in
                wanted.contains { want in
                    name == want || want.contains(" ") && " \(name) ".contains(" \(want) ")
                }
            }
            if correct {
                correctSpeakers += 1
            } else {
                problems.append(
                    "\(fixture.name): «\(inner.prefix(40))» → \(predicted?.name ?? "nobody") ≠ \(truth.speaker)")
            }
        }
        for (index, quote) in fixture.truth.quotes.enumerated() where !matched[index] {
            falseNegatives += 1
            problems.append("\(fixture.name): missed «\(quote.starts_with)» (\(quote.speaker))")
        }
    }
}
