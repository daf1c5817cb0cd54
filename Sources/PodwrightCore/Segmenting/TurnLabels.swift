/// The labels of an interview's voiced turns ("Leah Brandt:", "LB:", "A:"), so that narration and headings opening
/// with one ("SO: How do you choose?", "Q: Why bread?") are read without it. Like a voiced turn's own label, it is
/// layout, not speech: the change of voice between question and answer carries it.
struct TurnLabels {
    let body: BodyText
    /// Every label that opens a voiced turn, without its colon, and the initials of full names; `Q` too, the
    /// interviewer's label before answers labelled `A` or with the answerer's name.
    private(set) var labels: Set<String> = []
    /// Where turns start whose words stay with the narrator: their label is all that says who speaks, so it is kept.
    private(set) var kept: Set<Int> = []

    /// - Parameters:
    ///   - body: The article body.
    ///   - spans: Every quote span of the article.
    ///   - isVoiced: Whether a span gets its speaker's voice.
    init(body: BodyText, spans: [QuoteSpan], isVoiced: (QuoteSpan) -> Bool) {
        self.body = body
        for span in spans {
            guard let label = Self.label(of: span, in: body) else { continue }
            if isVoiced(span) { labels.insert(label) } else { kept.insert(span.outer.start) }
        }
        // A full-name label stands for its initials too ("Sam Ortiz" then "SO"), as turn detection reads them.
        for label in labels where label.contains(" ") {
            labels.insert(String(label.split(separator: " ").compactMap(\.first)).uppercased())
        }
        if !labels.isEmpty { labels.insert("Q") }
    }

    /// The label before a span's words ("LB" in "LB: Almost nothing."), or `nil` when only a quote mark is there.
    static func label(of span: QuoteSpan, in body: BodyText) -> String? {
        let lead = TextRange(
            start: span.outer.start, end: min(max(span.inner.start, span.outer.start), span.outer.end))
        guard lead.count > 0, body.isSpoken(lead), let text = body.text(body.trimmed(lead)), text.hasSuffix(":")
        else { return nil }
        let label = String(text.dropLast()).scriptTrimmed
        return label.isEmpty ? nil : label
    }

    /// `range` without a known label, its colon and the space after it at the start. Unchanged when it opens with no
    /// known label, when the label is kept, or when nothing would be left to read.
    func unlabelled(_ range: TextRange) -> TextRange {
        guard !labels.isEmpty, !kept.contains(range.start), range.start >= 0, range.end <= body.scalars.count
        else { return range }
        let scalars = body.scalars
        var colon = range.start
        let limit = min(range.end, range.start + 40)
        while colon < limit, scalars[colon] != ":" { colon += 1 }
        guard colon < limit, let label = body.text(TextRange(start: range.start, end: colon)),
            labels.contains(label.scriptTrimmed)
        else { return range }
        var start = colon + 1
        // A colon with no space after it is a time or a ratio ("10:30"), not a label.
        while start < range.end, scalars[start].properties.isWhitespace { start += 1 }
        let rest = TextRange(start: start, end: range.end)
        return start > colon + 1 && body.isSpoken(rest) ? rest : range
    }
}
