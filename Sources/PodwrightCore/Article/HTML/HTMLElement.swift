/// An element of a parsed page as a plain value: name, the attributes Podwright looks at, children.
struct HTMLElement: Sendable {
    var name: String
    var attributes: [String: String]
    var children: [HTMLNode]

    /// The value of an attribute, or an empty string.
    subscript(attribute: String) -> String { attributes[attribute] ?? "" }

    /// Class and id, lowercased, for pattern tests.
    var classAndID: String { (self["class"] + " " + self["id"]).lowercased() }

    /// Every descendant element, depth first, in document order.
    func descendants(where predicate: (HTMLElement) -> Bool) -> [HTMLElement] {
        var found: [HTMLElement] = []
        collect(into: &found, where: predicate)
        return found
    }

    private func collect(into found: inout [HTMLElement], where predicate: (HTMLElement) -> Bool) {
        for child in children {
            guard case .element(let element) = child else { continue }
            if predicate(element) { found.append(element) }
            element.collect(into: &found, where: predicate)
        }
    }

    /// The first descendant element that matches, depth first.
    func first(where predicate: (HTMLElement) -> Bool) -> HTMLElement? {
        for child in children {
            guard case .element(let element) = child else { continue }
            if predicate(element) { return element }
            if let found = element.first(where: predicate) { return found }
        }
        return nil
    }

    /// All the text inside, whitespace-normalised, with a space wherever a block or line break separates words.
    var text: String {
        var raw = ""
        appendText(to: &raw)
        return TextCleanup.normalizeSpaces(raw)
    }

    private func appendText(to raw: inout String) {
        for child in children {
            switch child {
            case .text(let text): raw += text
            case .element(let element):
                if element.name == "br" || !HTMLElement.inlineNames.contains(element.name) { raw += " " }
                element.appendText(to: &raw)
                if !HTMLElement.inlineNames.contains(element.name) { raw += " " }
            }
        }
    }

    /// The elements that flow inside a paragraph.
    static let inlineNames: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "font", "tt", "big",
        "strike", "nobr", "label", "acronym",
    ]
}

/// A node of a parsed page: an element or a run of text (entities already decoded).
enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(String)
}
