import Foundation
import Testing

@testable import PodwrightCore

/// Lines scraped text carries around the body: social and podcast promos, bracketed link lines, contributor lines.
@Suite struct ScrapedLinesTests {
    static let body = [
        "The harbour board voted on Thursday to dredge the east channel, ending a two-year argument over the cost.",
        "Work starts in March and should take eleven weeks, the board's engineer told the meeting.",
    ]

    /// The tabloid caption "Label: a description with no stop" goes; a headline of the same shape stays the title.
    @Test func labelledCaptionsGoAndAColonHeadlineStays() throws {
        let text = """
            Dredging plan: Harbour board backs the east channel

            \(Self.body[0])

            Mud and more: Diggers wait at the east quay on Thursday as the board's vote is read out to the crowd

            \(Self.body[1])
            """
        let article = try ArticleReader.read(data: Data(text.utf8), name: "harbour.txt")
        #expect(article.title == "Dredging plan: Harbour board backs the east channel")
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == Self.body)
    }

    /// A pull quote that repeats a short quote paragraph, as pages set them beside the text, is read once.
    @Test func aPullQuoteRepeatingAShortQuoteParagraphIsReadOnce() throws {
        let quote = "\"We will dig until the channel is deep enough for the ferry,\" said the engineer, Ada Quist."
        let text = """
            Harbour board approves dredging

            \(Self.body[0])

            \(quote)

            "We will dig until the channel is deep enough for the ferry."

            \(Self.body[1])
            """
        let article = try ArticleReader.read(data: Data(text.utf8), name: "harbour.txt")
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == [Self.body[0], quote, Self.body[1]])
    }

    @Test func promosAndLinkLinesAreDroppedAndContributorsCredited() throws {
        let text = """
            Harbour board approves dredging

            \(Self.body[0])

            [Read more: Ferry fares to rise in spring]

            Follow Nell Archer on Twitter @nellarcher

            \(Self.body[1])

            Listen to the full episode on Apple Podcasts or Spotify.

            Contributing: Tom Baird in Port Ellis
            """
        let article = try ArticleReader.read(data: Data(text.utf8), name: "harbour.txt")
        #expect(article.sections.flatMap(\.paragraphs).map(\.text) == Self.body)
        #expect(article.credits.contains("Contributing: Tom Baird in Port Ellis"))
    }

    @Test func bodySentencesThatMentionTheseWordsStay() throws {
        let lines = [
            "Follow the river north and the channel narrows to a few metres at low tide, pilots say.",
            "(The board had rejected the plan twice before, in 2021 and again last spring.)",
        ]
        for line in lines { #expect(!Boilerplate.isBoilerplate(line), "\(line)") }
    }
}
