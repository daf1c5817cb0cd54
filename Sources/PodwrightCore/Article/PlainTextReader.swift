import Foundation

/// Finds an article's structure in plain text scraped from a web page: headline, kicker, byline, date, deck,
/// section headings, paragraphs and the author bio, with the page furniture around them dropped.
enum PlainTextReader {
    /// Reads `text` into a draft.
    static func read(_ text: String) -> ArticleDraft {
        var lines = joinedLines(TextCleanup.lines(text))
        markFurniture(&lines)
        var draft = ArticleDraft()
        let bodyStart = readHeader(lines, into: &draft)
        var body = lines[bodyStart...].filter { !$0.isFurniture }
        dropRepeatedBylines(&body, draft: &draft)
        dropPullQuotes(&body)
        draft.credits = takeCredits(from: &body, authors: draft.authors)
        draft.blocks = blocks(body)
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
        return !chunk.dropFirst().contains { PlainTextLine($0).isListItem }
    }

    /// Marks furniture lines, and the run of headline links after a "Related stories" marker.
    static func markFurniture(_ lines: inout [PlainTextLine]) {
        var skippingLinks = false
        for index in lines.indices {
            let line = lines[index]
            if Boilerplate.isRelatedMarker(line.text) {
                skippingLinks = true
                lines[index].isFurniture = true
                continue
            }
            if Boilerplate.isBoilerplate(line.text) {
                lines[index].isFurniture = true
                continue
            }
            if skippingLinks {
                let next = lines[(index + 1)...].first { !$0.isFurniture && !Boilerplate.isBoilerplate($0.text) }
                let isLink = !line.isProse && !(line.isHeadingLike && next?.isProse == true)
                if isLink {
                    lines[index].isFurniture = true
                    continue
                }
                skippingLinks = false
            }
        }
    }

    /// Reads the lines before the body into the draft's metadata; furniture lines are searched only for a byline
    /// or date ("Posted on June 3, 2025 by Ana Ruiz").
    /// - Returns: The index of the first body line.
    private static func readHeader(_ lines: [PlainTextLine], into draft: inout ArticleDraft) -> Int {
        guard var bodyStart = lines.firstIndex(where: { $0.opensBody && !$0.isListItem && !$0.isFurniture }) else {
            return 0
        }
        // A standfirst sentence followed by the byline or date belongs to the header.
        var lookahead = bodyStart + 1
        while lookahead < lines.count, lookahead <= bodyStart + 3,
            lines[lookahead].isFurniture || isBylineOrDate(lines[lookahead].text)
        {
            lookahead += 1
        }
        if lookahead < lines.count, lines[(bodyStart + 1)..<lookahead].contains(where: { isBylineOrDate($0.text) }) {
            bodyStart = lookahead
        }
        let header = Array(lines[..<bodyStart])
        guard let titleIndex = titleIndex(in: header) else { return bodyStart }
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
        return best?.index
    }

    /// A kicker or the last crumb of a breadcrumb trail ("Home › World › Asia").
    private static func category(from line: PlainTextLine) -> String? {
        guard !isBylineOrDate(line.text), !line.endsSentence else { return nil }
        for separator in [" › ", " > ", " / ", " » ", " | "] where line.text.includes(separator) {
            return line.text.pieces(separatedBy: separator).last.map { $0.trimmingSpaces() }
        }
        return line.words <= 5 && line.text.count <= 48 ? line.text : nil
    }

    private static func bylineDate(_ text: String) -> String? {
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

    /// Drops the byline and date lines that pages repeat at the top of the body.
    private static func dropRepeatedBylines(_ body: inout [PlainTextLine], draft: inout ArticleDraft) {
        var index = 0
        while index < body.count {
            let line = body[index]
            let isOpening = index < 4
            if let names = Byline.authors(in: line.text), isOpening || names.allSatisfy(draft.authors.contains) {
                for name in names where !draft.authors.contains(name) { draft.authors.append(name) }
                body.remove(at: index)
                continue
            }
            if isOpening, !line.isProse, let date = Byline.date(in: line.text) {
                if draft.date == nil { draft.date = date }
                body.remove(at: index)
                continue
            }
            index += 1
        }
    }

    /// Drops pull quotes: a short line that repeats words found in a longer paragraph.
    private static func dropPullQuotes(_ body: inout [PlainTextLine]) {
        let long = body.filter { $0.words > 30 }.map { $0.text.lowercased() }
        body.removeAll { line in
            guard line.words <= 30, line.words >= 4 else { return false }
            let inner = line.text.lowercased().trimming("“”\"‘’' .,!?…")
            return long.contains { $0.utf8.count > inner.utf8.count + 20 && $0.includes(inner) }
        }
    }

    /// Takes the bio and credit lines off the end, with the furniture left dangling after them.
    private static func takeCredits(from body: inout [PlainTextLine], authors: [String]) -> [String] {
        var credits: [String] = []
        while let last = body.last {
            if CreditsFinder.isCredit(last.text, authors: authors) {
                credits.insert(last.text, at: 0)
            } else if !CreditsFinder.isAboutTheAuthor(last.text), !(last.isHeadingLike && !last.endsSentence) {
                break
            }
            body.removeLast()
        }
        return credits
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
            } else if !line.endsSentence, line.isHeadingLike,
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
