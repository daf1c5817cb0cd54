import Foundation
import Testing

@testable import PodwrightCore

@Suite struct MarkdownReaderTests {
    @Test func headingsListsAndEmphasis() throws {
        let markdown = """
            ---
            title: "Tide tables, explained"
            author: Ana Ruiz
            date: 2025-05-02
            ---

            *By Ana Ruiz*

            Every harbour prints a **tide table**, and most people read it _wrong_. Here is how to read one \
            properly, with [the port's own guide](https://example.org/guide) as a companion.

            ![A tide gauge](gauge.jpg)

            ## What the numbers mean

            The table lists high and low water:

            - the *time* of each tide
            - its height in metres
            1. a numbered point

            > “Nobody reads the footnotes,” said the harbour master.

            ```
            code is not read aloud
            ```

            Closing words
            -------------

            Check the table before you `sail`, every time.
            """
        let article = try ArticleReader.read(data: Data(markdown.utf8), name: "tides.md")
        #expect(article.title == "Tide tables, explained")
        #expect(article.authors == ["Ana Ruiz"])
        #expect(article.date == "2025-05-02")
        #expect(article.sections.compactMap(\.title) == ["What the numbers mean", "Closing words"])
        let paragraphs = article.sections.flatMap(\.paragraphs)
        #expect(
            paragraphs.first?.text.hasPrefix("Every harbour prints a tide table, and most people read it wrong.")
                == true)
        #expect(paragraphs.first?.text.hasSuffix("with the port's own guide as a companion.") == true)
        #expect(
            paragraphs.filter(\.isListItem).map(\.text) == [
                "the time of each tide", "its height in metres", "a numbered point",
            ])
        #expect(paragraphs.contains { $0.text == "“Nobody reads the footnotes,” said the harbour master." })
        #expect(!article.body.contains("code is not read aloud"))
        #expect(!article.body.contains("*") && !article.body.contains("`") && !article.body.contains("]("))
        #expect(paragraphs.last?.text == "Check the table before you sail, every time.")
    }

    @Test func firstHashHeadingIsTheTitleWithoutFrontMatter() throws {
        let markdown =
            "# Night ferries return\n\nBy Tom Lee | June 3, 2025\n\nThe night ferries are back on "
            + "the northern route after four years, and the first sailing left on time.\n\n## Fares\n\nFares start "
            + "at twelve euros for a seat.\n"
        let article = try ArticleReader.read(data: Data(markdown.utf8), name: "notes")
        #expect(article.title == "Night ferries return")
        #expect(article.authors == ["Tom Lee"])
        #expect(article.date == "2025-06-03")
        #expect(article.sections.map(\.title) == [nil, "Fares"])
    }
}
