/// What quote detection found in an article: the people it quotes and every quoted span.
///
/// The segmenter reads this to give voiced quotes their own segments; everything else stays narration.
public struct QuoteAnalysis: Equatable, Sendable {
    /// Every quoted person or unnamed source, with their aliases. Never the narrator.
    public var speakers: [QuotedPerson]
    /// Every quoted span in body order.
    public var spans: [QuoteSpan]

    public init(speakers: [QuotedPerson] = [], spans: [QuoteSpan] = []) {
        self.speakers = speakers
        self.spans = spans
    }

    /// Nothing found: everything is narration.
    public static let none = QuoteAnalysis()
}

/// One quoted span as printed between its marks.
public struct QuoteSpan: Equatable, Hashable, Sendable {
    /// The paragraph it sits in: indexes into ``Article/sections`` and that section's paragraphs.
    public var section: Int
    /// The paragraph index within its section.
    public var paragraph: Int
    /// The words between the marks, in ``Article/body``.
    public var inner: TextRange
    /// The span with its marks (and a trailing comma or stop inside the closing mark), in ``Article/body``.
    public var outer: TextRange
    /// The speaker's id in ``QuoteAnalysis/speakers``, or `nil` when nobody could be named.
    public var speaker: String?
    /// How sure the attribution is, 0…1.
    public var confidence: Double
    /// True when the quote is embedded in the writer's sentence: listed, but read by the narrator.
    public var isPartial: Bool

    public init(
        section: Int,
        paragraph: Int,
        inner: TextRange,
        outer: TextRange,
        speaker: String?,
        confidence: Double,
        isPartial: Bool
    ) {
        self.section = section
        self.paragraph = paragraph
        self.inner = inner
        self.outer = outer
        self.speaker = speaker
        self.confidence = confidence
        self.isPartial = isPartial
    }

    /// The confidence below which a quote stays in the narrator's voice and is listed for the producer.
    public static let voicingThreshold = 0.6

    /// True when the span gets its own segment in its speaker's voice.
    public var isVoiced: Bool { !isPartial && speaker != nil && confidence >= Self.voicingThreshold }
}
