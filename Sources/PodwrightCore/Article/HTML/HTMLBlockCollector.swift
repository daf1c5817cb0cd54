import Foundation

/// Walks the article's container and lays its content out as headings, paragraphs and list items.
struct HTMLBlockCollector {
    private(set) var blocks: [ArticleDraft.Block] = []
    private var inline = ""
    private var inlineLinkCharacters = 0
    private var seenHeadline = false

    /// Adds the blocks inside `element`.
    mutating func collect(_ element: HTMLElement) {
        walk(element)
        flush()
    }

    private mutating func walk(_ element: HTMLElement) {
        for child in element.children {
            switch child {
            case .text(let text):
                // Source line breaks are only spaces; a <br> is marked with a control character that text lacks.
                inline += text.utf8.contains(1) ? text.pieces(separatedBy: Self.lineBreak).joined(separator: " ") : text
            case .element(let child):
                visit(child)
            }
        }
    }

    private mutating func visit(_ element: HTMLElement) {
        switch element.name {
        case "br":
            inline += Self.lineBreak
        case "a" where element.first(where: { !HTMLElement.inlineNames.contains($0.name) && $0.name != "br" }) == nil:
            // A link inside a sentence keeps the spacing the page gives it: "the Taliban, however" stays whole.
            inlineLinkCharacters += element.text.count
            walk(element)
        case "a":
            // A card link wrapping blocks (a heading, a teaser) reads as words of its own.
            let text = element.text
            inline += " " + text + " "
            inlineLinkCharacters += text.count
        case let name where HTMLElement.inlineNames.contains(name):
            walk(element)
        case "hr":
            flush()
        case "table" where !Self.isLayoutTable(element):
            // A data table in the body is part of the article: each row is read as one line, its cells in order.
            // A layout table (old pages) holds the article itself and is walked like any container.
            flush()
            collectTable(element)
        case "h1" where !seenHeadline:
            // The first <h1> is the headline, read as the title; any later one heads a section.
            flush()
            seenHeadline = true
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            let text = element.text
            if !text.isEmpty { blocks.append(.init(kind: .heading, text: text)) }
        case "p" where Self.isBoldHeading(element):
            // <p><strong>Subhead</strong></p>: how many editors mark section headings.
            flush()
            blocks.append(.init(kind: .heading, text: element.text))
        case "p", "pre":
            flush()
            walk(element)
            flush()
        case "ul", "ol":
            flush()
            collectList(element)
        default:
            flush()
            walk(element)
            flush()
        }
    }

    /// A list becomes list items, unless it is mostly links (a list of related stories).
    private mutating func collectList(_ list: HTMLElement) {
        let total = list.text.count
        if total == 0 || Self.linkCharacters(in: list) * 2 > total { return }
        for child in list.children {
            guard case .element(let item) = child else { continue }
            if item.name == "ul" || item.name == "ol" {
                collectList(item)
                continue
            }
            var own = item
            var nested: [HTMLElement] = []
            own.children = item.children.filter { node in
                if case .element(let element) = node, element.name == "ul" || element.name == "ol" {
                    nested.append(element)
                    return false
                }
                return true
            }
            let text = own.text
            if !text.isEmpty { blocks.append(.init(kind: .listItem, text: text)) }
            for list in nested { collectList(list) }
        }
    }

    /// One paragraph per row of cells, the cells joined by commas; rows that are mostly links are skipped.
    private mutating func collectTable(_ table: HTMLElement) {
        for row in table.descendants(where: { $0.name == "tr" }) {
            let cells = row.descendants(where: { $0.name == "td" || $0.name == "th" }).map(\.text).filter {
                !$0.isEmpty
            }
            let text = cells.joined(separator: ", ")
            guard !text.isEmpty, Self.linkCharacters(in: row) * 2 <= text.count else { continue }
            blocks.append(.init(kind: .paragraph, text: text))
        }
    }

    /// Ends the pending run of inline text: one paragraph per run between double line breaks.
    private mutating func flush() {
        defer {
            inline = ""
            inlineLinkCharacters = 0
        }
        let pieces = inline.pieces(separatedBy: Self.lineBreak)
        let total = TextCleanup.normalizeSpaces(inline).count
        guard total > 0, inlineLinkCharacters * 10 < total * 6 else { return }
        var paragraph: [String] = []
        var emptyRun = 0
        for piece in pieces {
            let text = TextCleanup.normalizeSpaces(piece)
            if text.isEmpty {
                emptyRun += 1
                continue
            }
            if emptyRun >= 1, !paragraph.isEmpty, pieces.count > 2 {
                blocks.append(.init(kind: .paragraph, text: paragraph.joined(separator: " ")))
                paragraph.removeAll()
            }
            emptyRun = 0
            paragraph.append(text)
        }
        if !paragraph.isEmpty { blocks.append(.init(kind: .paragraph, text: paragraph.joined(separator: " "))) }
    }

    private static let lineBreak = "\u{1}"

    /// A paragraph that is nothing but one short bold run, with no closing punctuation.
    static func isBoldHeading(_ paragraph: HTMLElement) -> Bool {
        let content = paragraph.children.filter { node in
            if case .text(let text) = node { return !TextCleanup.normalizeSpaces(text).isEmpty }
            return true
        }
        guard content.count == 1, case .element(let bold) = content[0], bold.name == "strong" || bold.name == "b"
        else { return false }
        return PlainTextLine(bold.text).isHeadingLike
    }

    /// A table used for page layout: its cells hold paragraphs, line-broken text or long runs of prose.
    static func isLayoutTable(_ table: HTMLElement) -> Bool {
        table.first(where: { ["p", "div", "br", "h2", "h3", "ul", "table"].contains($0.name) }) != nil
            || table.descendants(where: { $0.name == "td" }).contains { $0.text.count > 200 }
    }

    /// The number of characters of link text inside `element`.
    static func linkCharacters(in element: HTMLElement) -> Int {
        element.descendants(where: { $0.name == "a" }).reduce(0) { $0 + $1.text.count }
    }
}
