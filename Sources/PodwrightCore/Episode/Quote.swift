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

    public init(
        text: String,
        speaker: String,
        segment: String,
        confidence: Double = 1,
        partial: Bool = false,
        source: TextRange? = nil
    ) {
        self.text = text
        self.speaker = speaker
        self.segment = segment
        self.confidence = confidence
        self.partial = partial
        self.source = source
    }
}
