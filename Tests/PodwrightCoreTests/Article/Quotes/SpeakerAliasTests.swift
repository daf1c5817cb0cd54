import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// The aliases a speaker gets are ways the article names them, never a phrase that only makes sense next to a pronoun.
@Suite struct SpeakerAliasTests {
    static func speakers(_ texts: [String]) -> [(name: String, aliases: [String])] {
        QuoteFinder.analyse(QuoteFinderTests.article(texts)).speakers.map { ($0.name, $0.aliases) }
    }

    static let pronouns: Set<String> = ["he", "she", "him", "his", "her", "they", "them", "their", "its", "my", "our"]

    static func hasPronoun(_ alias: String) -> Bool {
        alias.lowercased().split(separator: " ").contains { pronouns.contains(String($0)) }
    }

    @Test func aPhraseEndingInHisMindIsNoAppositive() throws {
        let speakers = Self.speakers([
            "With the prevention of another catastrophe uppermost in his mind, Shinzo Abe has ordered a review of "
                + "Japan’s defence capabilities.",
            "“We cannot wait for the next test,” Mr. Abe said.",
        ])
        let abe = try #require(speakers.first { $0.name == "Shinzo Abe" })
        #expect(!abe.aliases.contains("his mind"), "\(abe.aliases)")
        #expect(abe.aliases.allSatisfy { !Self.hasPronoun($0) }, "\(abe.aliases)")
    }

    @Test func aPossessiveDescriptionOpeningItsSentenceStillNamesThePerson() throws {
        let speakers = Self.speakers([
            "His flatmate, Tom Reid, found the letter on the mat.",
            "“It had been opened already,” Reid said.",
        ])
        #expect(speakers.contains { $0.name == "Tom Reid" })
    }

    @Test func descriptionsWithPronounsAreNotAliases() throws {
        let speakers = Self.speakers([
            "Ewan MacLeod kept the light at Stoer Head for thirty years.",
            "His wife, Morag MacLeod, ran the post office below the tower.",
            "“He talks to the seals more than to me,” his wife said.",
        ])
        let morag = try #require(speakers.first { $0.name == "Morag MacLeod" }, "\(speakers)")
        #expect(morag.aliases.allSatisfy { !Self.hasPronoun($0) }, "\(morag.aliases)")
        #expect(speakers.allSatisfy { $0.aliases.allSatisfy { !Self.hasPronoun($0) } }, "\(speakers)")
    }

    @Test(.enabled(if: Repository.hasShared, Repository.sharedSkipMessage)) func sampleSpeakersHaveNoPronounAliases()
        throws
    {
        let sample = try #require(try QuoteFixture.sample(reader: true))
        let speakers = QuoteFinder.analyse(sample.article).speakers
        let abe = try #require(speakers.first { $0.name == "Shinzo Abe" })
        #expect(!abe.aliases.contains("his mind"))
        for speaker in speakers { #expect(speaker.aliases.allSatisfy { !Self.hasPronoun($0) }, "\(speaker.aliases)") }
    }
}
