import Foundation
import Testing

@testable import PodwrightCore

/// People heard and mentioned, with roles that add something to the name.
@Suite struct ExportPeopleTests {
    /// A new show's narrator is still called "Narrator": no "Narrator — narrator" in any format.
    @Test func aRoleThatRepeatsTheNameIsNotPrinted() throws {
        var episode = ExportFixture.episode()
        episode.show.narratorName = "Narrator"
        let notes = try ExportFixture.notes(episode: episode)
        let narrator = try #require(notes.peopleHeard.first)
        #expect(narrator.name == "Narrator" && narrator.roleDescription == nil)
        let markdown = ShowNotesMarkdown.render(notes)
        #expect(markdown.contains("- **Narrator**\n"))
        #expect(!markdown.lowercased().contains("narrator** — narrator"))
        #expect(!ShowNotesHTML.render(notes).contains("<span>narrator</span>"))
        #expect(!RSSItem.description(notes).contains("Narrator, narrator"))
        #expect(RSSItem.description(notes).contains("<strong>Heard</strong>: Narrator; Élodie Marchand, captain"))
    }

    @Test func aNamedNarratorKeepsTheRole() throws {
        let notes = try ExportFixture.notes()
        #expect(notes.peopleHeard.first?.roleDescription == "narrator")
        #expect(ShowNotesMarkdown.render(notes).contains("- **Alex Reed** — narrator\n"))
        #expect(RSSItem.description(notes).contains("Alex Reed, narrator;"))
    }

    @Test(
        arguments: [
            (Speaker.Role.narrator, "Narrator", nil, nil), (.narrator, "NARRATOR", nil, nil),
            (.narrator, "Alex Reed", nil, "narrator"), (.host, "Host", nil, nil), (.host, "Sam Ito", nil, "host"),
            (.source, "a harbour official", "A harbour official", nil),
            (.source, "a harbour official", "unnamed source", "unnamed source"),
            (.quoted, "Élodie Marchand", "Elodie Marchand.", nil), (.quoted, "Jonas Berg", nil, nil),
            (.quoted, "Jonas Berg", "the port's former director", "the port's former director"),
        ] as [(Speaker.Role, String, String?, String?)])
    func roleDescriptions(_ role: Speaker.Role, _ name: String, _ title: String?, _ expected: String?) {
        let person = EpisodeNotes.Person(id: "p", name: name, role: role, title: title, voice: nil, firstHeard: nil)
        #expect(person.roleDescription == expected)
    }
}
