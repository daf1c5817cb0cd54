/// A voice in the episode: the narrator, or a person (or unnamed source) the article quotes.
public struct Speaker: Codable, Equatable, Hashable, Sendable {
    /// What part a speaker plays.
    public enum Role: String, Codable, Hashable, Sendable, CaseIterable {
        /// Reads everything that is not a voiced quote.
        case narrator
        /// A named person quoted in the article.
        case quoted
        /// An unnamed source known only by a description ("a South Korean diplomat").
        case source
        /// The show's host, who reads the intro and outro when the show has one.
        case host
    }

    /// A stable id: `narrator`, or a slug of the canonical name (`koji-tsuruoka`).
    public var id: String
    /// The canonical name ("Koji Tsuruoka", or "a South Korean diplomat").
    public var name: String
    /// Every other way the article names this speaker ("Ambassador Tsuruoka", "Tsuruoka").
    public var aliases: [String]
    /// The speaker's part in the episode.
    public var role: Role
    /// Their title or description as the article gives it ("Japan's ambassador to London"), if any.
    public var title: String?
    /// The voice to cast or synthesise, if one was chosen (scratch takes read it).
    public var voice: String?
    /// The person who reads this speaker's words, when a producer has cast one: credited in the notes and the feed
    /// (`podcast:person` role "voice actor"), never confused with the speaker themself or the scratch voice.
    public var voiceActor: String?

    public init(
        id: String,
        name: String,
        aliases: [String] = [],
        role: Role,
        title: String? = nil,
        voice: String? = nil,
        voiceActor: String? = nil
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.role = role
        self.title = title
        self.voice = voice
        self.voiceActor = voiceActor
    }
}
