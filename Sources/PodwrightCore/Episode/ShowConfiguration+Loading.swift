public import Foundation

extension ShowConfiguration {
    /// Reads a `show.json`. Every key is optional; a missing key keeps its default.
    /// - Parameter url: The file.
    /// - Returns: The configuration.
    /// - Throws: ``ShowConfigurationError`` naming the file when it cannot be read or is not a show configuration.
    public static func load(from url: URL) throws(ShowConfigurationError) -> ShowConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ShowConfigurationError(path: url.path, reason: "cannot be read (does it exist?)")
        }
        let partial: PartialShow
        do {
            partial = try JSONDecoder().decode(PartialShow.self, from: data)
        } catch {
            throw ShowConfigurationError(path: url.path, reason: "is not a show configuration: \(Self.describe(error))")
        }
        var show = ShowConfiguration()
        if let name = partial.name { show.name = name }
        if let narratorName = partial.narratorName { show.narratorName = narratorName }
        if let intro = partial.introTemplate { show.introTemplate = intro }
        if let outro = partial.outroTemplate { show.outroTemplate = outro }
        if let voices = partial.voices { show.voices = voices }
        if let pronunciations = partial.pronunciations, !pronunciations.isEmpty {
            show.pronunciations = pronunciations
        }
        if let pace = partial.wordsPerMinute {
            guard pace.isFinite, pace >= 1 else {
                throw ShowConfigurationError(path: url.path, reason: "wordsPerMinute must be 1 or more, not \(pace)")
            }
            show.wordsPerMinute = pace
        }
        return show
    }

    /// The show for an episode folder: `file` when given, else the folder's `show.json` when it has one, else the
    /// show folder's around it (``ShowFolder/showFile(for:)``), else the defaults.
    public static func load(
        for folder: EpisodeFolder, file: URL? = nil
    ) throws(ShowConfigurationError) -> ShowConfiguration {
        if let file { return try load(from: file) }
        if let shown = ShowFolder.showFile(for: folder) { return try load(from: shown) }
        return ShowConfiguration()
    }

    /// What is wrong with a `show.json` that does not decode, in the producer's terms: the key and the kind of value
    /// it needs (`pronunciations should be an object such as {"word": "…"}`), not Swift's type names.
    static func describe(_ error: any Error) -> String {
        func key(_ context: DecodingError.Context) -> String {
            context.codingPath.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case DecodingError.typeMismatch(let type, let context):
            return "\(key(context)) should be \(kind(of: type))"
        case DecodingError.valueNotFound(let type, let context):
            return "\(key(context)) has no value: give \(kind(of: type)) or leave the key out"
        case DecodingError.dataCorrupted:
            return "not valid JSON"
        default:
            return "\(error)"
        }
    }

    /// A JSON kind of value for a Swift type.
    private static func kind(of type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Dictionary") { return "an object such as {\"key\": \"value\"}" }
        if name.hasPrefix("Array") { return "a list such as [\"a\", \"b\"]" }
        if name == "String" { return "text in quotes" }
        if name == "Bool" { return "true or false" }
        if ["Double", "Int", "Float"].contains(name) { return "a number" }
        return name
    }
}

/// `show.json` as written: any key may be left out.
private struct PartialShow: Decodable {
    var name: String?
    var narratorName: String?
    var introTemplate: String?
    var outroTemplate: String?
    var wordsPerMinute: Double?
    var voices: [String: String]?
    var pronunciations: [String: String]?
}

/// A show configuration that could not be read.
public struct ShowConfigurationError: Error, CustomStringConvertible, Equatable {
    /// The file.
    public var path: String
    /// What is wrong with it.
    public var reason: String

    public var description: String {
        "\(path): \(reason). Keys: name, narratorName, introTemplate, outroTemplate, wordsPerMinute, voices, pronunciations; for a "
            + "show's feed also title, description, author, ownerName, ownerEmail, language, categories, explicit, "
            + "artwork, baseURL, guid, producers and audio."
    }
}
