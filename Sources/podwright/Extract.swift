import ArgumentParser
import Foundation
import PodwrightCore

/// `podwright extract`: print the cleaned article.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the cleaned article: its readable body, as Markdown, or as JSON.",
        discussion: """
            Reads scraped text, saved HTML pages, Markdown and http(s) URLs, detecting the format from the file \
            name and content. A folder stands for every .txt, .html, .htm, .md and .markdown file in it. With \
            several articles, text and Markdown outputs are separated by "==> NAME <==" lines and JSON is an array.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case auto, text, html, markdown

        var articleFormat: ArticleFormat? { ArticleFormat(rawValue: rawValue) }
    }

    @Argument(help: "Article files, folders or http(s) URLs.")
    var articles: [String]

    @Option(help: "Output: text (the body as read aloud), markdown, or json.")
    var format: OutputFormat = .text

    @Option(help: "Read the input as text, html or markdown instead of detecting it.")
    var inputFormat: InputFormat = .auto

    func validate() throws {
        if articles.isEmpty { throw ValidationError("Give at least one article file, folder or URL.") }
    }

    func run() async throws {
        let (locations, hadFolder) = try ArticleFiles.expand(articles)
        let read = try await ArticleReader.read(all: locations, format: inputFormat.articleFormat)
        // Everything is read before anything is printed, so a bad file leaves no partial output behind.
        let output: Data
        switch format {
        case .json:
            output = try ExtractedArticle.json(read.map(\.extracted), asArray: hadFolder) + Data("\n".utf8)
        case .text, .markdown:
            let texts = read.map { format == .text ? $0.body + "\n" : $0.markdown() }
            if texts.count == 1 {
                output = Data(texts[0].utf8)
            } else {
                let joined = zip(locations, texts).map { "==> \($0) <==\n\($1)" }.joined(separator: "\n")
                output = Data(joined.utf8)
            }
        }
        FileHandle.standardOutput.write(output)
    }
}
