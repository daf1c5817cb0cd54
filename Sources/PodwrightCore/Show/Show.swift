/// A show: the feed's channel, the episodes' shared configuration and the audio preset, all read from `show.json`.
///
/// Every key of `show.json` is optional. The keys an episode folder's `show.json` has always had (`name`,
/// `narratorName`, …) are in ``configuration``; the feed's keys are beside them; `audio` is the preset `assemble`
/// starts from (its flags override it for one run).
public struct Show: Sendable, Equatable {
    /// One value of the audio preset, as JSON has it.
    public enum PresetValue: Sendable, Equatable, Decodable {
        case string(String)
        case number(Double)
        case bool(Bool)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let bool = try? container.decode(Bool.self) {
                self = .bool(bool)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }

    /// The names, wording and voices every episode of the show is scripted with.
    public var configuration: ShowConfiguration
    /// The feed's title (`title`, default: the show's `name`).
    public var title: String
    /// The feed's description (`description`).
    public var description: String?
    /// `itunes:author` (`author`).
    public var author: String?
    /// `itunes:owner` name (`ownerName`).
    public var ownerName: String?
    /// `itunes:owner` e-mail (`ownerEmail`): Apple writes to it to confirm the show.
    public var ownerEmail: String?
    /// The language (BCP 47, `language`, default `en`).
    public var language: String
    /// Apple Podcasts categories (`categories`): `"News"`, or `"News/Politics"` for a subcategory.
    public var categories: [String]
    /// `itunes:explicit` (`explicit`).
    public var explicit: Bool?
    /// The show artwork (`artwork`): a JPEG or PNG file, relative to the show folder.
    public var artwork: String?
    /// Where the show's `public/` folder is served (`baseURL`).
    public var baseURL: String?
    /// `podcast:guid` (`guid`): a UUID that names the show for good, whatever its address.
    public var guid: String?
    /// The people who produce the show (`producers`), credited on every episode.
    public var producers: [String]
    /// The audio preset (`audio`): `assemble`'s options by name (`format`, `lufs`, `stings`, …).
    public var audio: [String: PresetValue]

    public init(
        configuration: ShowConfiguration = ShowConfiguration(), title: String? = nil, description: String? = nil,
        author: String? = nil, ownerName: String? = nil, ownerEmail: String? = nil, language: String = "en",
        categories: [String] = [], explicit: Bool? = nil, artwork: String? = nil, baseURL: String? = nil,
        guid: String? = nil, producers: [String] = [], audio: [String: PresetValue] = [:]
    ) {
        self.configuration = configuration
        self.title = title ?? configuration.name
        self.description = description
        self.author = author
        self.ownerName = ownerName
        self.ownerEmail = ownerEmail
        self.language = language
        self.categories = categories
        self.explicit = explicit
        self.artwork = artwork
        self.baseURL = baseURL
        self.guid = guid
        self.producers = producers
        self.audio = audio
    }

    /// The URL of a file in the show's `public/` folder: under ``baseURL`` when given, else relative.
    public func url(_ path: String) -> String {
        guard var base = baseURL, !base.isEmpty else { return path }
        if !base.hasSuffix("/") { base += "/" }
        return base + path
    }
}
