/// Something Apple Podcasts or Spotify require that the show or an episode lacks: the feed is not written.
public struct FeedProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file to fix (`show.json`, an episode's audio…).
    public var path: String
    /// What is wrong and what to do.
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Why `feed` wrote nothing.
public struct FeedRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// Every problem found, the show's first.
    public var problems: [FeedProblem]

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
            + "\n\(problems.count == 1 ? "1 problem" : "\(problems.count) problems"): the feed was not written."
    }
}
