/// An episode script: what is read, in which order, by whom. The in-memory form of `episode.json` and `script.md`.
///
/// `episode.json` is a contract read by later stages and by our checks; its keys are this type's property names.
public struct Episode: Codable, Equatable, Sendable {
    /// The format version of `episode.json`.
    public var version: Int
    /// The episode (article) title.
    public var title: String
    /// The article's authors.
    public var authors: [String]
    /// The article's date or dateline, if known.
    public var date: String?
    /// The article's category label, if known.
    public var category: String?
    /// Where the article came from (its canonical URL, else the path or URL read).
    public var source: String?
    /// The article's own image (its page metadata's address, or a file path), for the episode's artwork; omitted
    /// when unknown.
    public var image: String?
    /// The article's language as a BCP 47 tag; omitted when unknown.
    public var language: String?
    /// The show this episode belongs to.
    public var show: ShowConfiguration
    /// The sections in order. Titles and credits belong to sections too (`intro`, `credits`).
    public var sections: [Section]
    /// Every voice in the episode, the narrator first.
    public var speakers: [Speaker]
    /// Everything that is read, in order.
    public var segments: [Segment]
    /// Every quoted span in the article, one entry per span as printed between its marks.
    public var quotes: [Quote]
    /// The author bio and other credits from the end of the article.
    public var credits: [String]
    /// How to say words, from the script's Pronunciations table (over the show's; see
    /// ``pronunciationOverrides``); omitted when the script lists none.
    public var pronunciations: [Pronunciation]?

    public init(
        version: Int = 1,
        title: String,
        authors: [String] = [],
        date: String? = nil,
        category: String? = nil,
        source: String? = nil,
        image: String? = nil,
        language: String? = nil,
        show: ShowConfiguration = ShowConfiguration(),
        sections: [Section] = [],
        speakers: [Speaker] = [],
        segments: [Segment] = [],
        quotes: [Quote] = [],
        credits: [String] = [],
        pronunciations: [Pronunciation]? = nil
    ) {
        self.version = version
        self.title = title
        self.authors = authors
        self.date = date
        self.category = category
        self.source = source
        self.image = image
        self.language = language
        self.show = show
        self.sections = sections
        self.speakers = speakers
        self.segments = segments
        self.quotes = quotes
        self.credits = credits
        self.pronunciations = pronunciations
    }

    /// The narrator: the speaker whose role is `narrator`.
    public var narrator: Speaker? { speakers.first { $0.role == .narrator } }

    /// The speaker with this id.
    public func speaker(id: String) -> Speaker? { speakers.first { $0.id == id } }

    /// Every speaker by id (the first of a repeated id, as ``speaker(id:)`` finds it): for looking up the speaker of
    /// every segment or quote without a scan of the table each time.
    public var speakersByID: [String: Speaker] {
        Dictionary(speakers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The section with this id.
    public func section(id: String) -> Section? { sections.first { $0.id == id } }
}
