/// Someone an article quotes, as quote detection finds them: a named person, or an unnamed source described as one
/// ("a South Korean diplomat"). The segmenter turns each into a script ``Speaker``; detection knows nothing of
/// scripts, voices or the narrator.
public struct QuotedPerson: Equatable, Hashable, Sendable {
    /// A slug of the canonical name, unique within the analysis, never `narrator`.
    public var id: String
    /// The fullest name the article gives (or the description of an unnamed source).
    public var name: String
    /// Every other name or description the article uses for them.
    public var aliases: [String]
    /// A title or role the article gives them ("Japan's ambassador to Seoul").
    public var title: String?
    /// False for an unnamed source known only by a description.
    public var isNamed: Bool

    public init(id: String, name: String, aliases: [String] = [], title: String? = nil, isNamed: Bool = true) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.title = title
        self.isNamed = isNamed
    }
}
