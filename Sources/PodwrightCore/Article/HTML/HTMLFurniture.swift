/// Tells page furniture (navigation, ads, share bars, related links, comments, cookie banners, captions) from
/// content, by element name, ARIA role, visibility and class or id names.
enum HTMLFurniture {
    /// Returns `element` with every furniture subtree removed.
    /// - Parameter insideArticle: Whether an `<article>` or `<main>` encloses it: a `<header>` there is the
    ///   article's own header and is kept for its heading structure.
    static func pruned(_ element: HTMLElement, insideArticle: Bool = false) -> HTMLElement {
        pruned(element, insideArticle: insideArticle, removing: isFurniture)
    }

    /// Returns `element` without the elements that are furniture by name, role or visibility, keeping those that
    /// only a class or id calls furniture: the fallback for pages whose wrappers carry misleading names.
    static func prunedByStructure(_ element: HTMLElement) -> HTMLElement {
        pruned(element, insideArticle: false) { element, insideArticle in
            if alwaysNames.contains(element.name) || (element.name == "header" && !insideArticle) { return true }
            if element.name == "form" { return !isPageWrapper(element) }
            return furnitureRoles.contains(element["role"].lowercased()) || element["aria-hidden"] == "true"
                || opensWithRelatedHeading(element)
        }
    }

    /// Returns `element` without the navigation, asides, footers, comments and related links, but with bylines,
    /// headers and captions still in place: where metadata is searched for.
    static func withoutSurroundings(_ element: HTMLElement) -> HTMLElement {
        pruned(element, insideArticle: false) { element, insideArticle in
            if ["nav", "aside", "head"].contains(element.name) { return true }
            if element.name == "form" { return !isPageWrapper(element) }
            // An article's own footer holds the author bio; the site's footer holds nothing of the article.
            if element.name == "footer", !insideArticle { return true }
            let names = element.classAndID
            return ["comment", "related", "recirc", "sidebar", "promo", "newsletter", "cookie", "consent", "teaser"]
                .contains(where: { names.includes($0) })
        }
    }

    private static func pruned(
        _ element: HTMLElement,
        insideArticle: Bool,
        removing isRemoved: (HTMLElement, Bool) -> Bool
    ) -> HTMLElement {
        var copy = element
        let inside = insideArticle || element.name == "article" || element.name == "main"
        copy.children = element.children.compactMap { child in
            guard case .element(let child) = child else { return child }
            if isRemoved(child, inside) { return nil }
            return .element(pruned(child, insideArticle: inside, removing: isRemoved))
        }
        return copy
    }

    /// True when the element and everything in it is furniture.
    static func isFurniture(_ element: HTMLElement, insideArticle: Bool) -> Bool {
        let name = element.name
        if name == "body" || name == "html" { return false }
        if alwaysNames.contains(name) { return true }
        if name == "form" { return !isPageWrapper(element) }
        if name == "header", !insideArticle { return true }
        if element.attributes["hidden"] != nil || element["aria-hidden"] == "true" { return true }
        let style = element["style"].lowercased().filter { $0 != " " }
        if style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if furnitureRoles.contains(element["role"].lowercased()) { return true }
        if opensWithRelatedHeading(element) { return true }
        if name == "main" || name == "article" || element["itemprop"].lowercased() == "articlebody" { return false }
        return hasFurnitureName(element.classAndID) && !holdsProse(element)
    }

    /// A block whose own first heading is named as related stories, whatever the block is called:
    /// `<article><h3 class="relatedpoststitle">You may also like</h3><article>…</article>…</article>`.
    static func opensWithRelatedHeading(_ element: HTMLElement) -> Bool {
        for child in element.children {
            guard case .element(let first) = child else { continue }
            guard ["h2", "h3", "h4", "h5", "h6"].contains(first.name) else { return false }
            let names = first.classAndID
            return ["related", "recirc", "recommend"].contains(where: { names.includes($0) })
        }
        return false
    }

    /// Content evidence against a furniture name: a `paywall`, `widget` or `…header…` wrapper that holds several
    /// paragraphs of prose with few links in them is the article, whatever its class says. Comments and related
    /// stories are prose too, so their names are never overruled.
    static func holdsProse(_ element: HTMLElement) -> Bool {
        let names = element.classAndID
        if ["comment", "related", "recirc", "recommend", "newsletter", "promo", "teaser", "cookie", "consent"]
            .contains(where: { names.includes($0) })
        {
            return false
        }
        let paragraphs = element.descendants(where: { $0.name == "p" })
        guard paragraphs.count >= 3 else { return false }
        var size = 0
        var links = 0
        for paragraph in paragraphs {
            size += paragraph.text.count
            links += HTMLBlockCollector.linkCharacters(in: paragraph)
        }
        return size >= 600 && links * 5 < size
    }

    /// A form holding paragraphs of prose is no search box or sign-up form: ASP.NET wraps whole pages in one.
    static func isPageWrapper(_ form: HTMLElement) -> Bool {
        var size = 0
        for paragraph in form.descendants(where: { $0.name == "p" }) {
            size += paragraph.text.count
            if size >= 250 { return true }
        }
        return false
    }

    /// True when a class or id names furniture and nothing in it names the article body.
    static func hasFurnitureName(_ classAndID: String) -> Bool {
        if classAndID.count < 2 { return false }
        let tokens = classAndID.split(whereSeparator: { $0 == " " })
        if tokens.contains(where: isBodyName) { return false }
        for token in tokens {
            if let word = furnitureSubstrings.first(where: { token.includes($0) }) {
                // "main-menu-content" or "has-sidebar" name a page wrapper; "sidebar-content" is still a sidebar.
                let isWrapper = wrapperWords.contains(where: { token.includes($0) }) && !token.hasPrefix(word)
                if !isWrapper { return true }
            }
            let parts = token.split(whereSeparator: { $0 == "-" || $0 == "_" })
            if parts.contains(where: { furnitureParts.contains(String($0)) }) { return true }
        }
        return false
    }

    /// True for class or id names that CMSs give the article body.
    static func isBodyName(_ token: Substring) -> Bool {
        bodySubstrings.contains(where: { token.includes($0) })
    }

    static let bodySubstrings = [
        "article-body", "articlebody", "article__body", "story-body", "storybody", "post-content", "entry-content",
        "article-content", "post-body", "story-content", "body-text", "article-text", "rich-text", "content-body",
        "article__content", "story__body", "post__content", "blog-post-body", "article-main",
    ]

    private static let wrapperWords = [
        "content", "main", "wrapper", "container", "layout", "page", "body", "has-",
        "with-",
    ]

    private static let alwaysNames: Set<String> = [
        "head", "nav", "aside", "figure", "figcaption", "picture", "img", "dialog", "menu", "footer",
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea",
        "video", "audio", "canvas", "object", "embed", "map", "link", "meta",
    ]

    private static let furnitureRoles: Set<String> = [
        "navigation", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
        "banner", "toolbar", "alert", "marquee",
    ]

    /// Long enough to be safe as substrings of a class or id.
    private static let furnitureSubstrings = [
        "advert", "sidebar", "related", "comment", "cookie", "consent", "newsletter", "breadcrumb", "outbrain",
        "taboola", "sponsor", "promo", "share", "social", "recirc", "recommend", "trending", "popular", "mostread",
        "most-read", "subscribe", "signup", "sign-up", "paywall", "popup", "modal", "footer", "navbar", "navigation",
        "menu", "widget", "caption", "byline", "toolbar", "banner", "masthead", "dateline", "kicker", "eyebrow",
        "standfirst", "timestamp", "author", "tweet", "instagram", "embed", "gdpr", "disclaimer", "pagination", "pager",
        "skiplink", "skip-link", "visually-hidden", "sr-only", "screen-reader", "live-ticker", "ticker", "liveblog-nav",
        "key-events", "keyevents", "inline-cta", "read-more", "readmore", "more-stories", "next-article",
        "headline-list", "card-list", "teaser", "tags", "topics", "rating", "ad-slot", "adslot", "ad-container",
        "ad-wrapper", "dfp", "gpt-ad", "bottom-of-article", "print-only", "credit", "photo-credit", "lightbox",
        "gallery", "audio-player", "video-player", "podcast-player", "site-header", "site-footer", "rubric",
        "pullquote", "pull-quote", "live-badge", "js-warning", "header-nav", "top-bar", "alert-bar", "reactions",
        "subhead-meta", "article-meta", "post-meta", "entry-meta", "headline", "article-header", "post-header",
        "entry-header", "page-header", "article-title", "post-title", "entry-title", "summary", "subtitle",
    ]

    /// Short names that are furniture only as a whole dash- or underscore-separated part.
    private static let furnitureParts: Set<String> = [
        "ad", "ads", "nav", "share", "social", "tag", "meta", "promo", "print", "skip", "hidden", "dek", "deck",
        "hed", "header", "related", "more", "utility", "utils", "tools", "cta", "aside", "rail", "sticky",
        "overlay", "login", "byline", "date", "rss", "bio", "listen", "toggle", "contact",
    ]
}
