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
        let articleSizes = articles.map(textSize)
        if let largest = articleSizes.max(), largest >= 200, let index = articleSizes.firstIndex(of: largest) {
            // A live blog or feed: several posts side by side, none dominant. Read the element that holds them all.
            // Articles nested in one another are one article wrapped twice, not a feed: only the innermost count.
            let posts = articles.filter { $0.first(where: { $0.name == "article" }) == nil }.map(textSize)
            if posts.count >= 3, let post = posts.max(), post * 2 < posts.reduce(0, +),
                let feed = holderOfMostArticles(in: body)
            {
                return [feed]
            }
            return [articles[index]]
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

    /// The element with the most `<article>` children.
    private static func holderOfMostArticles(in body: HTMLElement) -> HTMLElement? {
        var best: (element: HTMLElement, count: Int)?
        func visit(_ element: HTMLElement) {
            var count = 0
            for child in element.children {
                guard case .element(let child) = child else { continue }
                if child.name == "article" { count += 1 }
                visit(child)
            }
            if count >= 3, best == nil || count > best!.count { best = (element, count) }
        }
        visit(body)
        return best?.element
    }

    /// The element whose own text (paragraphs, and bare text between line breaks, as old pages have) and half its
    /// children's scores highest, much as Readability scores them.
    private static func densest(in body: HTMLElement) -> HTMLElement? {
        var best: (element: HTMLElement, score: Double)?
        func visit(_ element: HTMLElement) -> Double {
            var ownText = ""
            var fromChildren = 0.0
            for child in element.children {
                switch child {
                case .text(let text):
                    ownText += text
                case .element(let child) where child.name == "p" || HTMLElement.inlineNames.contains(child.name):
                    let text = child.text
                    if child.name != "p" || text.count >= 25 { ownText += " " + text }
                    if child.name != "p" { fromChildren += visit(child) }
                case .element(let child):
                    fromChildren += visit(child)
                }
            }
            let normalized = TextCleanup.normalizeSpaces(ownText)
            let own = Double(normalized.count) / 100 + Double(normalized.filter { $0 == "," }.count)
            let score = own + fromChildren / 2
            if score > 0, best == nil || score > best!.score { best = (element, score) }
            return own
        }
        _ = visit(body)
        return best?.element
    }
}
