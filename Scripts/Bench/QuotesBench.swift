import Foundation

// Times QuoteFinder.analyse on articles given as plain text (paragraphs separated by blank lines), optimised build.
// Built and run by Scripts/bench-quotes; not part of the package.

func article(fromFile path: String) throws -> Article {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var body = ""
    var paragraphs: [Paragraph] = []
    for line in text.components(separatedBy: .newlines) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { continue }
        if !body.isEmpty { body += "\n\n" }
        let start = body.unicodeScalars.count
        body += trimmed
        paragraphs.append(Paragraph(text: trimmed, range: TextRange(start: start, end: body.unicodeScalars.count)))
    }
    return Article(title: "", sections: [ArticleSection(title: nil, paragraphs: paragraphs)], body: body)
}

@main
struct QuotesBench {
    static func main() throws {
        let paths = Array(CommandLine.arguments.dropFirst())
        let rounds = 200
        var totalCharacters = 0
        var totalSeconds = 0.0
        for path in paths {
            let a = try article(fromFile: path)
            var spans = 0
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                for _ in 0..<rounds { spans = QuoteFinder.analyse(a).spans.count }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let perArticle = seconds / Double(rounds)
            let characters = a.body.unicodeScalars.count
            totalCharacters += characters
            totalSeconds += perArticle
            print(
                String(
                    format: "%6d chars %3d spans %7.3f ms  %@", characters, spans, perArticle * 1000,
                    (path as NSString).lastPathComponent))
        }
        print(
            String(
                format: "%d articles, %d chars: %.3f ms per 6,000 characters", paths.count, totalCharacters,
                totalSeconds / Double(totalCharacters) * 6000 * 1000))
    }
}
