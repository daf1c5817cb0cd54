/// Where a hand-edited episode no longer matches the article: the promise is that every word is traceable, so the
/// producer is told which segments now differ from the article text they came from.
public enum Provenance {
    /// The segments whose text differs from the article text at their source range.
    /// - Parameters:
    ///   - episode: The episode, usually just parsed from `script.md`.
    ///   - body: The article body (`article.txt`) the source ranges point into.
    /// - Returns: The ids of edited segments, in script order. Segments without a source range are not listed.
    public static func editedSegments(in episode: Episode, body: String) -> [String] {
        let text = BodyText(body)
        return episode.segments.compactMap { segment in
            guard let source = segment.source else { return nil }
            return text.text(source) == segment.text ? nil : segment.id
        }
    }

    /// The segments with words the article does not have: added by hand, with no source range, other than the
    /// show's intro and outro wording and the title and credits.
    public static func addedSegments(in episode: Episode) -> [String] {
        episode.segments.filter { $0.source == nil && ($0.kind == .narration || $0.kind == .quote) }.map(\.id)
    }

    /// Quotes whose words no longer appear in the segment they are listed under.
    public static func strayQuotes(in episode: Episode) -> [Quote] {
        let texts = Dictionary(episode.segments.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        return episode.quotes.filter { quote in !(texts[quote.segment]?.contains(quote.text) ?? false) }
    }
}
