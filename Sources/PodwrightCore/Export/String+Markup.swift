import Foundation

/// Escaping for the markup languages the exports write. Every piece of article text passes through one of these.
extension String {
    /// Text safe inside HTML elements and double-quoted attributes (the only kind the exports write).
    public var htmlEscaped: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if String.isXMLCharacter(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text safe inside XML elements and double-quoted attributes, without characters XML 1.0 forbids outright.
    public var xmlEscaped: String { htmlEscaped }

    /// Text safe inside a WebVTT cue or voice annotation: `&`, `<` and `>` escaped, so `-->` can never appear.
    public var vttEscaped: String {
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if String.isXMLCharacter(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The text as a CDATA section; a literal `]]>` is split across two sections.
    public var cdata: String {
        let safe = String(String.UnicodeScalarView(unicodeScalars.filter(String.isXMLCharacter)))
        return "<![CDATA[" + safe.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// The text on one line: newlines and tabs become spaces and runs of spaces collapse.
    public var singleLine: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The text cut to at most `limit` characters at a word boundary, with an ellipsis when it was cut.
    public func truncated(to limit: Int) -> String {
        guard count > limit else { return self }
        let head = prefix(max(limit - 1, 1))
        if let space = head.lastIndex(of: " "), head.distance(from: head.startIndex, to: space) > limit / 2 {
            return String(head[..<space]).trimmingTrailingPunctuation + "…"
        }
        return String(head) + "…"
    }

    /// The text without trailing commas, semicolons, colons or spaces.
    var trimmingTrailingPunctuation: String {
        var text = Substring(self)
        while let last = text.last, last == "," || last == ";" || last == ":" || last == " " { text = text.dropLast() }
        return String(text)
    }

    /// Whether XML 1.0 allows the character in a document (controls other than tab, newline and return are out).
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
