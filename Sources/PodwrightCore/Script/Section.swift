/// A section of the episode: one chapter in the finished audio.
public struct Section: Codable, Equatable, Hashable, Sendable {
    /// A stable id such as `s1`; the intro is `intro` and the credits `credits`.
    public var id: String
    /// The heading as printed in the article, or the episode title for the intro.
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
