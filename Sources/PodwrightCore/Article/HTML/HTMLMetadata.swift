import Foundation

/// The headline, byline, date, kicker, deck and author bio of a page, from its visible header, its `<meta>` tags
/// and its JSON-LD, in that order of trust.
struct HTMLMetadata {
    var title = ""
    var authors: [String] = []
    var date: String?
    var category: String?
    var deck: String?
    /// The page's own address (`<link rel=canonical>`, `og:url`, JSON-LD `url`), absolute http(s) only.
    var canonical: String?
    /// The article's lead image (`og:image`, JSON-LD `image`, `twitter:image`), absolute http(s) only.
    var image: String?
    /// The language the page declares (`<html lang>`, `og:locale`, JSON-LD `inLanguage`), as a BCP 47 tag.
    var language: String?
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
        let links = root.descendants(where: { $0.name == "link" })
        let canonicalLink = links.first { $0["rel"].lowercased().split(separator: " ").contains("canonical") }
        canonical = [canonicalLink?["href"], meta["og:url"], linked.url].compactMap(Self.absoluteURL).first
        image =
            [meta["og:image"], meta["og:image:url"], linked.image, meta["twitter:image"]]
            .compactMap(Self.absoluteURL).first
        let html = root.name == "html" ? root : root.first(where: { $0.name == "html" })
        language =
            [html?["lang"], html?["xml:lang"], meta["og:locale"], linked.language, meta["language"]]
            .compactMap(Self.languageTag).first
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

    /// `value` when it is an absolute http(s) URL.
    private static func absoluteURL(_ value: String?) -> String? {
        guard let value = value?.trimmingSpaces(), !value.isEmpty else { return nil }
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), !value.contains(" ") else { return nil }
        return value
    }

    /// "en_US" → "en-US"; nothing that is not a language tag.
    private static func languageTag(_ value: String?) -> String? {
        guard let value = value?.trimmingSpaces(), (2...35).contains(value.count) else { return nil }
        let tag = value.replacingOccurrences(of: "_", with: "-")
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return nil }
        return first.lowercased() + parts.dropFirst().map { "-" + $0 }.joined()
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
        // The page's own metadata first: it is exact where visible dates are relative or abridged.
        let declared =
            linked.datePublished ?? meta["article:published_time"] ?? meta["og:article:published_time"]
            ?? meta["datepublished"] ?? meta["date"] ?? meta["pubdate"] ?? meta["dc.date"]
            ?? meta["dc.date.issued"]
        if let declared, ArticleDate.iso8601(declared) != nil { return declared }
        if let time = visible.first(where: { $0.name == "time" }) {
            if ArticleDate.iso8601(time["datetime"]) != nil { return time["datetime"] }
            if let date = Byline.date(in: time.text) { return date }
        }
        if let dated = firstText(
            in: named, classes: ["dateline", "publish-date", "published", "pubdate", "date"],
            words: 1...14), let date = Byline.date(in: dated)
        {
            return date
        }
        return declared
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
