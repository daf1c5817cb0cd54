import ArgumentParser

/// `podwright extract`: print the cleaned article.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the cleaned article body.")

    @Argument(help: "Article files, folders or URLs.")
    var articles: [String]

    func run() async throws {
        throw ValidationError("extract is not built yet")
    }
}
