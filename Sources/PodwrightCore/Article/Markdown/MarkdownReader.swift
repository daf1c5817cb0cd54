import Foundation

/// Reads a Markdown article: front matter or the first `#` heading as the title, `##`/`###` headings as sections,
/// lists as list items, emphasis and link markup removed from the words.
enum MarkdownReader {
    /// Reads `text` into a draft.
    static func read(_ text: String) -> ArticleDraft {
        var draft = ArticleDraft()
        var lines = TextCleanup.lines(text)[...]
        readFrontMatter(&lines, into: &draft)
        var blocks: [ArticleDraft.Block] = []
        var paragraph: [String] = []
        var paragraphIsItem = false
        var inFence = false
        var emphasized: Set<Int> = []
        func flush() {
            guard !paragraph.isEmpty else { return }
            let raw = paragraph.joined(separator: " ")
            let plain = MarkdownInline.plain(raw)
            if let first = raw.first, first == "*" || first == "_", raw.last == first {
                emphasized.insert(blocks.count)
            }
            if !plain.isEmpty { blocks.append(.init(kind: paragraphIsItem ? .listItem : .paragraph, text: plain)) }
            paragraph.removeAll()
            paragraphIsItem = false
        }
        for line in lines {
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence { continue }
            if line.isEmpty {
                flush()
                continue
            }
            if let (level, heading) = atxHeading(line) {
                flush()
                if level == 1, draft.title.isEmpty, blocks.isEmpty {
                    draft.title = heading
                } else {
                    blocks.append(.init(kind: .heading, text: heading))
                }
                continue
            }
            if isRule(line) {
                // A setext underline turns the paragraph above into a heading; otherwise it is a thematic break.
                let isUnderline = !line.contains("*") && !line.contains("_")
                if !paragraph.isEmpty, !paragraphIsItem, paragraph.count == 1, isUnderline {
                    let heading = MarkdownInline.plain(paragraph[0])
                    paragraph.removeAll()
                    if line.hasPrefix("="), draft.title.isEmpty, blocks.isEmpty {
                        draft.title = heading
                    } else {
                        blocks.append(.init(kind: .heading, text: heading))
                    }
                } else {
                    flush()
                }
                continue
            }
            if isReferenceDefinition(line) || (line.hasPrefix("<") && line.hasSuffix(">")) { continue }
            var content = Substring(line)
            while content.hasPrefix(">") { content = content.dropFirst().drop(while: { $0 == " " }) }
            if content.isEmpty {
                flush()
                continue
            }
            let item = PlainTextLine(String(content))
            if item.isListItem {
                flush()
                paragraph = [item.text]
                paragraphIsItem = true
            } else {
                paragraph.append(String(content))
            }
        }
        flush()
        // A wholly emphasised paragraph before the first heading and the first plain paragraph is the standfirst.
        if draft.deck == nil, emphasized.contains(0), let first = blocks.first, first.kind == .paragraph,
            TextCleanup.wordCount(first.text) <= 60, Byline.authors(in: first.text) == nil
        {
            draft.deck = first.text
            blocks.removeFirst()
        }
        readByline(&blocks, into: &draft)
        blocks.removeAll { $0.kind != .listItem && Boilerplate.isBoilerplate($0.text) }
        draft.credits = CreditsFinder.takeCredits(from: &blocks, authors: draft.authors)
        draft.blocks = blocks
        return draft
    }

    private static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.hasPrefix(" ") else { return nil }
        var text = rest.trimmingSpaces()
        while text.hasSuffix("#") { text.removeLast() }
        let heading = MarkdownInline.plain(text)
        return heading.isEmpty ? nil : (hashes, heading)
    }

    private static func isRule(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard let first = compact.first, "-=*_".contains(first), compact.allSatisfy({ $0 == first }) else {
            return false
        }
        return compact.count >= 3 || first == "="
    }

    private static func isReferenceDefinition(_ line: String) -> Bool {
        line.hasPrefix("[") && line.contains("]: ")
    }

    /// YAML front matter between `---` lines: title, author(s), date, category.
    private static func readFrontMatter(_ lines: inout ArraySlice<String>, into draft: inout ArticleDraft) {
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." })
        else { return }
        for line in lines[(lines.startIndex + 1)..<end] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces().lowercased()
            var value = line[line.index(after: colon)...].trimmingSpaces()
            if value.count >= 2, let first = value.first, "\"'".contains(first), value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            if value.isEmpty { continue }
            switch key {
            case "title": draft.title = value
            case "author", "authors", "byline":
                let names = value.trimming("[]").components(separatedBy: ",")
                draft.authors += names.map { $0.trimmingSpaces().trimming("\"'") }.filter { !$0.isEmpty }
            case "date", "published": draft.date = value
            case "category", "section": draft.category = value
            case "description", "subtitle", "deck": draft.deck = value
            default: continue
            }
        }
        lines = lines[(end + 1)...]
    }

    /// A "By …" or date line at the top of the body belongs to the metadata.
    private static func readByline(_ blocks: inout [ArticleDraft.Block], into draft: inout ArticleDraft) {
        var index = 0
        while index < min(blocks.count, 3), blocks[index].kind == .paragraph {
            let text = blocks[index].text
            if text.lowercased().hasPrefix("by "), let names = Byline.authors(in: text) {
                for name in names where !draft.authors.contains(name) { draft.authors.append(name) }
                if draft.date == nil {
                    draft.date = text.components(separatedBy: " | ").dropFirst().compactMap(Byline.date(in:)).first
                }
                blocks.remove(at: index)
            } else if PlainTextLine(text).words <= 8, let date = Byline.date(in: text) {
                if draft.date == nil { draft.date = date }
                blocks.remove(at: index)
            } else {
                index += 1
            }
        }
    }
}

extension String {
    /// The string without any of `characters` at either end.
    func trimming(_ characters: String) -> String {
        let set = Set(characters)
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(self[first...last])
    }
}
