import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

@testable import PodwrightBooth

/// The booth's pieces on their own: reading an upload's WAV header, telling an id from a path, filing takes under
/// concurrent uploads, and cutting a line into words the page can mark.
struct BoothUnitTests {
    @Test func aWAVHeaderIsReadAndBadOnesAreNamed() throws {
        let good = TestSignals.wav16([Float](repeating: 0.1, count: 4800), sampleRate: 48_000, channels: 1)
        let header = try WAVHeader.parse(Array(good), fileSize: good.count)
        #expect(
            header
                == WAVHeader(
                    format: 1, channels: 1, sampleRate: 48_000, bitsPerSample: 16, dataOffset: 44, dataBytes: 9600))
        #expect(abs(header.seconds - 0.1) < 1e-9)
        func reason(_ bytes: [UInt8], size: Int? = nil) -> String? {
            do {
                _ = try WAVHeader.parse(bytes, fileSize: size ?? bytes.count)
                return nil
            } catch { return error.message }
        }
        #expect(reason(Array("hello world!".utf8))?.contains("RIFF/WAVE") == true)
        #expect(reason(Array(good), size: good.count - 100)?.contains("only") == true)
        var compressed = Array(good)
        compressed[20] = 2  // ADPCM
        #expect(reason(compressed)?.contains("compressed") == true)
        var rate = Array(good)
        rate[24...27] = [1, 0, 0, 0]
        #expect(reason(rate)?.contains("1 Hz") == true)
        var empty = Array(good.prefix(44))
        empty[40...43] = [0, 0, 0, 0]
        #expect(reason(empty)?.contains("no audio") == true)
        #expect(reason(Array(good.prefix(36)))?.contains("no data chunk") == true)
    }

    @Test(arguments: [
        ("s1-p2", true), ("credits-3", true), ("intro", true), ("s2-p3a", true), ("my_id.2", true),
        ("", false), ("..", false), ("../etc", false), ("/etc/passwd", false), ("a/b", false), (".hidden", false),
        ("s1..p2", false), ("é", false), ("s1 p2", false), ("s1-p2\u{0}", false),
        (String(repeating: "a", count: 101), false),
    ])
    func onlyPlainIDsPass(id: String, plain: Bool) {
        #expect(BoothSession.isPlainID(id) == plain)
    }

    @Test(arguments: [
        "The captain, Ken Tsuruoka, has worked the route for eleven years.",
        "“We’ve always been consistent” — she said… 50% of it/all, (really)!", "  ", "A-B–C—D",
    ])
    func piecesKeepTheTextAndNumberTheSpokenWords(text: String) {
        let pieces = WordPieces.pieces(text)
        #expect(pieces.map(\.text).joined() == text)
        let words = pieces.filter { $0.word >= 0 }
        #expect(words.map(\.text) == SpokenWords(text).words.map(\.text))
        #expect(words.map(\.word) == Array(0..<words.count))
    }

    @Test func differencesMarkTheWordsTheyTouch() {
        let words = SpokenWords("The council wants to cut the winter timetable to two crossings a day.")
        let differences = [
            WordDifference(kind: .substituted, expected: ["winter"], heard: ["summer"], after: "the"),
            WordDifference(kind: .skipped, expected: ["a", "day"], heard: [], after: "crossings"),
            WordDifference(kind: .added, expected: [], heard: ["um"], after: "to"),
        ]
        let flagged = WordChecker.flagged(differences, in: words)
        #expect(flagged.map(\.index) == [6, 11, 12])
        #expect(flagged.map(\.kind) == ["substituted", "skipped", "skipped"])
        #expect(flagged[0].heard == ["summer"])
    }

    /// Forty takes filed at once for one line get forty different numbers after the take dropped in by hand.
    @Test func concurrentFilingNeverReusesANumber() async throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let takes = folder.appendingPathComponent("takes")
        try FileManager.default.createDirectory(at: takes, withIntermediateDirectories: true)
        try Data("by hand".utf8).write(to: takes.appendingPathComponent("s1-p1.wav"))
        let filer = TakeFiler(folder: takes, maxBytes: 1_000_000)
        let names = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<40 {
                group.addTask {
                    let upload = try filer.begin()
                    let bytes = Array("take \(index)".utf8)
                    try bytes.withUnsafeBytes { try upload.append($0, cap: 1_000_000) }
                    return TakeFiler.fileName(of: try filer.file(upload, segment: "s1-p1"))
                }
            }
            var names: [String] = []
            for try await name in group { names.append(name) }
            return names
        }
        #expect(Set(names) == Set((2...41).map { "s1-p1.take\($0).wav" }))
        let files = try FileManager.default.contentsOfDirectory(atPath: takes.path)
        #expect(files.count == 41, "a temporary upload was left: \(files.filter { $0.hasPrefix(".") })")
        #expect(try String(contentsOf: takes.appendingPathComponent("s1-p1.wav"), encoding: .utf8) == "by hand")
    }

    @Test func anUploadPastTheCapOrNotWAVIsRefusedAndLeavesNothing() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let filer = TakeFiler(folder: folder, maxBytes: 100)
        let upload = try filer.begin()
        #expect(throws: BoothError.tooLarge(cap: 100)) {
            try [UInt8](repeating: 0, count: 101).withUnsafeBytes { try upload.append($0, cap: 100) }
        }
        upload.discard()
        let other = try filer.begin()
        #expect(throws: BoothError.self) {
            try Array("not a wav file".utf8).withUnsafeBytes { try other.append($0, cap: 100) }
        }
        other.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func pinningATakeReplacesOrAddsTheDirectiveAndNothingElse() throws {
        let segments = [
            Segment(
                id: "s1-p1", section: "s1", speaker: "narrator", kind: .narration, text: "One two.", estimatedSeconds: 1
            ),
            Segment(
                id: "s1-p2", section: "s1", speaker: "narrator", kind: .narration, text: "Three four.",
                estimatedSeconds: 1, pauseAfterSeconds: 2, take: 1),
            Segment(
                id: "s1-p3", section: "s1", speaker: "narrator", kind: .narration, text: "Five.", estimatedSeconds: 1,
                musicBefore: "sting"),
        ]
        let episode = Episode(
            title: "T", authors: [], sections: [Section(id: "s1", title: "One")],
            speakers: [Speaker(id: "narrator", name: "Narrator", role: .narrator)], segments: segments)
        for ending in ["\n", "\r\n"] {
            let text = ScriptRenderer.render(episode).replacingOccurrences(of: "\n", with: ending)
            let parsed = ScriptParser.parse(text, file: "script.md")
            for (id, take) in [("s1-p1", 3), ("s1-p2", 2), ("s1-p3", 1)] {
                let pinned = try #require(ScriptStamper.pinning(take: take, of: id, parsed: parsed, in: text))
                let result = ScriptParser.parse(pinned, file: "script.md")
                #expect(!result.hasErrors)
                var expected = parsed.episode
                expected.segments[expected.segments.firstIndex { $0.id == id }!].take = take
                #expect(result.episode == expected, "\(id)")
                #expect(pinned.contains(ending == "\n" ? "[take \(take)]\n" : "[take \(take)]\r\n"))
                #expect(!pinned.contains("\r\n") || !pinned.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            }
            #expect(ScriptStamper.pinning(take: 2, of: "nope", parsed: parsed, in: text) == nil)
        }
    }

    @Test func pinTakeWritesTheScriptOnlyAndKeepsItsOtherBytes() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let episode = Episode(
            title: "T", authors: [], sections: [Section(id: "s1", title: "One")],
            speakers: [Speaker(id: "narrator", name: "Narrator", role: .narrator)],
            segments: [
                Segment(
                    id: "s1-p1", section: "s1", speaker: "narrator", kind: .narration, text: "One two.",
                    estimatedSeconds: 1)
            ])
        let episodeFolder = EpisodeFolder(folder)
        try EpisodeStore.save(episode, articleBody: nil, to: episodeFolder)
        let edited = try String(contentsOf: episodeFolder.script, encoding: .utf8) + "\n<!-- edited by hand -->\n"
        try edited.write(to: episodeFolder.script, atomically: true, encoding: .utf8)
        let manifest = try Data(contentsOf: episodeFolder.manifest)
        #expect(try EpisodeStore.pinTake(2, of: "s1-p1", in: episodeFolder))
        #expect(try !EpisodeStore.pinTake(2, of: "s1-p1", in: episodeFolder))
        let after = try String(contentsOf: episodeFolder.script, encoding: .utf8)
        #expect(after.replacingOccurrences(of: "\n\n[take 2]", with: "") == edited)
        #expect(try Data(contentsOf: episodeFolder.manifest) == manifest)
        #expect(throws: EpisodeStoreError.self) { try EpisodeStore.pinTake(2, of: "s9-p9", in: episodeFolder) }
        #expect(try EpisodeStore.load(episodeFolder).segments[0].take == 2)
    }
}
