import Foundation
import Testing

/// Reads XML with a parser we did not write (Python's xml.dom.minidom) and reports what a feed reader would see.
enum XMLReader {
    /// The parsed item as JSON: element names with their namespace URIs, attributes and texts.
    static func read(_ xml: String) throws -> [String: Any] {
        let script = """
            import json, sys, xml.dom.minidom
            doc = xml.dom.minidom.parseString(sys.stdin.buffer.read())
            item = doc.documentElement
            children = [n for n in item.childNodes if n.nodeType == n.ELEMENT_NODE]
            def text(n):
                return "".join(c.data for c in n.childNodes if c.nodeType in (c.TEXT_NODE, c.CDATA_SECTION_NODE))
            print(json.dumps({"root": item.tagName, "elements": [
                {"name": n.tagName, "namespace": n.namespaceURI, "text": text(n),
                 "attributes": {a: n.getAttribute(a) for a in n.attributes.keys()}} for n in children]}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(xml.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the XML is not well-formed: \(problem)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func elements(_ parsed: [String: Any], named name: String) -> [[String: Any]] {
        (parsed["elements"] as? [[String: Any]] ?? []).filter { $0["name"] as? String == name }
    }
}
