import Foundation

/// What Apple Podcasts and Spotify require of a feed, checked before it is written, each failure worded with the
/// fix. (Apple's podcaster guide and Spotify's delivery spec: artwork, owner e-mail, categories from Apple's list,
/// `itunes:explicit`, and per item an MP3 or M4A enclosure with its real length, a duration and a stable guid.)
public enum FeedRequirements {
    /// The enclosure types both directories accept.
    public static let playableExtensions: Set<String> = ["mp3", "m4a"]

    /// The show's problems.
    /// - Parameters:
    ///   - show: The show as `show.json` says.
    ///   - file: `show.json`'s path, for messages.
    ///   - artwork: The prepared show artwork, if there is one.
    public static func check(show: Show, file: String, artwork: Artwork?) -> [FeedProblem] {
        var problems: [FeedProblem] = []
        func problem(_ reason: String) { problems.append(FeedProblem(path: file, reason: reason)) }
        if show.title.singleLine.isEmpty { problem("the show has no title: add \"title\"") }
        if (show.description ?? "").singleLine.isEmpty {
            problem("the show has no description: add \"description\" (a few sentences about the show)")
        }
        let base = show.baseURL.flatMap { URL(string: $0) }
        if base?.host == nil || !["http", "https"].contains(base?.scheme ?? "") {
            problem(
                "\"baseURL\" must be where public/ will be served, such as \"https://example.org/show/\": podcast "
                    + "apps need absolute addresses for every enclosure")
        }
        let email = show.ownerEmail ?? ""
        if email.split(separator: "@").count != 2 || email.contains(" ") {
            problem("the show has no owner e-mail: add \"ownerEmail\" (Apple writes to it to confirm the show)")
        }
        if show.categories.isEmpty {
            problem("the show has no category: add \"categories\", e.g. [\"News/Daily News\"], from Apple's list")
        }
        for category in show.categories where AppleCategories.parse(category) == nil {
            let nearest = AppleCategories.all.keys.sorted().joined(separator: ", ")
            problem("“\(category)” is not one of Apple's categories (\(nearest); a subcategory as \"News/Politics\")")
        }
        if show.explicit == nil { problem("say whether the show is explicit: add \"explicit\": false (or true)") }
        if (show.guid ?? "").isEmpty || UUID(uuidString: show.guid ?? "") == nil {
            problem(
                "the show needs a \"guid\" that never changes (podcast:guid), a UUID such as "
                    + "\"\(UUID().uuidString.lowercased())\"")
        }
        problems += checkArtwork(artwork, declared: show.artwork, file: file)
        return problems
    }

    /// Square, JPEG or PNG, 1400 to 3000 pixels (larger images are scaled before this check).
    static func checkArtwork(_ artwork: Artwork?, declared: String?, file: String) -> [FeedProblem] {
        guard let artwork else {
            return [
                FeedProblem(
                    path: file,
                    reason: "the show has no artwork: add \"artwork\", a square JPEG or PNG of 1400 to 3000 pixels")
            ]
        }
        var problems: [FeedProblem] = []
        let path = declared ?? artwork.url.path
        if !["JPEG", "PNG"].contains(artwork.format) {
            problems.append(FeedProblem(path: path, reason: "is \(artwork.format): the artwork must be JPEG or PNG"))
        }
        if artwork.width != artwork.height {
            problems.append(
                FeedProblem(path: path, reason: "is \(artwork.width)×\(artwork.height): the artwork must be square"))
        }
        if min(artwork.width, artwork.height) < Artwork.sides.lowerBound {
            problems.append(
                FeedProblem(
                    path: path,
                    reason: "is \(artwork.width)×\(artwork.height): the artwork must be at least 1400×1400 pixels"))
        }
        return problems
    }

    /// One episode's problems: playable enclosure with its length, a duration, a guid no other item has.
    static func check(
        _ notes: EpisodeNotes, audio: URL, allowLossless: Bool, guids: inout Set<String>
    )
        -> [FeedProblem]
    {
        var problems: [FeedProblem] = []
        let ext = audio.pathExtension.lowercased()
        if !playableExtensions.contains(ext), !(allowLossless && NotesWriter.losslessExtensions.contains(ext)) {
            problems.append(
                FeedProblem(
                    path: audio.path,
                    reason: "is \(ext.uppercased()): Apple Podcasts and Spotify take MP3 or M4A enclosures; assemble "
                        + "with the format mp3 (in show.json: \"audio\": {\"format\": \"mp3\"})"))
        }
        if notes.publication.audio.byteCount <= 0 {
            problems.append(FeedProblem(path: audio.path, reason: "is empty: assemble the episode again"))
        }
        if notes.duration <= 0 {
            problems.append(FeedProblem(path: audio.path, reason: "has no duration: assemble the episode again"))
        }
        if !guids.insert(notes.guid).inserted {
            problems.append(
                FeedProblem(
                    path: audio.deletingLastPathComponent().deletingLastPathComponent().path,
                    reason: "has the guid \(notes.guid) of another episode: give one a guid of its own "
                        + "in its publication.json"))
        }
        return problems
    }
}
