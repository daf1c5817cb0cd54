import Foundation

/// The headline, byline, date, kicker, deck and author bio of a page, from its visible header, its `<meta>` tags
/// and its JSON-LD, in that order of trust.
struct HTMLMetadata {
    var title = ""
    var authors: [String] = []
    var date: String?
    var category: String?
    var deck: String?
    var credits: [String] = []
    /// "Reporting by …" lines anywhere on the page; credits only if the body does not read them.
    var creditLines: [String] = []

    init(_ root: HTMLElement) {
        let meta = Self.metaTags(root)
        let linked = LinkedData(root)
        let visible = HTMLFurniture.withoutSurroundings(root)
        let named = Self.namedElements(visible)
        title = Self.title(visible, root: root, meta: meta, linked: linked)
        authors = Self.authors(visible, meta: meta, linked: linked)
        date = Self.date(visible, named: named, meta: meta, linked: linked)
        category = Self.category(root, named: named, meta: meta, linked: linked)
        deck = Self.firstText(
            in: named,
            classes: [
                "standfirst", "dek", "deck", "subtitle", "sub-headline",
                "subheadline", "article-summary", "summary", "intro-text",
            ], words: 5...90)
        if let bio = visible.first(where: { element in
            ["author-bio", "bio", "about-author", "about-the-author", "author-info", "author-card", "contributor-bio"]
                .contains(where: { element.classAndID.includes($0) }) && TextCleanup.wordCount(element.text) >= 6
        }) {
            let paragraphs = bio.descendants(where: { $0.name == "p" }).map(\.text).filter { !$0.isEmpty }
            credits = paragraphs.isEmpty ? [bio.text] : paragraphs
        }
        // Wire-style credit lines often sit just outside the body container.
        creditLines = visible.descendants(where: { $0.name == "p" }).map(\.text).filter(CreditsFinder.isCreditLine)
    }

    private static func metaTags(_ root: HTMLElement) -> [String: String] {
        var tags: [String: String] = [:]
        for element in root.descendants(where: { $0.name == "meta" }) {
            let key = (element.attributes["property"] ?? element.attributes["name"] ?? "").lowercased()
            let content = TextCleanup.normalizeSpaces(element["content"])
            if !key.isEmpty, !content.isEmpty, tags[key] == nil { tags[key] = content }
        }
        return tags
    }

    /// An `<h1>` that matches the page's declared title, else the first `<h1>` in an article, else the declared one.
    private static func title(
        _ visible: HTMLElement, root: HTMLElement, meta: [String: String], linked: LinkedData
    )
        -> String
    {
        let headings = visible.descendants(where: { $0.name == "h1" }).map(\.text).filter { !$0.isEmpty }
        let documentTitle = root.first(where: { $0.name == "title" })?.text ?? ""
        let declared = [linked.headline, meta["og:title"], meta["twitter:title"], documentTitle].compactMap { $0 }
            .filter { !$0.isEmpty }
        for heading in headings where declared.contains(where: { $0.contains(heading) || heading.contains($0) }) {
            return heading
        }
        if let inArticle = visible.first(where: { $0.name == "article" || $0.name == "main" })?
            .first(where: { $0.name == "h1" })?.text, !inArticle.isEmpty
        {
            return inArticle
        }
        if let first = declared.first { return withoutSiteName(first) }
        return headings.first ?? ""
    }

    /// "Headline | Site" → "Headline".
    private static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · "] where title.contains(separator) {
            // The site name is the short part, before or after the headline.
            let parts = title.components(separatedBy: separator)
            if let longest = parts.max(by: { $0.count < $1.count }), TextCleanup.wordCount(longest) >= 3 {
                return longest.trimmingSpaces()
            }
        }
        return title
    }

    private static func authors(_ visible: HTMLElement, meta: [String: String], linked: LinkedData) -> [String] {
        let bylines = visible.descendants { element in
            let names = element.classAndID
            if element["rel"] == "author" || element["itemprop"] == "author" || names.includes("byline")
                || names.includes("author-name") || names.split(separator: " ").contains("author")
            {
                return true
            }
            // WordPress-style "entry-meta": "By Ana Ruiz on May 22, 2025".
            return names.includes("meta") && element.text.lowercased().hasPrefix("by ")
        }
        for byline in bylines {
            if let names = Byline.authors(in: byline.text) { return names }
            let linkedNames = byline.descendants(where: { $0.name == "a" }).compactMap { Byline.authors(in: $0.text) }
            if !linkedNames.isEmpty { return linkedNames.flatMap { $0 } }
        }
        if !linked.authors.isEmpty { return linked.authors }
        for key in ["author", "article:author", "byl", "dc.creator", "sailthru.author"] {
            if let value = meta[key], !value.hasPrefix("http"), let names = Byline.authors(in: value) { return names }
        }
        return []
    }

    private static func date(
        _ visible: HTMLElement, named: [NamedElement], meta: [String: String], linked: LinkedData
    )
        -> String?
    {
        if let time = visible.first(where: { $0.name == "time" }) {
            if let date = Byline.date(in: time.text) { return date }
            if time.text.isEmpty, !time["datetime"].isEmpty { return String(time["datetime"].prefix(10)) }
        }
        if let dated = firstText(
            in: named, classes: ["dateline", "publish-date", "published", "pubdate", "date"],
            words: 1...14), let date = Byline.date(in: dated)
        {
            return date
        }
        let declared =
            meta["article:published_time"] ?? linked.datePublished ?? meta["date"]
            ?? meta["pubdate"] ?? meta["dc.date"]
        return declared.map { String($0.prefix(10)) }
    }

    private static func category(
        _ root: HTMLElement, named: [NamedElement], meta: [String: String], linked: LinkedData
    ) -> String? {
        if let kicker = firstText(
            in: named,
            classes: [
                "kicker", "eyebrow", "section-label", "category", "rubric",
                "article-section", "section-name",
            ], words: 1...5)
        {
            return kicker
        }
        if let section = meta["article:section"] ?? linked.section { return section }
        let crumbs = root.first(where: { $0.classAndID.includes("breadcrumb") })?
            .descendants(where: { $0.name == "a" || $0.name == "li" || $0.name == "span" }).map(\.text)
            .filter { !$0.isEmpty && $0.lowercased() != "home" }
        return crumbs?.last
    }

    /// An element with a class or id, and those names split into tokens, in document order.
    struct NamedElement {
        var tokens: [Substring]
        var element: HTMLElement
    }

    /// Every element that has a class or id: searched many times, so listed once.
    private static func namedElements(_ root: HTMLElement) -> [NamedElement] {
        root.descendants(where: { $0.attributes["class"] != nil || $0.attributes["id"] != nil }).map {
            NamedElement(tokens: $0.classAndID.split(separator: " "), element: $0)
        }
    }

    /// The text of the first element whose class or id names one of `classes`, if its length fits.
    private static func firstText(in named: [NamedElement], classes: [String], words: ClosedRange<Int>) -> String? {
        for name in classes {
            let found = named.first { candidate in
                candidate.tokens.contains { token in
                    token == name || token.hasSuffix("-" + name) || token.hasSuffix("__" + name)
                        || token.hasPrefix(name + "-") || token.hasSuffix("_" + name)
                }
            }
            if let text = found?.element.text, words.contains(TextCleanup.wordCount(text)) { return text }
        }
        return nil
    }
}
