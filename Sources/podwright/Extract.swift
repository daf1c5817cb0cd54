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
            several articles, text and Markdown outputs are separated by "==> NAME <==" lines and JSON is an array. \
            A file that cannot be read gets an error line of its own; the others are still printed, and the exit \
            status is 1.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: "Article files, folders or http(s) URLs.")
    var articles: [String]

    @Option(help: "Output: text (the body as read aloud), markdown, or json.")
    var format: OutputFormat = .text

    @Option(help: "Read the input as text, html or markdown instead of detecting it.")
    var inputFormat: ArticleInputFormat = .auto

    func validate() throws {
        if articles.isEmpty { throw ValidationError("Give at least one article file, folder or URL.") }
    }

    func run() async throws {
        let (locations, hadFolder) = try ArticleFiles.expand(articles)
        let results = await ArticleReader.read(each: locations, format: inputFormat.articleFormat)
        // One bad file in a folder of a thousand costs only itself: the others are printed, it gets an error line.
        var read: [(location: String, article: Article)] = []
        var failures: [ArticleError] = []
        for (location, result) in zip(locations, results) {
            switch result {
            case .success(let article): read.append((location, article))
            case .failure(let error): failures.append(error)
            }
        }
        let several = locations.count > 1
        var output = Data()
        if !read.isEmpty {
            switch format {
            case .json:
                output =
                    try ExtractedArticle.json(read.map(\.article.extracted), asArray: hadFolder || several)
                    + Data("\n".utf8)
            case .text, .markdown:
                let texts = read.map { format == .text ? $0.article.body + "\n" : $0.article.markdown() }
                let joined =
                    several
                    ? zip(read, texts).map { "==> \($0.location) <==\n\($1)" }.joined(separator: "\n") : texts[0]
                output = Data(joined.utf8)
            }
        }
        FileHandle.standardOutput.write(output)
        guard failures.isEmpty else {
            FileHandle.standardError.write(Data(failures.map { "Error: \($0)\n" }.joined().utf8))
            throw ExitCode.failure
        }
    }
}
