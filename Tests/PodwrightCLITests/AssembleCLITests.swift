import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright assemble` and `podwright scratch` end to end on real files.
@Suite struct AssembleCLITests {
    static let ids = ["s1-p1", "s1-p2", "s1-p2-q1", "s2-p1", "s2-p2"]

    @Test func assemblesAnEpisodeWithTimingAndPeaks() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        for (index, id) in Self.ids.enumerated() {
            try fixture.writeTake(
                "\(id).wav", frequency: 300 + 150 * Double(index), level: -30 + 4 * Double(index),
                sampleRate: index == 1 ? 44_100 : 48_000)
        }
        try fixture.writeTake("s2-p1.take2.wav", frequency: 1000)
        try fixture.writeTake("s2-p3.wav")
        let result = try fixture.assemble(["--channels", "1", "--bit-depth", "16", "--summary"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("episode.wav"))
        #expect(result.standardError.contains("takes/s2-p3.wav matches no segment"))
        #expect(result.standardError.contains("did you mean s2-p1.wav?") || result.standardError.contains("s2-p2.wav?"))
        #expect(result.standardError.contains("limiter: acted on"))
        let timing = try fixture.timing()
        for key in ["sampleRate", "channels", "durationSeconds", "durationSamples", "segments", "chapters", "loudness"]
        {
            #expect(timing[key] != nil, "timing.json lacks \(key)")
        }
        let segments = try #require(timing["segments"] as? [[String: Any]])
        #expect(segments.map { $0["id"] as? String } == Self.ids)
        for segment in segments {
            for key in [
                "id", "speaker", "section", "kind", "take", "startSample", "endSample", "start", "end",
                "trimmedHeadSamples", "trimmedTailSamples", "gainDB", "placeholder",
            ] {
                #expect(segment[key] != nil, "a segment lacks \(key)")
            }
        }
        #expect(segments[3]["take"] as? String == "s2-p1.take2.wav")
        let loudness = try #require(timing["loudness"] as? [String: Double])
        #expect(abs(loudness["integratedLUFS"]! + 19) <= 0.5, "mono defaults to -19 LUFS: \(loudness)")
        #expect(loudness["truePeakDBTP"]! <= -1)
        let chapters = try #require(timing["chapters"] as? [[String: Any]])
        #expect(chapters.map { $0["id"] as? String } == ["s1", "s2"])
        let assembly = try #require(timing["assembly"] as? [String: Any])
        #expect(assembly["limiter"] != nil)
        let peaks = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: fixture.folder.peaks))
                as? [String: Any])
        #expect((peaks["peaks"] as? [Double])?.isEmpty == false)
        // Named cue markers: a `cue ` chunk and a `labl` per segment and chapter.
        let wav = try #require(fixture.contents("episode.wav"))
        #expect(wav.range(of: Data("cue ".utf8)) != nil)
        #expect(wav.range(of: Data("s1-p2-q1".utf8)) != nil)
        #expect(wav.range(of: Data("Chapter: Part 2".utf8)) != nil)
        // The takes are only read: nothing was added to or removed from the takes folder.
        let takes = try FileManager.default.contentsOfDirectory(atPath: fixture.takes.path).sorted()
        #expect(takes.count == Self.ids.count + 2)
    }

    @Test func missingTakesAreAllListedAndNothingIsWritten() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        try fixture.writeTake("s1-p2.wav")
        try fixture.writeTake("s2-p2.wav")
        let result = try fixture.assemble()
        #expect(result.status != 0)
        #expect(
            result.standardError.contains("3 segments have no take: s1-p1, s1-p2-q1, s2-p1"),
            "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.timing.path))
        #expect(fixture.contents("episode.wav") == nil)
    }

    @Test func missingTakesCanStandInAsSilence() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        for id in Self.ids where id != "s1-p2" { try fixture.writeTake("\(id).wav") }
        let result = try fixture.assemble(["--allow-missing", "silence", "--format", "flac"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("segment s1-p2 has no take"))
        let segments = try #require(try fixture.timing()["segments"] as? [[String: Any]])
        let placeholder = try #require(segments.first { $0["id"] as? String == "s1-p2" })
        #expect(placeholder["placeholder"] as? Bool == true)
        #expect(placeholder["endSample"] as! Int - (placeholder["startSample"] as! Int) == 57_600)
        #expect(fixture.contents("episode.flac") != nil)
    }

    @Test func scratchTakesFillGapsAndRecordedTakesWin() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        try fixture.writeTake("s1-p1.wav", frequency: 500)
        let before = try Data(contentsOf: fixture.takes.appendingPathComponent("s1-p1.wav"))
        let scratch = try PodwrightProcess.run(["scratch", fixture.url.path])
        #expect(scratch.status == 0, "\(scratch.standardError)")
        #expect(scratch.standardOutput.contains("4 rendered"))
        #expect(scratch.standardOutput.contains("Kim Adair:"))
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.takes.path)
        #expect(!names.contains("s1-p1.scratch.wav"))
        #expect(names.contains("s1-p2-q1.scratch.wav"))
        #expect(try Data(contentsOf: fixture.takes.appendingPathComponent("s1-p1.wav")) == before)
        let result = try fixture.assemble(["-q"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
        let timing = try fixture.timing()
        let segments = try #require(timing["segments"] as? [[String: Any]])
        #expect(segments[0]["take"] as? String == "s1-p1.wav")
        #expect(segments[1]["take"] as? String == "s1-p2.scratch.wav")
        let assembly = try #require(timing["assembly"] as? [String: Any])
        #expect((assembly["scratchSegments"] as? [String])?.count == 4)
    }

    /// A scratch voice says exactly its segment's words, so `align` places them without judging them: the
    /// recogniser's mishearings of a synthetic voice must never refuse an episode as misread or misnamed.
    @Test func scratchTakesArePlacedNotChecked() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        let scratch = try PodwrightProcess.run(["scratch", fixture.url.path])
        #expect(scratch.status == 0, "\(scratch.standardError)")
        let align = try PodwrightProcess.run(["align", fixture.url.path])
        #expect(align.status == 0, "\(align.standardError)")
        let data = try Data(contentsOf: fixture.folder.alignment)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let takes = try #require(report["takes"] as? [[String: Any]])
        #expect(takes.count == Self.ids.count)
        for take in takes {
            #expect(take["verdict"] as? String == "not-checked", "\(take)")
            #expect((take["note"] as? String)?.contains("scratch") == true, "\(take)")
        }
    }

    /// Not on a terminal (here, a pipe): nothing but warnings and errors, unless `--summary` asks for the summary.
    @Test func aPipeGetsOnlyWarnings() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        for id in Self.ids { try fixture.writeTake("\(id).wav") }
        try fixture.writeTake("s9-p9.wav")
        let result = try fixture.assemble()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.isEmpty, "\(result.standardOutput)")
        let lines = result.standardError.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("warning: ") }, "\(result.standardError)")
        #expect(result.standardError.contains("takes/s9-p9.wav matches no segment"))
    }

    @Test func reassemblingUsesTheAnalysisCache() throws {
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(Self.ids)
        for id in Self.ids { try fixture.writeTake("\(id).wav") }
        #expect(try fixture.assemble(["--summary"]).standardOutput.contains("takes analysed: 5, from cache: 0"))
        try fixture.writeTake("s1-p2.take2.wav", frequency: 700)
        let again = try fixture.assemble(["--summary"])
        #expect(again.standardOutput.contains("takes analysed: 1, from cache: 4"), "\(again.standardOutput)")
    }
}

/// A scratch take follows its segment: after the script's words change, `scratch` renders that take again.
@Suite struct ScratchStalenessTests {
    @Test func anEditedSegmentGetsAFreshScratchTake() throws {
        let ids = ["s1-p1", "s1-p2"]
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(ids)
        let first = try PodwrightProcess.run(["scratch", fixture.url.path])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("2 rendered, 0 kept"))
        let edited = fixture.takes.appendingPathComponent("s1-p2.scratch.wav")
        let kept = fixture.takes.appendingPathComponent("s1-p1.scratch.wav")
        let (editedBefore, keptBefore) = (try Data(contentsOf: edited), try Data(contentsOf: kept))

        let again = try PodwrightProcess.run(["scratch", fixture.url.path])
        #expect(again.standardOutput.contains("0 rendered, 2 kept"), "\(again.standardOutput)")

        var episode = try JSONDecoder().decode(Episode.self, from: Data(contentsOf: fixture.folder.manifest))
        episode.segments[1].text = "Words the producer wrote in place of the old ones, and rather more of them."
        try JSONEncoder().encode(episode).write(to: fixture.folder.manifest)
        let afterEdit = try PodwrightProcess.run(["scratch", fixture.url.path])
        #expect(afterEdit.status == 0, "\(afterEdit.standardError)")
        #expect(afterEdit.standardOutput.contains("1 rendered, 1 kept"), "\(afterEdit.standardOutput)")
        #expect(afterEdit.standardError.contains("s1-p2"))
        #expect(try Data(contentsOf: edited) != editedBefore)
        #expect(try Data(contentsOf: kept) == keptBefore)
    }
}
