import Foundation

/// The segments that frame the article: the title and intro at the start, the credits and outro at the end.
extension Segmenter {
    /// The intro section's segments. A template that reads `{title}` is the title segment itself; otherwise the
    /// intro wording comes first and the title follows as printed. The deck (standfirst), when the article has
    /// one, follows as printed.
    func introSegments(for article: Article) -> [Segment] {
        let narrator = Self.narratorID
        let intro = fill(show.introTemplate, article: article)
        var result: [Segment] = []
        if show.introTemplate.contains("{title}") {
            if !intro.isEmpty { result.append(segment(.title, SectionID.intro, narrator, .title, intro, nil)) }
        } else {
            if !intro.isEmpty { result.append(segment(.intro, SectionID.intro, narrator, .intro, intro, nil)) }
            result.append(segment(.title, SectionID.intro, narrator, .title, article.title, nil))
        }
        if let deck = article.deck?.scriptTrimmed, !deck.isEmpty {
            result.append(segment(.deck, SectionID.intro, narrator, .title, deck, nil))
        }
        return result
    }

    /// The credits section's segments: each credit line as printed, then the outro wording.
    func creditSegments(for article: Article) -> [Segment] {
        var result: [Segment] = []
        for credit in article.credits {
            let text = credit.scriptTrimmed
            if !text.isEmpty {
                result.append(
                    segment(
                        .credits(number: result.count + 1), SectionID.credits, Self.narratorID, .credits, text, nil))
            }
        }
        let outro = fill(show.outroTemplate, article: article)
        if !outro.isEmpty { result.append(segment(.outro, SectionID.credits, Self.narratorID, .outro, outro, nil)) }
        return result
    }

    /// A template with `{title}`, `{authors}` and `{show}` replaced. Without authors, sentences naming them are left
    /// out rather than read as "By ."
    func fill(_ template: String, article: Article) -> String {
        var sentences = template.scriptSentences
        if article.authors.isEmpty { sentences.removeAll { $0.contains("{authors}") } }
        let values = [
            "title": article.title.scriptTrimmed, "authors": Self.joinedNames(article.authors),
            "show": show.name.scriptTrimmed,
        ]
        return Self.substitute(sentences.joined(separator: " "), values).scriptTrimmed
    }

    /// Replaces `{name}` placeholders in one pass, so a value holding a placeholder is left alone. A value that ends
    /// in its own stop ("Can it work?", "Wait…", "Who said “Enough!”") swallows the template's "." or "," right
    /// after it, so a title is never read as "?." or "!,".
    static func substitute(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            guard let value = values[name] else {
                result += "{\(name)}"
                continue
            }
            result += value
            if Self.endsInStop(value), let next = rest.first, ".,".contains(next) {
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }
    /// True when `value` ends in a full stop, question or exclamation mark or ellipsis, perhaps inside closing
    /// quote marks or brackets.
    static func endsInStop(_ value: String) -> Bool {
        let last = value.reversed().first { !"”’\"')]»›".contains($0) }
        return last.map { ".?!…".contains($0) } ?? false
    }

    /// "A", "A and B", "A, B and C".
    static func joinedNames(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        if names.count == 1 { return last }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    var scriptTrimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The string cut after each `.`, `!` or `?` that a space follows, each piece trimmed.
    var scriptSentences: [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in self {
            if character == " " && ".!?".contains(previous) {
                result.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        result.append(current)
        return result.map(\.scriptTrimmed).filter { !$0.isEmpty }
    }
}
