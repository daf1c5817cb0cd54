import Foundation
import PodwrightCore
import Testing

/// The RSS guid: one episode keeps one guid whenever its notes are written, so podcast apps never list it twice.
@Suite struct ExportGuidTests {
    static func notes(_ episode: Episode, date: Date, guid: String? = nil) throws -> EpisodeNotes {
        try EpisodeNotes(
            episode: episode, timeline: ExportFixture.timeline(for: episode),
            publication: Publication(date: date, guid: guid, audio: .init(fileName: "episode.mp3", byteCount: 1)))
    }

    static func guid(in notes: EpisodeNotes) throws -> String? {
        try XMLReader.elements(XMLReader.read(RSSItem.render(notes)), named: "guid").first?["text"] as? String
    }

    /// An undated article is published "now": a run on another day must give the same guid.
    @Test func theDefaultGuidDoesNotChangeWithTheRunDate() throws {
        var episode = ExportFixture.episode()
        episode.date = nil
        let today = try Self.notes(episode, date: ExportFixture.date)
        let nextWeek = try Self.notes(episode, date: ExportFixture.date.addingTimeInterval(7 * 86_400))
        #expect(today.guid == nextWeek.guid)
        #expect(try Self.guid(in: today) == Self.guid(in: nextWeek))
        #expect(today.guid.hasPrefix("podwright:harbour-lines:episode-12-the-night-ferry-the-tide-tables:"))
    }

    @Test func theDefaultGuidTellsEpisodesApartByShowTitleAndSource() throws {
        let base = ExportFixture.episode()
        var otherSource = base
        otherSource.source = "https://example.org/news/night-ferry-part-2"
        var otherShow = base
        otherShow.show.name = "Harbour Lines Weekly"
        var otherTitle = base
        otherTitle.title += " (part 2)"
        let guids = try [base, otherSource, otherShow, otherTitle].map {
            try Self.notes($0, date: ExportFixture.date).guid
        }
        #expect(Set(guids).count == 4)
    }

    /// A local source names no folder in the feed, and moving the episode folder keeps the guid.
    @Test func aLocalSourceIsNotInTheGuidAndItsFolderDoesNotCount() throws {
        var episode = ExportFixture.episode()
        episode.source = "/home/mara/drafts/night-ferry/article.txt"
        let here = try Self.notes(episode, date: ExportFixture.date).guid
        episode.source = "/srv/newsroom/night-ferry/article.txt"
        let there = try Self.notes(episode, date: ExportFixture.date).guid
        #expect(here == there)
        #expect(!here.contains("/") && !here.contains("mara"))
    }

    @Test func aLongTitleIsCutAtAWordInTheGuid() throws {
        var episode = ExportFixture.episode()
        episode.title = "The night train is coming back to the Aldern Valley. Can it save the towns along the line?"
        let guid = try Self.notes(episode, date: ExportFixture.date).guid
        #expect(guid.contains(":the-night-train-is-coming-back-to-the-aldern-valley-can-it-save-the-towns-along:"))
    }

    @Test func aGivenGuidWins() throws {
        let notes = try Self.notes(ExportFixture.episode(), date: ExportFixture.date, guid: "harbour-lines-ep12")
        #expect(notes.guid == "harbour-lines-ep12")
        #expect(try Self.guid(in: notes) == "harbour-lines-ep12")
    }
}
