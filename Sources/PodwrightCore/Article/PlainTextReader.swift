import Foundation

/// Finds an article's structure in plain text scraped from a web page: headline, kicker, byline, date, deck,
/// section headings, paragraphs and the author bio, with the page furniture around them dropped.
enum PlainTextReader {
    /// Reads `text` into a draft.
    static func read(_ text: String) -> ArticleDraft {
        let lines = withoutFurniture(joinedLines(TextCleanup.lines(text)))
        var draft = ArticleDraft()
        let bodyStart = readHeader(lines, into: &draft)
        var body = Array(lines[bodyStart...])
        dropRepeatedBylines(&body, draft: &draft)
        draft.blocks = blocks(body)
        draft.credits = CreditsFinder.takeCredits(from: &draft.blocks, authors: draft.authors)
        return draft
    }

    /// Non-blank lines; a blank-line-separated chunk of evenly wrapped lines becomes one line.
    static func joinedLines(_ raw: [String]) -> [PlainTextLine] {
        var result: [PlainTextLine] = []
        var chunk: [String] = []
        func flush() {
            if isHardWrapped(chunk) {
                result.append(PlainTextLine(chunk.joined(separator: " ")))
            } else {
                result += chunk.map(PlainTextLine.init)
            }
            chunk.removeAll()
        }
        for line in raw {
            if line.isEmpty { flush() } else { chunk.append(line) }
        }
        flush()
        return result
    }

    /// Lines wrapped at a fixed width: all but the last long and none much longer than a terminal.
    private static func isHardWrapped(_ chunk: [String]) -> Bool {
        guard chunk.count >= 2 else { return false }
        let lengths = chunk.map(\.count)
        guard lengths.allSatisfy({ $0 <= 100 }), lengths.dropLast().allSatisfy({ $0 >= 40 }) else { return false }
        let listStarts = chunk.dropFirst().filter { PlainTextLine($0).isListItem }.count
        return listStarts == 0
    }

    /// Drops furniture lines, and the run of headline links after a "Related stories" marker.
    static func withoutFurniture(_ lines: [PlainTextLine]) -> [PlainTextLine] {
        var result: [PlainTextLine] = []
        var skippingLinks = false
        for (index, line) in lines.enumerated() {
            if Boilerplate.isRelatedMarker(line.text) {
                skippingLinks = true
                continue
            }
            if Boilerplate.isBoilerplate(line.text) { continue }
            if skippingLinks {
                let next = index + 1 < lines.count ? lines[index + 1] : nil
                let isLink = !line.isProse && !(line.isHeadingLike && next?.isProse == true)
                if isLink { continue }
                skippingLinks = false
            }
            result.append(line)
        }
        return result
    }

    /// Reads the lines before the body into the draft's metadata.
    /// - Returns: The index of the first body line.
    private static func readHeader(_ lines: [PlainTextLine], into draft: inout ArticleDraft) -> Int {
        guard var bodyStart = lines.firstIndex(where: { $0.opensBody && !$0.isListItem }) else {
            return 0
        }
        // A standfirst sentence followed by the byline or date belongs to the header.
        var lookahead = bodyStart + 1
        while lookahead < lines.count, lookahead <= bodyStart + 3, isBylineOrDate(lines[lookahead].text) {
            lookahead += 1
        }
        if lookahead > bodyStart + 1, lookahead < lines.count { bodyStart = lookahead }
        let header = Array(lines[..<bodyStart])
        guard let titleIndex = titleIndex(in: header) else { return bodyStart }
        draft.title = header[titleIndex].text
        if titleIndex > 0 { draft.category = category(from: header[titleIndex - 1]) }
        for line in header[(titleIndex + 1)...] {
            if let names = Byline.authors(in: line.text) {
                for name in names where !draft.authors.contains(name) { draft.authors.append(name) }
                if draft.date == nil, let date = bylineDate(line.text) { draft.date = date }
            } else if let date = Byline.date(in: line.text) {
                if draft.date == nil { draft.date = date }
            } else if draft.deck == nil, line.words >= 6, line.endsSentence || line.words >= 12 {
                draft.deck = line.text
            }
        }
        return bodyStart
    }

    private static func isBylineOrDate(_ text: String) -> Bool {
        Byline.authors(in: text) != nil || Byline.date(in: text) != nil
    }

    /// The headline: the longest unpunctuated header line that is not a byline or date, favouring the line right
    /// before the byline.
    private static func titleIndex(in header: [PlainTextLine]) -> Int? {
        var best: (index: Int, score: Int)?
        for (index, line) in header.enumerated() where !line.isListItem && !isBylineOrDate(line.text) {
            var score = line.text.count
            if line.text.hasSuffix(".") { score -= 200 }
            if index + 1 < header.count, isBylineOrDate(header[index + 1].text) { score += 40 }
            if line.words < 2 { score -= 100 }
            if best == nil || score > best!.score { best = (index, score) }
        }
        return best?.index
    }

    /// A kicker or the last crumb of a breadcrumb trail ("Home › World › Asia").
    private static func category(from line: PlainTextLine) -> String? {
        guard !isBylineOrDate(line.text), !line.endsSentence else { return nil }
        for separator in [" › ", " > ", " / ", " » ", " | "] where line.text.contains(separator) {
            return line.text.components(separatedBy: separator).last.map { $0.trimmingSpaces() }
        }
        return line.words <= 5 && line.text.count <= 48 ? line.text : nil
    }

    private static func bylineDate(_ text: String) -> String? {
        for separator in [" | ", " · ", " • ", " — ", " – ", " - "] where text.contains(separator) {
            for part in text.components(separatedBy: separator).dropFirst() {
                if let date = Byline.date(in: part) { return date }
            }
        }
        return nil
    }

    /// Drops the byline and date lines that pages repeat at the top of the body.
    private static func dropRepeatedBylines(_ body: inout [PlainTextLine], draft: inout ArticleDraft) {
        var index = 0
        while index < body.count {
            let line = body[index]
            let isOpening = index < 4
            if let names = Byline.authors(in: line.text), isOpening || names.allSatisfy(draft.authors.contains) {
                if line.text.lowercased().hasPrefix("by ") || names.allSatisfy(draft.authors.contains) || isOpening {
                    for name in names where !draft.authors.contains(name) { draft.authors.append(name) }
                    body.remove(at: index)
                    continue
                }
            }
            if isOpening, !line.isProse, let date = Byline.date(in: line.text) {
                if draft.date == nil { draft.date = date }
                body.remove(at: index)
                continue
            }
            index += 1
        }
    }

    /// Turns body lines into headings, paragraphs and list items.
    private static func blocks(_ body: [PlainTextLine]) -> [ArticleDraft.Block] {
        var blocks: [ArticleDraft.Block] = []
        for (index, line) in body.enumerated() {
            let next = index + 1 < body.count ? body[index + 1] : nil
            let previous = index > 0 ? body[index - 1] : nil
            if line.isListItem {
                blocks.append(.init(kind: .listItem, text: line.text))
            } else if line.isHeadingLike, let next, next.isProse || next.isListItem || !next.isHeadingLike {
                blocks.append(.init(kind: .heading, text: line.text))
            } else if !line.isProse, !line.endsSentence, line.isHeadingLike,
                next?.isHeadingLike ?? true || previous?.isHeadingLike == true
            {
                // A run of short unpunctuated lines (tags, link lists) or one left dangling at the end.
                continue
            } else {
                blocks.append(.init(kind: .paragraph, text: line.text))
            }
        }
        return blocks
    }
}
