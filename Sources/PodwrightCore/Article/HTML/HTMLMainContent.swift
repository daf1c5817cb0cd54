/// Finds the element (or the run of sibling elements) that holds the article body in a page already cleared of
/// furniture: a container the CMS names as the body, else the largest `<article>`, else `<main>`, else the element
/// with the most paragraph text directly inside it.
enum HTMLMainContent {
    /// The body containers, in document order.
    static func containers(in body: HTMLElement) -> [HTMLElement] {
        let named = body.descendants(where: isNamedBody)
        let innermost = named.filter { $0.first(where: isNamedBody) == nil }
        let sizes = innermost.map(textSize)
        if let largest = sizes.max(), largest >= 200 {
            return zip(innermost, sizes).filter { $0.1 * 100 >= largest * 15 }.map(\.0)
        }
        let articles = body.descendants(where: { $0.name == "article" })
        if let article = articles.max(by: { textSize($0) < textSize($1) }), textSize(article) >= 200 {
            return [article]
        }
        if let main = body.first(where: { $0.name == "main" || $0["role"] == "main" }), textSize(main) >= 200 {
            return [main]
        }
        return [densest(in: body) ?? body]
    }

    private static func isNamedBody(_ element: HTMLElement) -> Bool {
        if element["itemprop"].lowercased() == "articlebody" { return true }
        return element.classAndID.split(separator: " ").contains(where: HTMLFurniture.isBodyName)
    }

    /// Characters of paragraph-like text, which is what an article body is made of.
    private static func textSize(_ element: HTMLElement) -> Int {
        element.descendants(where: { ["p", "li", "blockquote", "pre"].contains($0.name) }).reduce(0) {
            $0 + $1.text.count
        } + (element.name == "p" ? element.text.count : 0)
    }

    /// The element whose own paragraphs (and half its children's) score highest, as Readability scores them.
    private static func densest(in body: HTMLElement) -> HTMLElement? {
        var best: (element: HTMLElement, score: Double)?
        func visit(_ element: HTMLElement) -> Double {
            var own = 0.0
            var fromChildren = 0.0
            for child in element.children {
                guard case .element(let child) = child else { continue }
                if child.name == "p" {
                    let text = child.text
                    if text.count >= 25 {
                        own += 1 + Double(text.filter { $0 == "," }.count) + min(Double(text.count) / 100, 3)
                    }
                } else {
                    fromChildren += visit(child)
                }
            }
            let score = own + fromChildren / 2
            if own > 0, best == nil || score > best!.score { best = (element, score) }
            return own
        }
        _ = visit(body)
        return best?.element
    }
}
