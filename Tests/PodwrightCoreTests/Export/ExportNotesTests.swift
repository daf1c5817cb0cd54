import Foundation
import PodwrightCore
import Testing

/// What the notes promise, checked on the fixture and on hostile variants of it.
@Suite struct ExportNotesTests {
    static let hostileTitle = "<script>alert(\"pwned\")</script> Tom & Jerry's “Épisode” with Moon Jae-in"
    static let longTitle = String(repeating: "A very long title about harbours, tides & timetables. ", count: 12)

    /// The page loads nothing from the network: no external scripts, styles, fonts or images.
    @Test func theEpisodePageIsSelfContained() throws {
        let notes = try ExportFixture.notes()
        let page = EpisodePage.render(notes, peaks: ExportFixture.peaks(for: notes.timeline))
        for pattern in ["src=\"http", "href=\"http", "@import", "url(", "<link", "<img", "<iframe"] {
            #expect(!page.contains(pattern), "\(pattern)")
        }
        #expect(page.contains("<audio id=\"audio\" controls preload=\"metadata\" src=\"episode.mp3\">"))
        #expect(page.contains("<track kind=\"captions\" src=\"transcript.vtt\""))
        #expect(page.components(separatedBy: "data-chapter-start=").count == notes.chapters.count + 1)
        #expect(page.components(separatedBy: "class=\"line\" data-start=").count == notes.cues.count + 1)
    }

    @Test func transcriptCuesCoverEachSegmentExactlyAndInOrder() throws {
        let notes = try ExportFixture.notes()
        for (segment, timing) in notes.placedSegments {
            let cues = notes.cues.filter { $0.segment == segment.id }
            try #require(!cues.isEmpty)
            #expect(cues.first?.start == timing.start)
            #expect(cues.last?.end == timing.end)
            #expect(zip(cues, cues.dropFirst()).allSatisfy { $0.end == $1.start && $0.start < $0.end })
            #expect(cues.map(\.text).joined(separator: " ") == segment.text)
            #expect(cues.allSatisfy { $0.speaker == notes.speakerName(segment.speaker) })
        }
    }

    @Test func webVTTIsWellFormed() throws {
        let vtt = WebVTT.render(try ExportFixture.notes())
        let blocks = vtt.components(separatedBy: "\n\n")
        #expect(blocks.first == "WEBVTT")
        var previousEnd = 0.0
        for block in blocks.dropFirst() {
            let lines = block.split(separator: "\n").map(String.init)
            try #require(lines.count >= 3, "a cue has an id, a timing line and text: \(block)")
            let times = lines[1].components(separatedBy: " --> ")
            try #require(times.count == 2)
            let start = try #require(Self.seconds(times[0]))
            let end = try #require(Self.seconds(times[1]))
            #expect(start >= previousEnd - 0.0005 && end > start)
            previousEnd = end
            #expect(lines[2].hasPrefix("<v ") && lines.last?.hasSuffix("</v>") == true)
            // Cue-internal word timestamps (`<00:00:01.911>`) are markup, not caption text.
            let text = lines[2...].joined(separator: "\n").replacingOccurrences(of: "</v>", with: "")
                .replacingOccurrences(of: "<[0-9:.]+>", with: "", options: .regularExpression)
            let spoken = text.components(separatedBy: ">").dropFirst().joined(separator: ">")
            for line in spoken.split(separator: "\n") { #expect(line.count <= 42 || !line.contains(" ")) }
            #expect(!block.dropFirst().contains("-->") || lines[1].contains("-->"))
        }
    }

    @Test func chaptersStartAtZeroAndEndWhereTheNextBegins() throws {
        let episode = ExportFixture.episode()
        var timeline = ExportFixture.timeline(for: episode)
        timeline.chapters[0] = Chapter(id: "intro", title: "x", startSample: 4_800, sampleRate: timeline.sampleRate)
        let notes = try EpisodeNotes(
            episode: episode, timeline: timeline,
            publication: Publication(date: ExportFixture.date, audio: .init(fileName: "episode.mp3", byteCount: 1)))
        #expect(notes.chapters.first?.start == 0)
        #expect(notes.chapters.first?.title == episode.title)
        #expect(zip(notes.chapters, notes.chapters.dropFirst()).allSatisfy { $0.end == $1.start })
        #expect(notes.chapters.last?.end == timeline.durationSeconds)
        let json = try JSONSerialization.jsonObject(with: Data(ChaptersJSON.render(notes).utf8)) as? [String: Any]
        #expect(json?["version"] as? String == "1.2.0")
        let chapters = try #require(json?["chapters"] as? [[String: Any]])
        #expect(
            chapters.map { $0["startTime"] as? Double }
                == notes.chapters.map { Double(Timecode.milliseconds($0.start)) / 1000 })
        #expect(ShowNotesMarkdown.render(notes).contains("- 00:00:00 "))
    }

    @Test func summaryIsTheArticlesOwnWords() throws {
        let notes = try ExportFixture.notes()
        try #require(!notes.summary.isEmpty)
        let read = notes.episode.segments.filter { $0.kind == .narration || $0.kind == .quote }.map(\.text)
            .joined(separator: " ")
        for paragraph in notes.summary { #expect(read.contains(paragraph)) }
        #expect(notes.summary.first?.hasPrefix("Every night at ten") == true)
    }

    @Test func peopleHeardAndMentioned() throws {
        let notes = try ExportFixture.notes()
        #expect(notes.peopleHeard.map(\.name) == ["Alex Reed", "Élodie Marchand", "A harbour official"])
        #expect(notes.peopleMentioned.map(\.name) == ["Jonas Berg"])
        #expect(notes.notableQuotes.map(\.speaker) == ["Élodie Marchand", "A harbour official"])
        let quoteStart = try #require(notes.placedSegments.first { $0.segment.id == "s1-p2-q1" }?.timing.start)
        #expect(notes.notableQuotes.first?.start == quoteStart)
    }

    @Test func rssItemIsWellFormedWithItsNamespaces() throws {
        let notes = try ExportFixture.notes()
        let item = try XMLReader.read(RSSItem.render(notes))
        #expect(item["root"] as? String == "item")
        let itunes = RSSItem.itunesNamespace
        let podcast = RSSItem.podcastNamespace
        #expect(XMLReader.elements(item, named: "itunes:duration").first?["namespace"] as? String == itunes)
        #expect(XMLReader.elements(item, named: "itunes:duration").first?["text"] as? String == "24")
        #expect(XMLReader.elements(item, named: "itunes:episodeType").first?["text"] as? String == "full")
        let transcripts = XMLReader.elements(item, named: "podcast:transcript")
        #expect(transcripts.count == 3 && transcripts.allSatisfy { $0["namespace"] as? String == podcast })
        #expect(
            Set(transcripts.compactMap { ($0["attributes"] as? [String: String])?["type"] })
                == ["text/vtt", "application/x-subrip", "application/json"])
        let enclosure = try #require(
            XMLReader.elements(item, named: "enclosure").first?["attributes"] as? [String: String])
        #expect(
            enclosure == [
                "url": "https://example.org/harbour-lines/ep12/episode.mp3", "length": "391234", "type": "audio/mpeg",
            ])
        #expect(
            XMLReader.elements(item, named: "pubDate").first?["text"] as? String == "Sun, 29 Nov 2026 06:00:00 +0000")
        // The makers only, with their taxonomy roles: the author and the narrator; the people quoted are no guests.
        let people = XMLReader.elements(item, named: "podcast:person").map { element in
            let attributes = element["attributes"] as? [String: String] ?? [:]
            return "\(attributes["group"] ?? "")/\(attributes["role"] ?? ""): \(element["text"] as? String ?? "")"
        }
        #expect(people == ["writing/author: Mara Okafor", "cast/narrator: Alex Reed"], "\(people)")
        #expect(XMLReader.elements(item, named: "podcast:soundbite").count == 1)
        #expect(XMLReader.elements(item, named: "podcast:chapters").count == 1)
        let description = try #require(XMLReader.elements(item, named: "description").first?["text"] as? String)
        #expect(description.utf8.count <= 4000 && description.contains("00:00:00 Épisode 12"))
    }

    @Test(arguments: [hostileTitle, longTitle])
    func hostileTitlesAreEscapedEverywhere(_ title: String) throws {
        let notes = try ExportFixture.notes(episode: ExportFixture.episode(title: title))
        let page = EpisodePage.render(notes, peaks: nil)
        #expect(page.components(separatedBy: "<script").count == 3, "only the page's own two script elements")
        #expect(!ShowNotesHTML.render(notes).contains("<script"))
        #expect(!ShowNotesMarkdown.render(notes).contains("<script"))
        #expect(!WebVTT.render(notes).contains("<script"))
        let item = try XMLReader.read(RSSItem.render(notes))
        #expect(XMLReader.elements(item, named: "title").first?["text"] as? String == title.singleLine)
        let description = try #require(XMLReader.elements(item, named: "description").first?["text"] as? String)
        #expect(description.utf8.count <= 4000 && !description.contains("<script"))
        let chapters = try JSONSerialization.jsonObject(with: Data(ChaptersJSON.render(notes).utf8)) as? [String: Any]
        #expect(chapters?["title"] as? String == title.singleLine)
        #expect(
            (try XMLReader.elements(XMLReader.read(RSSItem.render(notes)), named: "podcast:soundbite").first?["text"]
                as? String)?.count ?? 0 <= 128)
    }

    @Test func descriptionFitsEvenWithHundredsOfChapters() throws {
        let sections = (0..<300).map { Section(id: "s\($0)", title: "Chapter \($0): \(Self.longTitle.prefix(60))") }
        var episode = ExportFixture.episode(title: Self.longTitle)
        episode.sections = sections
        episode.segments = (0..<300).map {
            Segment(
                id: "p\($0)", section: "s\($0)", speaker: "narrator", kind: .narration, text: "Words \($0).",
                estimatedSeconds: 1)
        }
        let notes = try ExportFixture.notes(episode: episode)
        #expect(RSSItem.description(notes).utf8.count <= RSSItem.descriptionLimit)
        _ = try XMLReader.read(RSSItem.render(notes))
    }

    @Test func aSingleSectionEpisodeHasOneChapterFromZeroToTheEnd() throws {
        let notes = try ExportFixture.notes(
            episode: ExportFixture.episode(sections: [Section(id: "s1", title: "Whole")]))
        #expect(notes.chapters.count == 1)
        #expect(notes.chapters.first.map { ($0.start, $0.end) } ?? (1, 1) == (0, notes.duration))
        #expect(EpisodePage.render(notes, peaks: nil).components(separatedBy: "data-chapter-start=").count == 2)
        #expect(AudacityLabels.render(notes).split(separator: "\n").count == notes.placedSegments.count + 1)
    }

    @Test func staleTimingNamesTheSegmentsAndTheFix() throws {
        let episode = ExportFixture.episode()
        var timeline = ExportFixture.timeline(for: episode)
        timeline.segments.removeLast()
        timeline.segments[0].id = "old-id"
        let publication = Publication(date: ExportFixture.date, audio: .init(fileName: "episode.mp3", byteCount: 1))
        #expect(throws: NotesError.self) {
            try EpisodeNotes(episode: episode, timeline: timeline, publication: publication, episodeName: "EP")
        }
        do {
            _ = try EpisodeNotes(episode: episode, timeline: timeline, publication: publication, episodeName: "EP")
        } catch {
            let message = error.description
            #expect(message.contains("stale") && message.contains("intro-title") && message.contains("credits-1"))
            #expect(message.contains("old-id") && message.contains("Run podwright assemble EP"))
        }
    }

    @Test func aPlaceholderNarratorIsNotCreditedAsAPerson() throws {
        var episode = ExportFixture.episode()
        episode.show.narratorName = "Narrator"
        let notes = try ExportFixture.notes(episode: episode)
        #expect(!notes.narratorIsNamed)
        let item = try XMLReader.read(RSSItem.render(notes))
        let people = XMLReader.elements(item, named: "podcast:person").compactMap { $0["text"] as? String }
        #expect(people == ["Mara Okafor"])
        #expect(!ShowNotesMarkdown.render(notes).contains("Read by"))
    }

    @Test func anUntitledSectionIsNamedByItsFirstSentence() throws {
        var sections = ExportFixture.episode().sections
        sections[1].title = "  "
        let notes = try ExportFixture.notes(episode: ExportFixture.episode(sections: sections))
        #expect(notes.chapters[1].title == "A timetable written by the tide.")
        sections[1].title = ""
        var episode = ExportFixture.episode(sections: sections)
        episode.segments.removeAll { $0.id == "s1-h" }
        let timeline = ExportFixture.timeline(for: episode)
        let chapter = try #require(timeline.chapters.first { $0.id == "s1" })
        let title = ChapterTitle.title(for: chapter, in: episode)
        #expect(title.hasPrefix("Every night at ten, the ferry") && title.hasSuffix("…") && title.count <= 60)
    }

    static func seconds(_ timecode: String) -> Double? {
        let parts = timecode.split(separator: ":")
        guard parts.count == 3, let h = Double(parts[0]), let m = Double(parts[1]), let s = Double(parts[2]) else {
            return nil
        }
        return h * 3600 + m * 60 + s
    }
}
