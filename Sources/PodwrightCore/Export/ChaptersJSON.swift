/// `chapters.json`: Podcasting 2.0 JSON chapters (version 1.2.0), served as `application/json+chapters`.
public enum ChaptersJSON {
    /// The MIME type `podcast:chapters` names.
    public static let mimeType = "application/json+chapters"

    struct File: Encodable {
        var version = "1.2.0"
        var title: String
        var author: String?
        var podcastName: String
        var fileName: String
        var chapters: [Entry]
    }

    struct Entry: Encodable {
        var startTime: Double
        var endTime: Double
        var title: String
    }

    /// The chapters file: every chapter with its start and end in seconds, the first at 0.
    public static func render(_ notes: EpisodeNotes) -> String {
        let authors = notes.episode.authors.map(\.singleLine).joined(separator: ", ")
        let file = File(
            title: notes.title, author: authors.isEmpty ? nil : authors,
            podcastName: notes.episode.show.name.singleLine,
            fileName: notes.publication.audio.fileName,
            chapters: notes.chapters.map {
                Entry(startTime: JSONExport.seconds($0.start), endTime: JSONExport.seconds($0.end), title: $0.title)
            })
        return JSONExport.render(file)
    }
}
