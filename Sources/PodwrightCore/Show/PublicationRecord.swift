public import Foundation

/// `EP/publication.json`: the guid and pubDate an episode was first published with, so they never change after.
///
/// Podcast apps key episodes by guid and sort them by pubDate: an episode whose guid changes is listed twice, one
/// whose date moves jumps in the list. `notes` writes the record the first time and reads it every time after;
/// `--guid` and `--pub-date` given on purpose replace it.
public struct PublicationRecord: Codable, Equatable, Sendable {
    /// The item's guid.
    public var guid: String
    /// The item's pubDate, ISO 8601.
    public var pubDate: String

    public init(guid: String, pubDate: Date) {
        self.guid = guid
        self.pubDate = ISO8601DateFormatter().string(from: pubDate)
    }

    /// The pubDate as a date.
    public var date: Date? { ISO8601DateFormatter().date(from: pubDate) }

    /// The record's file in an episode folder.
    public static func url(in folder: EpisodeFolder) -> URL { folder.url.appendingPathComponent("publication.json") }

    /// The episode's record, if it has been published.
    public static func load(in folder: EpisodeFolder) -> PublicationRecord? {
        guard let data = FileManager.default.contents(atPath: url(in: folder).path) else { return nil }
        return try? JSONDecoder().decode(PublicationRecord.self, from: data)
    }

    /// Writes the record atomically, unless the same one is there already.
    /// - Throws: ``AtomicFileError`` when it cannot be written.
    public func save(in folder: EpisodeFolder) throws(AtomicFileError) {
        guard Self.load(in: folder) != self else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data()
        try AtomicFile.write(String(decoding: data, as: UTF8.self) + "\n", to: Self.url(in: folder))
    }
}
