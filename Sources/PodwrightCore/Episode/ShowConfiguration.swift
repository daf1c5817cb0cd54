/// The show an episode belongs to: names, wording and pace. Every field has a default a producer can live with.
public struct ShowConfiguration: Codable, Equatable, Hashable, Sendable {
    /// The show's name, used in the intro, outro, tags and feed.
    public var name: String
    /// The narrator's (or host's) name, for credits and transcripts.
    public var narratorName: String
    /// The intro wording. `{title}`, `{authors}` and `{show}` are replaced.
    public var introTemplate: String
    /// The outro wording. `{title}`, `{authors}` and `{show}` are replaced.
    public var outroTemplate: String
    /// Reading pace for time estimates.
    public var wordsPerMinute: Double
    /// A voice per speaker id, for casting or scratch takes.
    public var voices: [String: String]
    /// How to say words, for the aligner, the scratch voice and the recording sheet alike: word → CMU phones
    /// (`T S UW R UW OW K AH`) or a respelling espeak-ng reads (`tsoo-roo-OH-kah`). Left out of `episode.json`
    /// when `nil`.
    public var pronunciations: [String: String]?

    public init(
        name: String = "Podwright Narrated Articles",
        narratorName: String = "Narrator",
        introTemplate: String = "{title}. By {authors}.",
        outroTemplate: String = "You have been listening to {title}, by {authors}. This is {show}.",
        wordsPerMinute: Double = 155,
        voices: [String: String] = [:],
        pronunciations: [String: String]? = nil
    ) {
        self.name = name
        self.narratorName = narratorName
        self.introTemplate = introTemplate
        self.outroTemplate = outroTemplate
        self.wordsPerMinute = wordsPerMinute
        self.voices = voices
        self.pronunciations = pronunciations
    }
}
