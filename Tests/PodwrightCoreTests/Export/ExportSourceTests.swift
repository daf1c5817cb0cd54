import Foundation
import PodwrightCore
import Testing

/// The article's source in the published files: its web address when it has one, never a path on the producer's
/// machine.
@Suite struct ExportSourceTests {
    @Test func aLocalSourcePathIsInNoPublishedFile() throws {
        var episode = ExportFixture.episode()
        episode.source = "/home/mara/drafts/night-ferry/article.txt"
        let notes = try ExportFixture.notes(episode: episode)
        for (name, text) in NotesWriter.render(notes, peaks: nil) {
            #expect(!text.contains("/home/mara"), "\(name)")
            #expect(!text.contains("article.txt"), "\(name)")
        }
    }

    @Test func aWebSourceIsCredited() throws {
        let notes = try ExportFixture.notes()
        #expect(ShowNotesMarkdown.render(notes).contains("- Source: https://example.org/news/night-ferry\n"))
    }
}
