import Foundation

/// Finds the author bio and production credits at the end of an article, which go to the credits, not the body.
enum CreditsFinder {
    /// Removes the trailing bio and credit paragraphs from `blocks` and returns their text, in order.
    /// - Parameters:
    ///   - blocks: The body; credit paragraphs at the end (and an "About the author" heading) are removed.
    ///   - authors: The byline's names: a closing paragraph that starts with one of them is a bio.
    static func takeCredits(from blocks: inout [ArticleDraft.Block], authors: [String]) -> [String] {
        var credits: [String] = []
        while let last = blocks.last, last.kind != .heading || isAboutTheAuthor(last.text) {
            if last.kind == .paragraph, isCredit(last.text, authors: authors) {
                credits.insert(last.text, at: 0)
                blocks.removeLast()
            } else if isAboutTheAuthor(last.text) {
                blocks.removeLast()
                if credits.isEmpty { break }
            } else {
                break
            }
        }
        return credits
    }

    /// True for a production credit line ("Reporting by …", "(Editing by …)"), whoever wrote the article.
    static func isCreditLine(_ text: String) -> Bool {
        let lower = String(text.lowercased().drop(while: { "([—–-* ".contains($0) }))
        return TextCleanup.wordCount(text) <= 40 && creditOpenings.contains(where: { lower.hasPrefix($0) })
    }

    /// True for a bio ("Ana Ruiz is a reporter…") or a credit line ("Reporting by …").
    static func isCredit(_ text: String, authors: [String]) -> Bool {
        // "(Reporting by …)" and "— Reporting by …" are credits too.
        let lower = String(text.lowercased().drop(while: { "([—–-* ".contains($0) }))
        if creditOpenings.contains(where: { lower.hasPrefix($0) }) { return true }
        if TextCleanup.wordCount(text) <= 30,
            ["contributed to this report", "contributed reporting", "contributed to this article"].contains(where: {
                lower.includes($0)
            })
        {
            return true
        }
        for author in authors {
            let surname = author.split(separator: " ").last.map(String.init) ?? author
            for name in [author, surname] where text.hasPrefix(name) {
                let rest = text.dropFirst(name.count).lowercased()
                if bioVerbs.contains(where: { rest.hasPrefix($0) }) { return true }
            }
        }
        return authors.isEmpty && looksLikeBio(text)
    }

    /// "Name Surname is a freelance journalist…" when the byline did not name anyone.
    private static func looksLikeBio(_ text: String) -> Bool {
        guard TextCleanup.wordCount(text) <= 120 else { return false }
        for verb in [" is a ", " is an ", " is the ", " was a ", " writes ", " covers "] {
            guard let range = text.byteRange(of: verb) else { continue }
            let subject = String(text[..<range.lowerBound])
            guard Byline.isName(subject) else { continue }
            let rest = text[range.upperBound...].lowercased()
            return roleWords.contains(where: { rest.includes($0) })
        }
        return false
    }

    static func isAboutTheAuthor(_ text: String) -> Bool {
        let key = Boilerplate.key(text)
        return key == "about the author" || key == "about the authors" || key == "the author"
    }

    private static let creditOpenings = [
        "reporting by", "additional reporting by", "additional reporting from", "editing by", "edited by",
        "written by", "with reporting by", "with files from", "this story was reported", "this article was reported",
        "this story was produced", "this article was produced", "about the author:", "— reporting",
        "graphics by", "research by", "fact-checking by", "illustrations by", "produced by", "contributing:",
        "contributing to this report", "contributing reporting", "contributors:",
    ]

    private static let bioVerbs = [
        " is a", " is an", " is the", " was a", " was the", " writes", " covers", " has been", " has written",
        " reports", ", a ", ", an ", ", the ", " is senior", " is chief", " is deputy", " is our", " is one",
    ]

    private static let roleWords = [
        "journalist", "writer", "reporter", "correspondent", "editor", "contributor", "columnist", "author",
        "professor", "researcher", "fellow", "producer", "analyst", "critic", "photographer", "freelance",
    ]
}
