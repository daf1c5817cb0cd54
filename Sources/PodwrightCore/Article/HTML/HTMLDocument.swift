import CLibXML2

/// An HTML document parsed by libxml2's forgiving HTML parser. Owns the C document and frees it once.
struct HTMLDocument: ~Copyable {
    private let document: htmlDocPtr

    /// Parses `html` (already decoded to Unicode), or returns `nil` when libxml2 builds no document at all.
    init?(html: String) {
        _ = Self.parserReady
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
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
        return Self.element(root)
    }

    private static func element(_ node: xmlNodePtr) -> HTMLElement {
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
                case XML_ELEMENT_NODE:
                    children.append(.element(element(current)))
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
