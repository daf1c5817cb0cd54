import Foundation

/// The article fields of a page's JSON-LD (`<script type="application/ld+json">`), as schema.org names them.
struct LinkedData {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var section: String?
    var image: String?
    var url: String?
    var language: String?

    init(_ root: HTMLElement) {
        for script in root.descendants(where: { $0.name == "script" }) {
            let json = script.children.compactMap { node -> String? in
                if case .text(let text) = node { return text }
                return nil
            }.joined()
            guard let data = json.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data),
                let article = Self.findArticle(object)
            else { continue }
            headline = (article["headline"] as? String).map(TextCleanup.normalizeSpaces)
            authors = Self.names(article["author"])
            datePublished = article["datePublished"] as? String
            section = (article["articleSection"] as? String) ?? (article["articleSection"] as? [String])?.first
            image = Self.url(article["image"])
            url = (article["url"] as? String) ?? Self.url(article["mainEntityOfPage"])
            language = article["inLanguage"] as? String
            return
        }
    }

    private static func findArticle(_ object: Any) -> [String: Any]? {
        if let list = object as? [Any] { return list.lazy.compactMap(findArticle).first }
        guard let dictionary = object as? [String: Any] else { return nil }
        let types = (dictionary["@type"] as? String).map { [$0] } ?? (dictionary["@type"] as? [String]) ?? []
        if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) {
            return dictionary
        }
        if let graph = dictionary["@graph"] { return findArticle(graph) }
        return nil
    }

    /// An image or page given as a URL, an object with a `url` or `@id`, or a list of those.
    private static func url(_ value: Any?) -> String? {
        if let text = value as? String { return text.isEmpty ? nil : text }
        if let object = value as? [String: Any] { return url(object["url"]) ?? url(object["@id"]) }
        if let list = value as? [Any] { return list.lazy.compactMap(url).first }
        return nil
    }

    private static func names(_ value: Any?) -> [String] {
        if let name = value as? String { return name.isEmpty ? [] : [TextCleanup.normalizeSpaces(name)] }
        if let person = value as? [String: Any] { return names(person["name"]) }
        if let list = value as? [Any] { return list.flatMap(names) }
        return []
    }
}
