import Foundation

/// Reads bylines, names and dates in the lines around a headline.
enum Byline {
    /// The author names in a byline line ("By Ana Ruiz and Tom Lee | 3 June 2025"), or `nil` when the line is
    /// not a byline. A line of bare names counts too ("Duncan Bartlett").
    static func authors(in line: String) -> [String]? {
        // Bylines are short; most lines tested are paragraphs, so answer those at once.
        guard TextCleanup.wordCount(line) <= 24 else { return nil }
        var text = Substring(line.trimmingSpaces())
        var hasMarker = false
        for marker in ["by ", "written by ", "words by ", "story by ", "author: ", "authors: ", "by: "]
        where text.lowercased().hasPrefix(marker) {
            text = text.dropFirst(marker.count)
            hasMarker = true
            break
        }
        // "Posted on June 3, 2025 by Ana Ruiz": the names follow the last "by".
        if !hasMarker, let by = text.byteRange(of: " by ", backwards: true) {
            let before = text[..<by.lowerBound].lowercased()
            if before.hasPrefix("posted") || before.hasPrefix("published") || date(in: String(before)) != nil {
                text = text[by.upperBound...]
                hasMarker = true
            }
        }
        // "By Ana Ruiz on May 22, 2025": the date after "on" is not part of the names.
        if hasMarker, let on = text.byteRange(of: " on ", backwards: true),
            date(in: String(text[on.upperBound...])) != nil
        {
            text = text[..<on.lowerBound]
        }
        // "Amira Haddad Transport correspondent": a name, then the writer's role.
        if !hasMarker, let name = nameBeforeRole(text) { return [name] }
        let segment = firstSegment(of: text)
        var names: [String] = []
        for part in splitNames(segment) {
            let name = part.trimmingSpaces()
            guard isName(name) else {
                // A role or place after the names ("Staff Writer", "in Tokyo") ends the list.
                if hasMarker, !names.isEmpty { break }
                return nil
            }
            names.append(name)
        }
        if names.isEmpty { return nil }
        // Without "By", only a line that is nothing but names counts, so a short heading is not taken for one.
        if !hasMarker, segment.count != text.count { return nil }
        return names
    }

    /// The name in "Ana Ruiz Political editor" or "Ana Ruiz, Staff Writer".
    private static func nameBeforeRole(_ text: Substring) -> String? {
        let words = text.split(separator: " ")
        guard (3...8).contains(words.count) else { return nil }
        for cut in 2...min(4, words.count - 1) {
            let role = words[cut...].joined(separator: " ").lowercased()
            guard roleWords.contains(where: { role.includes($0) }) else { continue }
            var name = words[..<cut].joined(separator: " ")
            if name.hasSuffix(",") { name.removeLast() }
            if isName(name) { return name }
        }
        return nil
    }

    private static let roleWords = [
        "correspondent", "editor", "reporter", "writer", "columnist", "critic", "contributor", "journalist",
        "producer", "analyst",
    ]

    /// True for something shaped like a person's name: two to five capitalised words, no digits.
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), text.count <= 48 else { return false }
        var capitalised = 0
        for word in words {
            if nameParticles.contains(word.lowercased()) { continue }
            guard let first = word.first, first.isUppercase else { return false }
            if word.contains(where: { $0.isNumber || "&@/:;!?".contains($0) }) { return false }
            if word.hasSuffix("’s") || word.hasSuffix("'s") { return false }
            if notNameWords.contains(word.lowercased()) { return false }
            capitalised += 1
        }
        return capitalised >= 2
    }

    /// The date in a short line ("June 3, 2025", "Updated 3 Jun 2025 14:05 BST", "2025-06-03"), or `nil`.
    static func date(in line: String) -> String? {
        guard TextCleanup.wordCount(line) <= 14, line.contains(where: \.isNumber) else { return nil }
        var text = Substring(line.trimmingSpaces())
        for label in [
            "published:", "published on", "published", "updated:", "updated on", "updated", "posted on",
            "posted", "date:", "first published on", "first published",
        ]
        where text.lowercased().hasPrefix(label) {
            text = text.dropFirst(label.count)
            break
        }
        // "June 3, 2025 6:14 PM Updated 2 hours ago": the update note is not the date.
        for marker in [" updated", " Updated", " UPDATED"] {
            if let updated = text.byteRange(of: marker) { text = text[..<updated.lowerBound] }
        }
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter })
        let isMonth = { (word: Substring) in months.contains { $0 == word || (word.count >= 3 && $0.hasPrefix(word)) } }
        guard words.contains(where: isMonth) || hasNumericDatePattern(lower) else { return nil }
        // A date line is made of date words; a sentence that mentions a date ("What changes on 1 July?") is not.
        let others = words.filter { !isMonth($0) && !dateWords.contains(String($0)) }
        guard others.count <= 1 else { return nil }
        let result = text.trimmingSpaces()
        return result.isEmpty ? nil : result
    }

    private static let dateWords: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "am", "pm", "a", "p", "m", "gmt", "bst", "utc", "et", "est",
        "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "cet", "cest", "jst", "ist", "aest", "at", "on", "the", "of",
        "st", "nd", "rd", "th", "issue", "edition", "last", "first", "published", "updated", "posted", "date",
    ]

    private static func hasNumericDatePattern(_ text: String) -> Bool {
        // 2025-06-03, 03/06/2025, 3.6.2025: three digit groups joined by one separator kind.
        for separator in ["-", "/", "."] {
            let groups = text.split(whereSeparator: { !$0.isNumber && String($0) != separator })
            for group in groups {
                let parts = group.split(separator: Character(separator))
                if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
                    parts.contains(where: { $0.count == 4 })
                {
                    return true
                }
            }
        }
        return false
    }

    private static func firstSegment(of text: Substring) -> Substring {
        let separators: [String] = [" | ", " · ", " • ", " — ", " – ", " - ", "|", "·", "•"]
        var end = text.endIndex
        for separator in separators {
            if let range = text.byteRange(of: separator), range.lowerBound < end { end = range.lowerBound }
        }
        return text[..<end]
    }

    private static func splitNames(_ text: Substring) -> [String] {
        var parts = [String(text)]
        for separator in [", and ", " and ", " & ", ", "] {
            parts = parts.flatMap { $0.pieces(separatedBy: separator) }
        }
        return parts.filter { !$0.trimmingSpaces().isEmpty }
    }

    private static let nameParticles: Set<String> = [
        "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "bin", "al", "ibn", "dos", "du",
        "jr.", "jr", "sr.", "iii", "y",
    ]

    private static let notNameWords: Set<String> = [
        "the", "a", "an", "of", "in", "on", "for", "to", "with", "at", "news", "live", "updated", "share", "politics",
        "world", "business", "opinion", "analysis", "sport", "sports", "security", "economy", "science", "culture",
        "home", "read", "more", "staff", "writer", "editor", "reporter", "correspondent", "contributor", "press",
        "associated", "reuters", "agency", "desk", "team", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "advertisement", "subscribe", "comments", "related", "video",
        "photo", "photos", "minute", "minutes", "min", "issues", "concern", "support", "agenda", "threat", "under",
        "why", "what", "how", "who", "when", "where", "is", "are", "was", "new", "first", "last", "next", "after",
        "before", "day", "week", "year", "plan", "state", "city", "party", "government", "war", "peace", "trade",
        "herald", "times", "post", "journal", "gazette", "tribune", "chronicle", "daily", "review", "observer",
        "guardian", "courier", "telegraph", "standard", "express", "mirror", "magazine", "today", "online", "network",
        "media", "wire", "bureau", "weekly", "digest", "bulletin", "ledger", "sentinel", "examiner", "dispatch",
    ]

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "sept",
    ]
}
