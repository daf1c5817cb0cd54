import Foundation

/// `feed.xml`: the show's RSS 2.0 channel with the iTunes and Podcasting 2.0 namespaces, every published episode
/// an item as ``RSSItem`` writes it for `notes`, newest first.
public enum FeedDocument {
    /// The Atom namespace, for the feed's `atom:link rel="self"`.
    public static let atomNamespace = "http://www.w3.org/2005/Atom"

    /// The feed.
    /// - Parameters:
    ///   - show: The show.
    ///   - artwork: The show artwork's file name in `public/`, if any.
    ///   - items: Each episode's notes, in any order: they are sorted newest first (then by title).
    public static func render(show: Show, artwork: String?, items: [EpisodeNotes]) -> String {
        let sorted = items.sorted {
            $0.publication.date != $1.publication.date ? $0.publication.date > $1.publication.date : $0.title < $1.title
        }
        let title = show.title.singleLine.xmlEscaped
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<rss version=\"2.0\" xmlns:itunes=\"\(RSSItem.itunesNamespace)\" "
                + "xmlns:podcast=\"\(RSSItem.podcastNamespace)\" xmlns:psc=\"\(RSSItem.chaptersNamespace)\" "
                + "xmlns:atom=\"\(atomNamespace)\">",
            "<channel>",
            "  <title>\(title)</title>",
            "  <link>\(show.url("index.html").xmlEscaped)</link>",
            "  <description>\((show.description ?? "").cdata)</description>",
            "  <language>\(show.language.xmlEscaped)</language>",
            "  <atom:link href=\"\(show.url("feed.xml").xmlEscaped)\" rel=\"self\" type=\"application/rss+xml\"/>",
            "  <generator>Podwright</generator>",
        ]
        // The newest episode's date, not the time of the run: a feed written again unchanged stays byte-identical.
        if let newest = sorted.first {
            lines.append("  <lastBuildDate>\(RSSItem.rfc2822(newest.publication.date))</lastBuildDate>")
        }
        if let author = show.author?.singleLine, !author.isEmpty {
            lines.append("  <itunes:author>\(author.xmlEscaped)</itunes:author>")
        }
        lines += [
            "  <itunes:owner>",
            "    <itunes:name>\((show.ownerName ?? show.author ?? show.title).singleLine.xmlEscaped)</itunes:name>",
            "    <itunes:email>\((show.ownerEmail ?? "").singleLine.xmlEscaped)</itunes:email>",
            "  </itunes:owner>",
        ]
        if let artwork {
            lines += [
                "  <itunes:image href=\"\(show.url(artwork).xmlEscaped)\"/>",
                "  <image>",
                "    <url>\(show.url(artwork).xmlEscaped)</url>",
                "    <title>\(title)</title>",
                "    <link>\(show.url("index.html").xmlEscaped)</link>",
                "  </image>",
            ]
        }
        for category in show.categories {
            guard let parsed = AppleCategories.parse(category) else { continue }
            if let sub = parsed.subcategory {
                lines.append(
                    "  <itunes:category text=\"\(parsed.category.xmlEscaped)\">"
                        + "<itunes:category text=\"\(sub.xmlEscaped)\"/></itunes:category>")
            } else {
                lines.append("  <itunes:category text=\"\(parsed.category.xmlEscaped)\"/>")
            }
        }
        lines.append("  <itunes:explicit>\(show.explicit ?? false)</itunes:explicit>")
        lines.append("  <itunes:type>episodic</itunes:type>")
        if let guid = show.guid { lines.append("  <podcast:guid>\(guid.xmlEscaped)</podcast:guid>") }
        for producer in show.producers where !producer.singleLine.isEmpty {
            lines.append(
                "  <podcast:person group=\"creative direction\" role=\"producer\">"
                    + "\(producer.singleLine.truncated(to: 128).xmlEscaped)</podcast:person>")
        }
        for item in sorted {
            lines.append("  <item>")
            lines += RSSItem.elements(item).map { "    " + $0 }
            lines.append("  </item>")
        }
        lines += ["</channel>", "</rss>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
