import Foundation
import Testing

@testable import PodwrightCore

/// Hostile input found by the reliability probes: each class gets a clear error naming the line or file, or is read
/// in full, and none of it traps or runs for ever.
@Suite struct HostileInputTests {
    static func script() throws -> String { try ScriptEditingTests.script().1 }

    @Test func pausesAreBoundedAtCheckTime() throws {
        let text = try Self.script()
        for pause in ["1e308s", "99999999999999999999s", "86400s"] {
            let edited = text.replacingOccurrences(of: "[pause 1.5s]", with: "[pause \(pause)]")
            let line = try #require(ScriptEditingTests.line(of: "[pause \(pause)]", in: edited))
            let result = ScriptParser.parse(edited, file: "EP/script.md")
            #expect(result.errors.contains { $0.line == line && $0.message.contains("longer than") }, "\(pause)")
        }
        let fine = text.replacingOccurrences(of: "[pause 1.5s]", with: "[pause 90s]")
        #expect(!ScriptParser.parse(fine, file: "EP/script.md").hasErrors)
    }

    @Test func controlCharactersInAScriptAreErrorsOnTheirLine() throws {
        let text = try Self.script()
        for control in ["\u{0}", "\u{1B}", "\u{7}", "\u{8}", "\u{FFFF}"] {
            let edited = text.replacingOccurrences(of: "he said.\n", with: "he \(control)said.\n")
            let line = try #require(ScriptEditingTests.line(of: "he \(control)said.", in: edited))
            let result = ScriptParser.parse(edited, file: "EP/script.md")
            #expect(
                result.errors.contains { $0.line == line && $0.message.contains("control character") },
                "U+\(String(control.unicodeScalars.first!.value, radix: 16)): \(result.errors)")
        }
    }

    @Test func aScriptThatIsNotUTF8NamesTheLine() throws {
        let folder = EpisodeFolder(
            FileManager.default.temporaryDirectory.appendingPathComponent("podwright-utf8-\(UUID().uuidString)"))
        try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.url) }
        var bytes = Data("line one\nline two\nline ".utf8)
        bytes.append(0xFF)
        bytes.append(contentsOf: Data(" three\n".utf8))
        try bytes.write(to: folder.script)
        #expect(
            throws: EpisodeStoreError.unreadable(
                folder.script.path + ":3", "is not UTF-8 text: save the script as UTF-8 and run the command again")
        ) {
            try EpisodeStore.readScriptText(folder)
        }
    }

    @Test func aPipeOrASymlinkLoopIsRefusedWithItsReason() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "podwright-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Opening a pipe used to block for ever, waiting for a writer.
        let fifo = folder.appendingPathComponent("article.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        await #expect(throws: ArticleError(location: fifo, reason: .unreadable("it is a pipe, not a file"))) {
            try await ArticleReader.read(contentsOf: fifo)
        }
        let loop = folder.appendingPathComponent("loop.txt").path
        #expect(symlink(loop, loop) == 0)
        await #expect(throws: ArticleError(location: loop, reason: .unreadable("it is a loop of symbolic links"))) {
            try await ArticleReader.read(contentsOf: loop)
        }
    }

    @Test func utf16WithoutAByteOrderMarkIsRead() throws {
        let text = "Harbour lights\n\nThe ferry left at dawn, and the town watched it go.\n"
        for bigEndian in [false, true] {
            var data = Data()
            for unit in text.utf16 {
                let bytes =
                    bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                data.append(contentsOf: bytes)
            }
            let article = try ArticleReader.read(data: data, name: "u16.txt")
            #expect(article.body.contains("The ferry left at dawn"))
        }
    }

    @Test func htmlNestedDeeperThanLibxml2sDefaultLimitKeepsItsText() throws {
        let filler = String(repeating: "The harbour master kept a careful log of every boat. ", count: 8)
        for depth in [300, 20_000] {
            let html =
                "<html><body><article><p>\(filler)</p>" + String(repeating: "<div>", count: depth)
                + "<p>DEEPWORD \(filler)</p>" + String(repeating: "</div>", count: depth)
                + "<p>TAILWORD \(filler)</p></article></body></html>"
            let article = try ArticleReader.read(data: Data(html.utf8), name: "deep.html")
            #expect(article.body.contains("DEEPWORD"), "depth \(depth)")
            #expect(article.body.contains("TAILWORD"), "depth \(depth)")
        }
        // Old pages that never close <font>: every paragraph nests one deeper.
        let paragraphs = (1...300).map { "<p><font face=\"Arial\">Paragraph number \($0) of the old page.\n" }
        let page = "<html><body>" + paragraphs.joined() + "</body></html>"
        let article = try ArticleReader.read(data: Data(page.utf8), name: "font.html")
        #expect(article.body.contains("Paragraph number 300 "))
    }

    @Test func markdownFullOfUnclosedBracketsIsReadInLinearTime() throws {
        // Quadratic before: 120 KB of "![" took more than 30 s.
        for noise in [
            String(repeating: "![", count: 60_000), String(repeating: "[x", count: 60_000),
            String(repeating: "<", count: 80_000),
            String(repeating: "[", count: 20_000) + "x" + String(repeating: "](", count: 20_000),
        ] {
            let article = try ArticleReader.read(data: Data("# T\n\n\(noise) closing words\n".utf8), name: "b.md")
            #expect(article.body.contains("closing words"))
        }
        let links = try ArticleReader.read(
            data: Data("# T\n\nSee [the [harbour] log](http://x.org) and ![a map](m.png) and <http://y.org>.\n".utf8),
            name: "l.md")
        #expect(links.body == "See the [harbour] log and and http://y.org.")
    }
}

extension HostileInputTests {
    @Test func controlCharactersInAnArticleNeverReachTheScript() throws {
        let filler = String(repeating: "The harbour master kept a careful log of every boat that came in. ", count: 6)
        let text = "Harbour\n\nThe ferry\u{11} left at\u{7F} dawn, and\u{8} the town\u{1B} watched it go. \(filler)\n"
        let article = try ArticleReader.read(data: Data(text.utf8), name: "odd.txt")
        #expect(
            !article.body.unicodeScalars.contains { ScriptParser.isControl($0) }, "\(article.body.debugDescription)")
        #expect(article.body.contains("The ferry left at dawn,"))
    }

    /// A script with thousands of speakers (the probe's 10,000 quoted people) is read, checked and written again
    /// in time proportional to its length: each cue finds its speaker through an index, not a scan of the table
    /// (which made `check` run for minutes), and every segment and quote still gets the right speaker.
    @Test func thousandsOfSpeakersResolveEachToTheirOwn() {
        let count = 4000
        var speakers = [Speaker(id: "narrator", name: "Narrator", role: .narrator)]
        var segments: [Segment] = []
        var quotes: [Quote] = []
        for number in 0..<count {
            let id = "person\(number)-name\(number)"
            speakers.append(
                Speaker(id: id, name: "Person\(number) Name\(number)", aliases: ["P\(number)"], role: .quoted))
            segments.append(
                Segment(
                    id: "s1-n\(number)", section: "s1", speaker: "narrator", kind: .narration,
                    text: "Person\(number) Name\(number), the minister, spoke.", estimatedSeconds: 1))
            segments.append(
                Segment(
                    id: "s1-q\(number)", section: "s1", speaker: id, kind: .quote, text: "Quote \(number).",
                    estimatedSeconds: 1))
            quotes.append(Quote(text: "Quote \(number).", speaker: id, segment: "s1-q\(number)"))
        }
        let episode = Episode(
            title: "Many voices", sections: [Section(id: "s1", title: "One")], speakers: speakers,
            segments: segments, quotes: quotes)
        var text = ScriptRenderer.render(episode)
        // Cues as a producer types them: by name, by alias, in capitals, without the hidden marker.
        text = text.replacingOccurrences(
            of: "**PERSON7 NAME7** · `s1-q7` · 0:01 <!-- quote person7-name7 -->", with: "**P7** · `s1-q7`")
        #expect(text.contains("**P7** · `s1-q7`\n"))
        let result = ScriptParser.parse(text, file: "EP/script.md")
        #expect(result.problems == [])
        #expect(result.episode.speakers == speakers)
        #expect(result.episode.segments.map(\.speaker) == segments.map(\.speaker))
        #expect(result.episode.quotes.map(\.speaker) == quotes.map(\.speaker))
        let names = ProperNames.find(in: result.episode).speakers
        #expect(names.count == 2 * count && names.first == "Person0 Name0")
    }

    @Test func idsStartingWithADotAreRefusedForThatReason() {
        #expect(ScriptParser.invalidIDReason("..").contains("may not start with “.”"))
        #expect(ScriptParser.invalidIDReason("a b").contains("may hold only"))
    }
}

// (Overlapping comment markers, found by the script.md fuzzer: ScriptRefreshTests.)
