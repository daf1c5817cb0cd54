/// A section of the episode: one chapter in the finished audio.
public struct Section: Codable, Equatable, Hashable, Sendable {
    /// A stable id: `s1` for the article's first heading, `s2` for the next, …; `intro` for the opening (the title
    /// and any paragraphs before the first heading) and `credits` for the credits and outro.
    public var id: String
    /// The heading as printed in the article, or the episode title for the intro.
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
