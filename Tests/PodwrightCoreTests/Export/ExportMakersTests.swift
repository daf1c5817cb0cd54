import Foundation
import Testing

@testable import PodwrightCore

/// Who made the episode (Podcasting 2.0 `podcast:person` roles) and who read the quotations: never the people quoted.
@Suite struct ExportMakersTests {
    /// The fixture with voice actors cast for both quoted voices and a producer for the show.
    func castNotes(actors: [String: String]) throws -> EpisodeNotes {
        var episode = ExportFixture.episode()
        for index in episode.speakers.indices {
            episode.speakers[index].voiceActor = actors[episode.speakers[index].id]
        }
        var notes = try ExportFixture.notes(episode: episode)
        notes.publication.producers = ["Priya Nair"]
        return notes
    }

    func people(_ notes: EpisodeNotes) throws -> [String] {
        let item = try XMLReader.read(RSSItem.render(notes))
        return XMLReader.elements(item, named: "podcast:person").map { element in
            let attributes = element["attributes"] as? [String: String] ?? [:]
            return "\(attributes["group"] ?? "")/\(attributes["role"] ?? ""): \(element["text"] as? String ?? "")"
        }
    }

    @Test func voiceActorsAndProducersAreCreditedAndTheQuotedAreNot() throws {
        let notes = try castNotes(actors: ["elodie-marchand": "Inès Dubois", "a-harbour-official": "Tom Hale"])
        #expect(
            try people(notes) == [
                "writing/author: Mara Okafor", "cast/narrator: Alex Reed", "cast/voice actor: Inès Dubois",
                "cast/voice actor: Tom Hale", "creative direction/producer: Priya Nair",
            ])
        // Jonas Berg's partial quote and the uncertain one stay in the narrator's voice.
        let credit = "Quotations read by Inès Dubois, Tom Hale and Alex Reed"
        #expect(ShowNotesMarkdown.render(notes).contains(credit))
        #expect(ShowNotesHTML.render(notes).contains(credit))
        #expect(EpisodePage.render(notes, peaks: nil).contains(credit))
        #expect(!(try people(notes)).contains { $0.contains("Élodie Marchand") || $0.contains("harbour official") })
    }

    @Test func scratchTakesAndNarratedQuotesSayWhoReallyReadThem() throws {
        var notes = try castNotes(actors: [:])
        for index in notes.placedSegments.indices where notes.placedSegments[index].segment.kind == .quote {
            notes.placedSegments[index].timing.take = "takes/\(notes.placedSegments[index].segment.id).scratch.wav"
        }
        #expect(notes.quotationReaders == ["synthetic voices (scratch takes)", "Alex Reed"])
        var voicedOnly = notes.episode
        voicedOnly.quotes.removeAll { $0.partial || $0.speaker == "narrator" }
        #expect(try ExportFixture.notes(episode: voicedOnly).quotationReaders.contains("Alex Reed") == false)
        #expect(try people(notes).allSatisfy { !$0.contains("voice actor") })
    }

    @Test func theVoiceActorColumnRoundTripsThroughTheScript() throws {
        var episode = ExportFixture.episode()
        episode.speakers[1].voiceActor = "Inès Dubois"
        let text = ScriptRenderer.render(episode)
        #expect(text.contains("| id | name | role | title | aliases | voice | voice actor |"))
        let parsed = ScriptParser.parse(text, file: "script.md")
        #expect(!parsed.hasErrors, "\(parsed.errors)")
        #expect(parsed.episode.speakers[1].voiceActor == "Inès Dubois")
        #expect(!ScriptRenderer.render(ExportFixture.episode()).contains("voice actor"))
    }
}
