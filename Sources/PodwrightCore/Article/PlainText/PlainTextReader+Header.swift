import Foundation

/// The header of a scraped page: the lines before the body hold the kicker, headline, standfirst, byline and date,
/// mixed with page furniture.
extension PlainTextReader {
    /// Reads the lines before the body into the draft's metadata; furniture lines are searched only for a byline
    /// or date ("Posted on June 3, 2025 by Ana Ruiz").
    /// - Returns: The index of the first body line, and any paragraphs of prose found among the header lines
    ///   (they are body: nothing is dropped that reads like the article).
    static func readHeader(
        _ lines: [PlainTextLine], into draft: inout ArticleDraft
    )
        -> (bodyStart: Int, orphans: [PlainTextLine])
    {
        guard var bodyStart = lines.firstIndex(where: { $0.opensBody && !$0.isListItem && !$0.isFurniture }) else {
            return (0, [])
        }
        // A sentence-like headline or standfirst followed within a few lines by the byline or date belongs to the
        // header: the body starts after the last byline or date line there.
        var seen = 0
        var lastByline: Int?
        var index = bodyStart + 1
        while index < lines.count, seen < 4, lines[bodyStart].words <= 30 {
            // A second paragraph of prose means the body has begun: nothing below it is header.
            if !lines[index].isFurniture, lines[index].opensBody { break }
            if !lines[index].isFurniture { seen += 1 }
            if isBylineOrDate(lines[index].text) { lastByline = index }
            index += 1
        }
        if let lastByline, let next = lines[(lastByline + 1)...].firstIndex(where: { !$0.isFurniture }) {
            bodyStart = next
        }
        let header = Array(lines[..<bodyStart])
        guard let titleIndex = titleIndex(in: header) else { return (bodyStart, []) }
        var orphans: [PlainTextLine] = []
        draft.title = header[titleIndex].text
        if let kicker = header[..<titleIndex].last(where: { !$0.isFurniture }) {
            draft.category = category(from: kicker)
        }
        for line in header[(titleIndex + 1)...] {
            if let names = Byline.authors(in: line.text) {
                for name in names where !draft.authors.contains(name) { draft.authors.append(name) }
                if draft.date == nil { draft.date = bylineDate(line.text) }
            } else if let date = Byline.date(in: line.text) {
                if draft.date == nil { draft.date = date }
            } else if !line.isFurniture, draft.deck == nil, line.words >= 6, line.endsSentence || line.words >= 12 {
                draft.deck = line.text
            } else if !line.isFurniture, line.opensBody {
                orphans.append(line)
            }
        }
        return (bodyStart, orphans)
    }

    static func isBylineOrDate(_ text: String) -> Bool {
        Byline.authors(in: text) != nil || Byline.date(in: text) != nil
    }

    /// The headline: the longest unpunctuated header line that is not a byline or date, favouring the line right
    /// before the byline.
    static func titleIndex(in header: [PlainTextLine]) -> Int? {
        var best: (index: Int, score: Int)?
        for (index, line) in header.enumerated()
        where !line.isListItem && !line.isFurniture && !isBylineOrDate(line.text) {
            var score = line.text.count
            if line.text.hasSuffix(".") { score -= 200 }
            if let next = header[(index + 1)...].first(where: { !$0.isFurniture }), isBylineOrDate(next.text) {
                score += 40
            }
            if line.words < 2 { score -= 100 }
            if best == nil || score > best!.score { best = (index, score) }
        }
        // Headline first, standfirst under it: when the chosen line is a sentence, or longer than a headline-sized
        // line right above it, it is the standfirst and the line above is the headline.
        if let chosen = best?.index, let above = header[..<chosen].lastIndex(where: { !$0.isFurniture }),
            header[above].words >= 5, !header[above].isListItem, !isBylineOrDate(header[above].text),
            header[chosen].endsSentence || header[chosen].words > header[above].words
        {
            return above
        }
        return best?.index
    }

    /// A kicker or the last crumb of a breadcrumb trail ("Home › World › Asia").
    static func category(from line: PlainTextLine) -> String? {
        guard !isBylineOrDate(line.text), !line.endsSentence else { return nil }
        for separator in [" › ", " > ", " / ", " » ", " | "] where line.text.includes(separator) {
            return line.text.pieces(separatedBy: separator).last.map { $0.trimmingSpaces() }
        }
        return line.words <= 5 && line.text.count <= 48 ? line.text : nil
    }

    static func bylineDate(_ text: String) -> String? {
        if let by = text.byteRange(of: " by ", backwards: true) {
            let before = String(text[..<by.lowerBound])
            if let date = Byline.date(in: before) { return date }
        }
        for separator in [" | ", " · ", " • ", " — ", " – ", " - "] where text.includes(separator) {
            for part in text.pieces(separatedBy: separator).dropFirst() {
                if let date = Byline.date(in: part) { return date }
            }
        }
        return nil
    }
}
