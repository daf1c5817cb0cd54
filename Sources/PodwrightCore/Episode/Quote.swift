/// A quoted span of the article and who said it.
///
/// One entry per span as printed between its marks: a quote split around its attribution gives two entries, and a
/// quote over several paragraphs gives one per paragraph. Partial quotes embedded in the writer's sentence are listed
/// too, though they stay in the narrator's voice.
public struct Quote: Codable, Equatable, Hashable, Sendable {
    /// The words between the marks, without the marks.
    public var text: String
    /// The id of the speaker it is attributed to (the narrator's id when nobody could be named).
    public var speaker: String
    /// The id of the segment that reads it.
    public var segment: String
    /// How sure the attribution is, from 0 to 1. Below the threshold the quote stays with the narrator.
    public var confidence: Double
    /// True when the quote is embedded in the writer's sentence and read by the narrator.
    public var partial: Bool
    /// Where the quoted words sit in the article body.
    public var source: TextRange?
    /// True once the producer has looked at an uncertain attribution and marked it `✓` in the script's Quotes list,
    /// so it is no longer listed for review.
    public var reviewed: Bool

    /// Whether the attribution is uncertain and nobody has reviewed it yet.
    public var needsReview: Bool { confidence < QuoteSpan.voicingThreshold && !reviewed }

    public init(
        text: String,
        speaker: String,
        segment: String,
        confidence: Double = 1,
        partial: Bool = false,
        source: TextRange? = nil,
        reviewed: Bool = false
    ) {
        self.text = text
        self.speaker = speaker
        self.segment = segment
        self.confidence = confidence
        self.partial = partial
        self.source = source
        self.reviewed = reviewed
    }

    enum CodingKeys: String, CodingKey {
        case text, speaker, segment, confidence, partial, source, reviewed
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        speaker = try container.decode(String.self, forKey: .speaker)
        segment = try container.decode(String.self, forKey: .segment)
        confidence = try container.decode(Double.self, forKey: .confidence)
        partial = try container.decode(Bool.self, forKey: .partial)
        source = try container.decodeIfPresent(TextRange.self, forKey: .source)
        reviewed = try container.decodeIfPresent(Bool.self, forKey: .reviewed) ?? false
    }

    /// `reviewed` is written only when true, so manifests of unreviewed episodes read as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(segment, forKey: .segment)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(partial, forKey: .partial)
        try container.encodeIfPresent(source, forKey: .source)
        if reviewed { try container.encode(true, forKey: .reviewed) }
    }
}
