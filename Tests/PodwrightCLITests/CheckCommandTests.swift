import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright check` after the hand edits producers make.
@Suite struct CheckCommandTests {
    typealias Helpers = ScriptCommandTests

    static func sampleFolder(_ options: [String] = []) throws -> URL {
        let folder = try Helpers.temporaryFolder()
        let result = try PodwrightProcess.run(["script", Helpers.sample.path, "-o", folder.path] + options)
        #expect(result.status == 0, "\(result.standardError)")
        return folder
    }

    /// A small episode with voiced quotes, written through the library as `script` will once quotes are found.
    static func quotedFolder() throws -> URL {
        let folder = try Helpers.temporaryFolder()
        func segment(_ id: String, _ speaker: String, _ kind: Segment.Kind, _ text: String) -> Segment {
            Segment(
                id: id, section: "s1", speaker: speaker, kind: kind, text: text,
                estimatedSeconds: ReadingTime.seconds(for: text, wordsPerMinute: 155))
        }
        let episode = Episode(
            title: "Summit Watch", authors: ["Ada Writer"], sections: [Section(id: "s1", title: "Seoul")],
            speakers: [
                Speaker(id: "narrator", name: "Narrator", role: .narrator),
                Speaker(id: "koji-tsuruoka", name: "Koji Tsuruoka", aliases: ["Ambassador Tsuruoka"], role: .quoted),
                Speaker(id: "moon-jae-in", name: "Moon Jae-in", aliases: ["Mr. Moon"], role: .quoted),
            ],
            segments: [
                segment("s1-p1a", "koji-tsuruoka", .quote, "“We’ve always been consistent,”"),
                segment("s1-p1b", "narrator", .narration, "said Ambassador Tsuruoka."),
                segment("s1-p2", "narrator", .narration, "Mr. Moon wants “the denuclearization of the peninsula”."),
            ],
            quotes: [
                Quote(
                    text: "We’ve always been consistent", speaker: "koji-tsuruoka", segment: "s1-p1a", confidence: 0.9),
                Quote(
                    text: "the denuclearization of the peninsula", speaker: "moon-jae-in", segment: "s1-p2",
                    confidence: 0.4, partial: true),
            ])
        try EpisodeStore.save(episode, articleBody: nil, to: EpisodeFolder(folder))
        return folder
    }

    @Test(.enabled(if: Repository.hasShared, Repository.sharedSkipMessage))
    func producerEditsCarryThroughToTheManifest() throws {
        let folder = try Self.sampleFolder(["--quotes", "narrated"])
        var text = try Helpers.script(folder)
        // Change text.
        text = text.replacingOccurrences(of: "South Korea is not naive.", with: "South Korea is far from naive.")
        // Delete a segment.
        let deleted = try #require(text.components(separatedBy: "\n\n").firstIndex { $0.contains("`s1-p2`") })
        var blocks = text.components(separatedBy: "\n\n")
        #expect(blocks[deleted + 1].hasPrefix("However, diplomats thrive"))
        blocks.removeSubrange(deleted...(deleted + 1))
        text = blocks.joined(separator: "\n\n")
        // Add a segment without an id, rename a speaker, and give a narrated quote to its speaker.
        text = text.replacingOccurrences(
            of: "Japan’s Support\n",
            with: "Japan’s Support\n\n**NARRATOR:**\n"
                + "A line the producer wrote.\n")
        text = text.replacingOccurrences(of: "| moon-jae-in | Moon Jae-in |", with: "| moon-jae-in | Moon Jae-In |")
        text = text.replacingOccurrences(of: "**NARRATOR** · `s2-p3`", with: "**AMBASSADOR TSURUOKA** · `s2-p3`")
        try Helpers.write(text, scriptOf: folder)

        let result = try PodwrightProcess.run(["check", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("id s2-n1"))
        #expect(result.standardOutput.contains("Edited from the article: s1-p1\n"))
        #expect(result.standardOutput.contains("Not from the article (added by hand): s2-n1\n"))
        let episode = try Helpers.manifest(folder)
        #expect(episode.segments.first { $0.id == "s1-p1" }?.text.hasPrefix("South Korea is far from naive.") == true)
        #expect(!episode.segments.contains { $0.id == "s1-p2" })
        let added = try #require(episode.segments.first { $0.id == "s2-n1" })
        #expect(added.text == "A line the producer wrote.")
        #expect(added.section == "s2")
        #expect(
            episode.segments.firstIndex { $0.id == "s2-n1" } == episode.segments.firstIndex { $0.id == "s2-h" }! + 1)
        #expect(episode.speaker(id: "moon-jae-in")?.name == "Moon Jae-In")
        #expect(episode.segments.first { $0.id == "s2-p3" }?.speaker == "koji-tsuruoka")
        #expect(episode.segments.first { $0.id == "s2-p3" }?.kind == .quote)
        #expect(episode.quotes.first { $0.segment == "s2-p3" }?.speaker == "koji-tsuruoka")
        #expect(episode.quotes.count == 7)
        // The fresh id is written into the script, so it stays put when more is added, with its estimated time.
        let clock = ReadingTime.clock(added.estimatedSeconds)
        #expect(try Helpers.script(folder).contains("**NARRATOR:** · `s2-n1` · \(clock)\n"))
        let again = try PodwrightProcess.run(["check", folder.path])
        #expect(again.status == 0)
        #expect(!again.standardOutput.contains("New segment"))
        #expect(try Helpers.manifest(folder) == episode)
        let sheet = try String(contentsOf: EpisodeFolder(folder).recordingSheet, encoding: .utf8)
        #expect(sheet.contains("## Koji Tsuruoka (quoted)"))
        #expect(sheet.contains("| Moon Jae-In (speaker) |"))
        #expect(sheet.contains("| `s2-p3` | `takes/s2-p3.wav` |"))
    }

    @Test func reassigningAndMergingSpeakersByEditingTheScript() throws {
        let folder = try Self.quotedFolder()
        let original = try Helpers.script(folder)
        #expect(original.contains("⚠ **Moon Jae-in** · `s1-p2` · partial, 40% ·"))
        let reassigned = original.replacingOccurrences(
            of: "**KOJI TSURUOKA** · `s1-p1a`", with: "**MOON JAE-IN** · `s1-p1a`")
        try Helpers.write(reassigned, scriptOf: folder)
        let first = try PodwrightProcess.run(["check", folder.path])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Quotes to review"))
        #expect(first.standardOutput.contains("s1-p2: “the denuclearization of the peninsula” — Moon Jae-in, 40% sure"))
        var episode = try Helpers.manifest(folder)
        #expect(episode.segments[0].speaker == "moon-jae-in")
        #expect(episode.quotes[0].speaker == "moon-jae-in")

        // Merge Moon into Tsuruoka (as if detection had split one person in two).
        var merged = reassigned.replacingOccurrences(
            of: "| moon-jae-in | Moon Jae-in | quoted |  | Mr. Moon |  |\n", with: "")
        merged = merged.replacingOccurrences(
            of: "| Ambassador Tsuruoka |", with: "| Ambassador Tsuruoka; Moon Jae-in; Mr. Moon |")
        #expect(merged != reassigned)
        try Helpers.write(merged, scriptOf: folder)
        let second = try PodwrightProcess.run(["check", folder.path])
        #expect(second.status == 0, "\(second.standardError)")
        episode = try Helpers.manifest(folder)
        #expect(episode.speakers.map(\.id) == ["narrator", "koji-tsuruoka"])
        #expect(episode.segments[0].speaker == "koji-tsuruoka")
        #expect(episode.quotes.map(\.speaker) == ["koji-tsuruoka", "koji-tsuruoka"])
    }

    @Test(.enabled(if: Repository.hasShared, Repository.sharedSkipMessage))
    func aBadScriptReportsEveryLineAndWritesNothing() throws {
        let folder = try Self.sampleFolder()
        let episodeFolder = EpisodeFolder(folder)
        var text = try Helpers.script(folder)
        text = text.replacingOccurrences(of: "**NARRATOR** · `s1-p1`", with: "**NOBODY** · `s1-p1` · 0:28")
        text = text.replacingOccurrences(of: "**NARRATOR** · `s2-p1`", with: "**NARRATOR** · `s1-h`")
        text = text.replacingOccurrences(of: "Trust issues\n", with: "Trust issues\n\n[pause soon]\n")
        text = text.replacingOccurrences(of: "**NARRATOR** · `s3-p1`", with: "**NARRATOR · `s3-p1`")
        try Helpers.write(text, scriptOf: folder)
        let manifest = try Data(contentsOf: episodeFolder.manifest)
        let sheet = try Data(contentsOf: episodeFolder.recordingSheet)
        let stamp =
            try FileManager.default.attributesOfItem(atPath: episodeFolder.manifest.path)[.modificationDate] as? Date

        let result = try PodwrightProcess.run(["check", folder.path])
        #expect(result.status != 0)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        let numbered = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ needle: String) -> Int { (numbered.lastIndex { $0.contains(needle) } ?? -2) + 1 }
        let name = folder.path + "/script.md"
        #expect(lines.contains { $0.hasPrefix("\(name):\(line("[pause soon]")): malformed directive") })
        // A cue naming nobody keeps the speaker in its hidden marker, with a warning (that is how renames work).
        #expect(lines.contains { $0.hasPrefix("\(name):\(line("**NOBODY**")): warning: “NOBODY” names no speaker") })
        #expect(lines.contains { $0.hasPrefix("\(name):\(line("**NARRATOR** · `s1-h`")): duplicate segment id") })
        #expect(lines.contains { $0.hasPrefix("\(name):\(line("**NARRATOR · `s3-p1`")): malformed cue") })
        #expect(lines.last == "3 errors: nothing was written.")
        #expect(try Data(contentsOf: episodeFolder.manifest) == manifest)
        #expect(try Data(contentsOf: episodeFolder.recordingSheet) == sheet)
        #expect(
            try FileManager.default.attributesOfItem(atPath: episodeFolder.manifest.path)[.modificationDate] as? Date
                == stamp)
        #expect(try Helpers.script(folder) == text)
    }

    @Test func checkOnAFolderWithoutAScriptSaysWhatToDo() throws {
        let folder = try Helpers.temporaryFolder()
        let result = try PodwrightProcess.run(["check", folder.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("script.md"))
    }
}

/// A stage other than `check` never invents an id it would not write back.
@Suite struct UnstampedScriptTests {
    @Test func assembleRefusesAScriptWithAnIdlessCueAndCheckMendsIt() throws {
        let episode = try AssembleFolder()
        defer { episode.remove() }
        try episode.writeEpisode(["s1-p1", "s1-p2"])
        let store = EpisodeStore.self
        let loaded = try store.readManifest(episode.folder)
        try AtomicFile.write(ScriptRenderer.render(loaded), to: episode.folder.script)
        // A cue added by hand above the first, without an id.
        let script = try String(contentsOf: episode.folder.script, encoding: .utf8)
        let edited = script.replacingOccurrences(
            of: "\n**NARRATOR** · `s1-p1`", with: "\n**NARRATOR**\n\nA line added by hand.\n\n**NARRATOR** · `s1-p1`")
        #expect(edited != script)
        try Data(edited.utf8).write(to: episode.folder.script)
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: episode.folder.manifest.path)
        for name in ["s1-p1", "s1-p2"] { try episode.writeTake("\(name).wav") }

        let refused = try PodwrightProcess.run(["assemble", episode.url.path, "--allow-missing", "silence"])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("no id yet"), "\(refused.standardError)")
        #expect(refused.standardError.contains("podwright check"))
        #expect(try String(contentsOf: episode.folder.script, encoding: .utf8) == edited)
        #expect(!FileManager.default.fileExists(atPath: episode.url.appendingPathComponent("build").path))

        let check = try PodwrightProcess.run(["check", episode.url.path])
        #expect(check.status == 0, "\(check.standardError)")
        #expect(try String(contentsOf: episode.folder.script, encoding: .utf8).contains("**NARRATOR** · `s1-n1` · "))
        let assembled = try PodwrightProcess.run(["assemble", episode.url.path, "--allow-missing", "silence"])
        #expect(assembled.status == 0, "\(assembled.standardError)")
    }
}
