import Foundation

/// Recognises the web page furniture that scraped text carries: UI labels, prompts, captions, timestamps and
/// related-story markers. Every test looks at one whole line, so body sentences that merely mention these words stay.
enum Boilerplate {
    /// True for a line that is page furniture and never article body.
    static func isBoilerplate(_ line: String) -> Bool {
        // Every pattern below is for lines of at most 60 words: paragraphs longer than that are body.
        let words = TextCleanup.wordCount(line)
        if words > 60 { return false }
        let lower = line.lowercased()
        let key = self.key(lowercased: lower)
        if key.isEmpty { return true }
        // A bare count ("14", "1.2K"): claps, likes or comments beside a share bar.
        if key.count <= 6, key.first?.isNumber == true,
            key.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," || $0 == "k" || $0 == "m" })
        {
            return true
        }
        if exactLabels.contains(key) { return true }
        if words <= 40, prefixes.contains(where: { key.hasPrefix($0) }) { return true }
        if words <= 12, shortPrefixes.contains(where: { key.hasPrefix($0) }) { return true }
        if words <= 12, shortSuffixes.contains(where: { key.hasSuffix($0) }) { return true }
        if words <= 60, isPrompt(key) { return true }
        if words <= 25, isSocialPromo(key) || isBracketedLink(line, key: key) { return true }
        if words <= 30, isCommentsHeader(key) { return true }
        if words <= 45, isLabelledCaption(line) { return true }
        return isCaption(key: key, lower: lower) || isTimestamp(key)
    }

    /// "Stranded: Commuters wait at the north pier as the last boat fills up": the caption style of tabloid pages, a
    /// label of one to three words, a colon, then a description in sentence case of ten words or more with no full
    /// stop. Body sentences end in a stop; a headline such as "Bridge closure: Drivers face a detour for six months"
    /// is shorter, or in title case; an interview turn ("OKAFOR: As long as it takes.") has a capitalised name and a stop.
    private static func isLabelledCaption(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard let last = trimmed.last, last.isLetter || last.isNumber,
            let colon = trimmed.firstIndex(of: ":")
        else { return false }
        let label = trimmed[..<colon].split(separator: " ")
        guard (1...3).contains(label.count), let first = label.first?.first, first.isUppercase,
            label.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" } }),
            !label.joined().allSatisfy({ !$0.isLowercase })
        else { return false }
        let words = trimmed[trimmed.index(after: colon)...].split(separator: " ")
        guard words.count >= 10, words.first?.first?.isUppercase == true else { return false }
        let lowercase = words.dropFirst().filter { $0.first?.isLowercase == true }.count
        return lowercase * 2 >= words.count - 1
    }

    /// "Follow Ana Ruiz on Twitter", "Listen to the full episode on Apple Podcasts": a call to go elsewhere.
    private static func isSocialPromo(_ key: String) -> Bool {
        let networks = [
            "twitter", "facebook", "instagram", "tiktok", "threads", "bluesky", "linkedin", "youtube", "mastodon",
            " on x", "@",
        ]
        if key.hasPrefix("follow "), networks.contains(where: { key.includes($0) }) { return true }
        let players = ["podcast", "spotify", "apple", "soundcloud", "episode", "audible", "stitcher"]
        if key.hasPrefix("listen to ") || key.hasPrefix("listen on ") || key.hasPrefix("listen and subscribe"),
            players.contains(where: { key.includes($0) })
        {
            return true
        }
        return key.hasPrefix("sign up to ") || key.hasPrefix("sign up here") || key.hasPrefix("subscribe here")
    }

    /// "[Read more: Storm closes the harbour]", "(Related: …)": a whole line in brackets pointing to other pages.
    private static func isBracketedLink(_ line: String, key: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard let first = trimmed.first, let last = trimmed.last,
            first == "[" && last == "]" || first == "(" && last == ")"
        else { return false }
        return [
            "read", "related", "see ", "watch", "more ", "more:", "click", "also", "photos", "video", "listen",
            "subscribe",
            "sign up", "follow", "get ", "download", "opinion:", "previously",
        ].contains { key.hasPrefix($0) }
    }

    /// True for a line that announces a list of links to other stories ("Related stories", "Most read").
    static func isRelatedMarker(_ line: String) -> Bool {
        let key = self.key(line)
        return relatedMarkers.contains(key) || (TextCleanup.wordCount(line) <= 6 && key.hasPrefix("more from "))
    }

    /// True for a photo caption or credit line.
    static func isCaption(_ line: String) -> Bool {
        if TextCleanup.wordCount(line) > 60 { return false }
        let lower = line.lowercased()
        return isCaption(key: key(lowercased: lower), lower: lower)
    }

    private static func isCaption(key: String, lower: String) -> Bool {
        if captionPrefixes.contains(where: { key.hasPrefix($0) }) { return true }
        return captionMarkers.contains(where: { lower.includes($0) })
    }

    /// The line lowercased with surrounding symbols (bullets, arrows, colons) stripped.
    static func key(_ line: String) -> String { key(lowercased: line.lowercased()) }

    private static func key(lowercased lower: String) -> String {
        let scalars = lower.unicodeScalars
        guard let first = scalars.firstIndex(where: isKeyScalar), let last = scalars.lastIndex(where: isKeyScalar)
        else { return "" }
        return String(scalars[first...last])
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "©"
    }

    /// Live-blog and update stamps: "10.42 BST", "2h ago", "Updated 14:05", "3 minutes ago".
    private static func isTimestamp(_ key: String) -> Bool {
        if key.count > 40 { return false }
        if key.hasSuffix(" ago") || key == "just now" { return true }
        // "5 min", "12 mins", "3 minute listen": reading and listening times.
        let words = key.split(separator: " ")
        if (2...3).contains(words.count), words[0].allSatisfy(\.isNumber),
            ["min", "mins", "minute", "minutes"].contains(words[1])
        {
            return true
        }
        let stripped = key.hasPrefix("updated") ? String(key.dropFirst(7)) : key
        var digits = 0
        var separators = 0
        var letters = ""
        for character in stripped {
            if character.isNumber {
                digits += 1
            } else if character == ":" || character == "." {
                separators += 1
            } else if character.isLetter {
                letters.append(character)
            }
        }
        guard (3...4).contains(digits), separators == 1 else { return false }
        let zones = ["", "am", "pm", "bst", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "jst"]
        return zones.contains(letters)
    }

    /// "12 thoughts on “…”", "3 responses to …", "45 comments".
    private static func isCommentsHeader(_ key: String) -> Bool {
        let words = key.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, words[0].allSatisfy(\.isNumber) else { return false }
        return ["thoughts", "comments", "responses", "replies", "reactions"].contains(words[1])
    }

    /// Newsletter, app and subscription prompts: an imperative opening with a promotional noun.
    private static func isPrompt(_ key: String) -> Bool {
        guard promptOpenings.contains(where: { key.hasPrefix($0) }) else { return false }
        return promptNouns.contains(where: { key.includes($0) })
    }

    private static let exactLabels: Set<String> = [
        "connect with us", "share", "share this", "share this article", "share this story", "share article",
        "share on facebook", "share on twitter", "share on x", "share on linkedin", "share via email", "tweet",
        "email", "print", "copy link", "link copied", "advertisement", "advert", "ad", "ads", "sponsored",
        "sponsored content", "read more", "continue reading", "show more", "load more", "see more", "comments",
        "view comments", "show comments", "hide comments", "leave a comment", "add a comment", "post a comment",
        "follow us", "subscribe", "subscribe now", "sign up", "log in", "login", "sign in", "register", "menu",
        "search", "home", "skip to content", "skip to main content", "skip to navigation", "close", "accept",
        "accept all", "accept cookies", "accept all cookies", "reject all", "manage preferences", "cookie settings",
        "manage cookies", "back to top", "listen to this article", "listen", "save", "save article",
        "save for later", "gift this article", "most read", "most popular", "most viewed", "related",
        "related articles", "related stories", "related content", "related coverage", "more stories",
        "recommended", "recommended for you", "you may also like", "you might also like", "trending",
        "trending now", "topics", "tags", "key events", "show key events only", "live", "pinned", "pinned post",
        "updated", "facebook", "twitter", "x", "linkedin", "whatsapp", "reddit", "pinterest", "instagram",
        "youtube", "telegram", "newsletter", "newsletters", "more on this story", "top stories", "latest",
        "latest news", "loading", "next article", "previous article", "next", "previous", "reply", "report",
        "like", "comment", "show replies", "view all", "all rights reserved", "privacy policy", "terms of use",
        "terms of service", "contact us", "about us", "editor's picks", "editors picks", "watch",
        "watch live", "podcast", "podcasts", "sections", "more", "more news", "up next", "in this article",
        "jump to", "table of contents", "contents", "audio", "video", "gallery", "view gallery", "expand",
        "enlarge", "enlarge this image", "toggle caption", "hide caption", "image", "photo", "refresh",
        "please turn on javascript in your browser to get the best experience", "like this", "like loading",
        "leave a reply", "leave a comment", "purchase licensing rights", "licensing rights",
        "open in app", "write", "follow", "following", "ad feedback", "link copied!", "link copied", "live tv",
        "print subscriptions", "search jobs", "reuse this content", "explore more on these topics",
        "see more recommendations", "help", "status", "about",
    ]

    /// Openings of longer furniture lines (up to 40 words).
    private static let prefixes = [
        "we use cookies", "this site uses cookies", "this website uses cookies", "by continuing to use",
        "by using this site", "by using our site", "we and our partners", "cookies help us",
        "this article was originally published", "this story was originally published", "copyright ©", "© copyright",
        "©", "all rights reserved", "please enable javascript", "please turn on javascript", "javascript is disabled",
        "your browser does not support", "you must be logged in", "comments are closed", "comments have been closed",
        "join the conversation", "already a subscriber", "create a free account", "you have reached your",
        "you've reached your", "support our journalism", "support independent journalism", "enjoy reading",
        "we've noticed", "this content is provided by", "click here to", "download the app", "download our app",
        "get the app", "follow us on", "follow @", "like us on facebook", "sign up for", "subscribe to",
        "want more stories", "want to read more", "want to get", "never miss a", "don't miss a", "get our free",
        "get the latest", "get breaking news", "read more:", "read more »", "related:", "see also:", "also read:",
        "also read ", "read next:", "read also:", "watch:", "listen:", "recommended:", "more coverage:", "more:",
        "advertisement", "sponsored by", "this story is sponsored", "topics:", "tags:", "filed under", "share this:",
        "click to share", "skip advertisement", "story continues below", "article continues below",
        "continue reading below", "scroll to continue", "report an error", "corrections policy", "have a news tip",
        "got a news tip", "listen to this story", "listen to article", "reading time", "estimated reading time",
        "min read", "listen to this article", "enjoying this", "this article appears in", "this story appears in",
        "our standards:", "your email address will not be published", "required fields are marked", "that's all for",
        "that’s all for", "reply to this email", "view this email in your browser", "view in browser", "forwarded this",
        "unsubscribe", "update your preferences", "a version of this article", "older posts", "newer posts",
        "this article is more than", "this article is over",
    ]

    /// Openings that mark furniture only on short lines (up to 12 words).
    private static let shortPrefixes = [
        "published ", "last updated", "updated on", "updated at", "posted on", "posted at", "first published",
        "more from ", "more in ", "more on ", "more stories from", "see all", "view all", "show all", "related ",
        "photo gallery", "watch video", "watch the video", "video:", "audio:", "share on ", "posted by ",
    ]

    /// Endings that mark furniture only on short lines.
    private static let shortSuffixes = [
        " min read", " minute read", " minutes read", " mins read", " comments", " followers", " claps", " likes",
        " shares", " views",
    ]

    private static let relatedMarkers: Set<String> = [
        "related", "related articles", "related stories", "related content", "related coverage", "related reading",
        "related links", "more stories", "more on this story", "more on this topic", "most read", "most popular",
        "most viewed", "recommended", "recommended for you", "recommended stories", "you may also like",
        "you might also like", "trending", "trending now", "top stories", "latest", "latest news", "read more",
        "read next", "more news", "editor's picks", "editors picks", "up next", "further reading", "popular now",
        "what to read next", "more like this",
    ]

    private static let captionPrefixes = [
        "photo:", "photograph:", "photo by ", "photos:", "image:", "image credit", "credit:", "illustration:",
        "picture:", "pictured:", "file photo", "(photo", "(image", "top image:", "main image:", "above:",
        "featured image", "photo credit",
    ]

    private static let captionMarkers = [
        "getty images", "/getty", "| getty", "shutterstock", "/ reuters", "/reuters", "(ap photo", "ap photo/",
        "/afp", "afp via", "/ afp", "/ ap", "/epa", "epa-efe", "alamy", "pa media", "pa wire", "(photo:",
        "(photo by", "(image:", "(credit:", "photo illustration", "(file)", "[photo",
        "(reuters photo", "photograph by", " photo: ", " photograph: ", " illustration: ", " image: ", " credit: ",
        " photo credit: ",
    ]

    private static let promptOpenings = [
        "sign up", "subscribe", "get ", "want ", "don't miss", "don’t miss", "never miss", "join ", "enter your",
        "download ", "become a member", "unlock ", "register ", "stay informed", "stay up to date",
        "keep up with", "like this article", "enjoyed this", "enjoy this",
    ]

    private static let promptNouns = [
        "newsletter", "inbox", "subscri", "our app", "the app", "alerts", "free trial", "membership",
        "unlimited access", "email updates", "daily briefing",
    ]
}

extension StringProtocol {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else {
            return ""
        }
        return String(self[first...last])
    }
}
