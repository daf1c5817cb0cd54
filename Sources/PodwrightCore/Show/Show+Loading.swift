public import Foundation

extension Show {
    /// The artwork file, resolved against the folder of `showFile` unless written as an absolute path.
    /// - Returns: `nil` when the show names none.
    public func artworkFile(relativeTo showFile: URL) -> URL? {
        guard let artwork, !artwork.isEmpty else { return nil }
        return artwork.hasPrefix("/")
            ? URL(fileURLWithPath: artwork) : showFile.deletingLastPathComponent().appendingPathComponent(artwork)
    }

    /// Reads a `show.json`: the episode configuration keys as ``ShowConfiguration/load(from:)`` reads them, and the
    /// feed's keys and audio preset beside them.
    /// - Parameter url: The file.
    /// - Returns: The show.
    /// - Throws: ``ShowConfigurationError`` naming the file and the key when it cannot be read.
    public static func load(from url: URL) throws(ShowConfigurationError) -> Show {
        let configuration = try ShowConfiguration.load(from: url)
        let file: ShowFile
        do {
            file = try JSONDecoder().decode(ShowFile.self, from: Data(contentsOf: url))
        } catch let error as DecodingError {
            throw ShowConfigurationError(
                path: url.path, reason: "is not a show configuration: \(ShowConfiguration.describe(error))")
        } catch {
            throw ShowConfigurationError(path: url.path, reason: "cannot be read (does it exist?)")
        }
        return Show(
            configuration: configuration, title: file.title, description: file.description, author: file.author,
            ownerName: file.ownerName, ownerEmail: file.ownerEmail, language: file.language ?? "en",
            categories: file.categories ?? [], explicit: file.explicit, artwork: file.artwork, baseURL: file.baseURL,
            guid: file.guid, producers: file.producers ?? [], audio: file.audio ?? [:])
    }
}

/// The feed's keys of `show.json` as written: any may be left out.
private struct ShowFile: Decodable {
    var title: String?
    var description: String?
    var author: String?
    var ownerName: String?
    var ownerEmail: String?
    var language: String?
    var categories: [String]?
    var explicit: Bool?
    var artwork: String?
    var baseURL: String?
    var guid: String?
    var producers: [String]?
    var audio: [String: Show.PresetValue]?
}
