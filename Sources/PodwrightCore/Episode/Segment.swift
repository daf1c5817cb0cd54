/// One thing read by one voice: the unit that is recorded as a take and placed in the timeline.
public struct Segment: Codable, Equatable, Hashable, Sendable {
    /// What a segment is, which decides pauses around it and how exports present it.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        /// The episode title and byline read at the start.
        case title
        /// The show's intro wording.
        case intro
        /// A section heading read aloud.
        case heading
        /// Narration: the article's own words.
        case narration
        /// A direct quotation in its speaker's voice.
        case quote
        /// The author bio and credits.
        case credits
        /// The show's outro wording.
        case outro
    }

    /// A stable id (`s2-p3`, `s2-p3-q1`, …); never reused for other text once written to a script.
    public var id: String
    /// The id of the section it belongs to.
    public var section: String
    /// The id of the speaker who reads it.
    public var speaker: String
    /// What it is.
    public var kind: Kind
    /// The text as the article has it: never reworded.
    public var text: String
    /// The estimated reading time at the show's words per minute.
    public var estimatedSeconds: Double
    /// Where the text came from in the article body, if it came from the article.
    public var source: TextRange?
    /// A pause to hold after this segment, overriding the assembler's default, from a script directive.
    public var pauseAfterSeconds: Double?
    /// A take number pinned in the script (`take 2`), overriding "the highest take wins".
    public var take: Int?
    /// A music cue to play before this segment (`[music intro]` in the script), by the cue's name.
    public var musicBefore: String?

    public init(
        id: String,
        section: String,
        speaker: String,
        kind: Kind,
        text: String,
        estimatedSeconds: Double,
        source: TextRange? = nil,
        pauseAfterSeconds: Double? = nil,
        take: Int? = nil,
        musicBefore: String? = nil
    ) {
        self.id = id
        self.section = section
        self.speaker = speaker
        self.kind = kind
        self.text = text
        self.estimatedSeconds = estimatedSeconds
        self.source = source
        self.pauseAfterSeconds = pauseAfterSeconds
        self.take = take
        self.musicBefore = musicBefore
    }
}
