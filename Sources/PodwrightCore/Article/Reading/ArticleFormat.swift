/// The kinds of article Podwright reads. URLs are fetched and then read as one of these.
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Plain text, typically copied or scraped from a web page with its boilerplate.
    case text
    /// A whole saved web page.
    case html
    /// Markdown, with `#` headings.
    case markdown
}

extension ArticleFormat {
    /// Guesses the format from a file name's extension, then from the text itself.
    /// - Parameters:
    ///   - name: A file name, path or URL; only its extension is used.
    ///   - text: The decoded text.
    /// - Returns: The format to read the text as.
    static func detect(name: String, text: String) -> ArticleFormat {
        if let format = fromExtension(of: name) { return format }
        return sniff(text)
    }

    /// The format a file extension names, if it names one.
    static func fromExtension(of name: String) -> ArticleFormat? {
        var path = Substring(name)
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<query] }
        guard let slash = path.lastIndex(of: "/") else { return fromExtensionName(path) }
        return fromExtensionName(path[path.index(after: slash)...])
    }

    private static func fromExtensionName(_ file: Substring) -> ArticleFormat? {
        guard let dot = file.lastIndex(of: ".") else { return nil }
        switch file[file.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "shtml": return .html
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "txt", "text": return .text
        default: return nil
        }
    }

    /// Looks at the opening of the text: markup tags mean HTML, `#` headings or front matter mean Markdown.
    static func sniff(_ text: String) -> ArticleFormat {
        let head = text.utf8.prefix(4096)
        let opening = String(decoding: head, as: UTF8.self).lowercased()
        let trimmed = opening.drop(while: { $0.isWhitespace })
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") {
            return .html
        }
        let tags = ["<body", "<p>", "<p ", "<div", "<article", "<h1", "<head"]
        if trimmed.hasPrefix("<"), tags.contains(where: { opening.contains($0) }) { return .html }
        if trimmed.hasPrefix("---\n"), opening.contains("\ntitle:") { return .markdown }
        var markdownSigns = 0
        for line in opening.split(separator: "\n", omittingEmptySubsequences: true).prefix(200) {
            if line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### ") { markdownSigns += 2 }
            if line.contains("](") || line.contains("**") { markdownSigns += 1 }
        }
        return markdownSigns >= 2 ? .markdown : .text
    }
}
