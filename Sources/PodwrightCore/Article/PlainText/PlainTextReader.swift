import Foundation

/// Finds an article's structure in plain text scraped from a web page: headline, kicker, byline, date, deck,
/// section headings, paragraphs and the author bio, with the page furniture around them dropped.
enum PlainTextReader {
    /// Reads `text` into a draft.
    static func read(_ text: String) -> ArticleDraft {
        var lines = joinedLines(TextCleanup.lines(text))
        markFurniture(&lines)
        var draft = ArticleDraft()
        let (bodyStart, orphans) = readHeader(lines, into: &draft)
        var body = orphans + lines[bodyStart...].filter { !$0.isFurniture }
        draft.credits = takeCredits(from: &body, authors: draft.authors)
        dropRepeatedBylines(&body, draft: &draft)
        dropPullQuotes(&body)
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

    /// Drops pull quotes: a short line that repeats words found in a paragraph at least five words longer (a quote
    /// paragraph with its attribution is enough) within 40 lines of it, where pages set them.
    private static func dropPullQuotes(_ body: inout [PlainTextLine]) {
        let paragraphs = body.map { (words: $0.words, text: $0.text.lowercased()) }
        let pulled = body.indices.filter { index in
            let line = body[index]
            // A pull quote is a quoted or punctuated sentence; a heading that echoes the text below it is not.
            let quoted = line.text.hasPrefix("“") || line.text.hasPrefix("\"") || line.text.hasPrefix("‘")
            guard line.words <= 30, line.words >= 4, quoted || line.endsSentence else { return false }
            let inner = line.text.lowercased().trimming("“”\"‘’' .,!?…")
            return paragraphs[max(0, index - 40)..<min(paragraphs.count, index + 41)].contains {
                $0.words >= line.words + 5 && $0.text.utf8.count > inner.utf8.count + 20 && $0.text.includes(inner)
            }
        }
        for index in pulled.reversed() { body.remove(at: index) }
    }

    /// Takes the bio and credit lines off the end, with the furniture left dangling after them.
    private static func takeCredits(from body: inout [PlainTextLine], authors: [String]) -> [String] {
        var credits: [String] = []
        // "Written by Ana Ruiz" or "About the author" near the end: what follows is the bio.
        if let marker = body.indices.suffix(6).last(where: { isBioMarker(body[$0].text, authors: authors) }) {
            credits = body[(marker + 1)...].map(\.text)
            var cut = marker
            if cut > 0, authors.contains(body[cut - 1].text) { cut -= 1 }
            body.removeSubrange(cut...)
        }
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

    private static func isBioMarker(_ text: String, authors: [String]) -> Bool {
        if CreditsFinder.isAboutTheAuthor(text) { return true }
        guard text.lowercased().hasPrefix("written by "), let names = Byline.authors(in: text) else { return false }
        return authors.isEmpty || names.contains(where: authors.contains)
    }

    /// Turns body lines into headings, paragraphs and list items.
    private static func blocks(_ body: [PlainTextLine]) -> [ArticleDraft.Block] {
        var blocks: [ArticleDraft.Block] = []
        let turns = interviewTurns(body)
        for (index, line) in body.enumerated() {
            let next = index + 1 < body.count ? body[index + 1] : nil
            let previous = index > 0 ? body[index - 1] : nil
            if line.isListItem {
                blocks.append(.init(kind: .listItem, text: line.text))
            } else if turns.contains(index) {
                blocks.append(.init(kind: .paragraph, text: line.text))
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
