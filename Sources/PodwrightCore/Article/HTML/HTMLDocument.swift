import CLibXML2

/// An HTML document parsed by libxml2's forgiving HTML parser. Owns the C document and frees it once.
struct HTMLDocument: ~Copyable {
    private let document: htmlDocPtr

    /// Parses `html` (already decoded to Unicode), or returns `nil` when libxml2 builds no document at all.
    init?(html: String) {
        _ = Self.parserReady
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
                // Without it libxml2 stops at 256 nested elements and drops the rest of the page without a word
                // (pages with unclosed <font> tags nest that deep); ``maximumDepth`` bounds the tree instead.
                | XML_PARSE_HUGE.rawValue)
        var source = html
        let parsed = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// libxml2 wants its global state set up once, before parsers run on several threads.
    private static let parserReady: Void = xmlInitParser()

    /// Frees the document now rather than at the end of scope.
    consuming func close() {}

    /// The whole document as a Swift value tree, or `nil` when it has no root element.
    func tree() -> HTMLElement? {
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return Self.element(root, depth: 0)
    }

    /// Elements nested deeper than this are read as flat paragraphs of their text, so no reader of the tree
    /// recurses deeper than that, however deep the page nests.
    static let maximumDepth = 400

    private static func element(_ node: xmlNodePtr, depth: Int) -> HTMLElement {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                let key = String(cString: rawName).lowercased()
                if keptAttributes.contains(key) || name == "link" && key == "href"
                    || name == "html" && key.hasSuffix("lang")
                {
                    // An attribute's value is the text node (or nodes, around entities) it owns.
                    var value = ""
                    var part = current.pointee.children
                    while let node = part {
                        if let content = node.pointee.content { value += String(cString: content) }
                        part = node.pointee.next
                    }
                    attributes[key] = value
                }
            }
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        let isJSON = name == "script" && (attributes["type"] ?? "").contains("ld+json")
        if !droppedElements.contains(name) || isJSON {
            var child = node.pointee.children
            while let current = child {
                switch current.pointee.type {
                case XML_ELEMENT_NODE where depth >= maximumDepth:
                    children += flattened(current)
                case XML_ELEMENT_NODE:
                    children.append(.element(element(current, depth: depth + 1)))
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { children.append(.text(String(cString: content))) }
                default:
                    break
                }
                child = current.pointee.next
            }
        }
        return HTMLElement(name: name, attributes: attributes, children: children)
    }

    /// The text under `node` as `<p>` elements, one for each run of text between block elements, read without
    /// recursion.
    private static func flattened(_ node: xmlNodePtr) -> [HTMLNode] {
        var paragraphs: [HTMLNode] = []
        var text = ""
        func flush() {
            if !text.allSatisfy(\.isWhitespace) {
                paragraphs.append(.element(HTMLElement(name: "p", attributes: [:], children: [.text(text)])))
            }
            text = ""
        }
        var stack: [xmlNodePtr] = [node]
        while let current = stack.popLast() {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let name = current.pointee.name.map { String(cString: $0) } ?? ""
                if droppedElements.contains(name) { continue }
                if blockElements.contains(name) { flush() }
                var children: [xmlNodePtr] = []
                var child = current.pointee.children
                while let next = child {
                    children.append(next)
                    child = next.pointee.next
                }
                stack += children.reversed()
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default:
                break
            }
        }
        flush()
        return paragraphs
    }

    private static let blockElements: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "br", "tr", "td",
        "table", "ul", "ol", "pre", "header", "footer",
    ]

    private static let keptAttributes: Set<String> = [
        "class", "id", "role", "itemprop", "rel", "hidden", "style", "aria-hidden", "property", "name", "content",
        "datetime", "type", "aria-label",
    ]

    /// Elements whose content never reaches a listener; their children are not even copied.
    private static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "select",
        "textarea", "button", "input", "video", "audio", "map", "math",
    ]
}
