import Foundation
import PodwrightAudio
import PodwrightCore
import Testing

/// Which take plays for each segment, and what a producer is told about the rest of the takes folder.
@Suite struct AssemblyCatalogTests {
    static let episode = AssemblyFixture.episode([
        ("s1-p1", "s1", "narrator", .narration), ("s1-p2", "s1", "narrator", .narration),
        ("s1-p2-q1", "s1", "kim", .quote), ("s2-p1", "s2", "narrator", .narration),
    ])

    static func files(_ names: [String]) -> [URL] {
        names.map { URL(fileURLWithPath: "/takes/\($0)") }
    }

    @Test(arguments: [
        (["s1-p1.wav"], "s1-p1.wav"),
        (["s1-p1.wav", "s1-p1.take2.wav"], "s1-p1.take2.wav"),
        (["s1-p1.wav", "s1-p1.take2.flac", "s1-p1.take10.aiff"], "s1-p1.take10.aiff"),
        (["s1-p1.scratch.wav", "s1-p1.wav"], "s1-p1.wav"),
        (["s1-p1.scratch.wav"], "s1-p1.scratch.wav"),
        (["s1-p1.take3.mp3", "s1-p1.scratch.wav"], "s1-p1.take3.mp3"),
    ])
    func highestRecordedTakeWins(names: [String], chosen: String) throws {
        let catalog = try TakeCatalog(episode: Self.episode, files: Self.files(names))
        #expect(catalog.chosen["s1-p1"]?.name == chosen)
    }

    @Test func aPinnedTakeWinsAndAMissingPinIsReported() throws {
        var episode = Self.episode
        episode.segments[0].take = 1
        episode.segments[1].take = 3
        let catalog = try TakeCatalog(
            episode: episode,
            files: Self.files([
                "s1-p1.wav", "s1-p1.take2.wav", "s1-p2.wav", "s1-p2.take2.wav", "s1-p2-q1.wav", "s2-p1.wav",
            ]))
        #expect(catalog.chosen["s1-p1"]?.name == "s1-p1.wav")
        #expect(catalog.chosen["s1-p2"] == nil)
        #expect(catalog.missing.map(\.description) == ["s1-p2 (take 3 is pinned in the script; found take 1, 2)"])
    }

    @Test func everyMissingSegmentIsListedInOrder() throws {
        let catalog = try TakeCatalog(episode: Self.episode, files: Self.files(["s1-p2.wav"]))
        #expect(catalog.missing.map(\.segmentID) == ["s1-p1", "s1-p2-q1", "s2-p1"])
        let message = AssemblyError.missingTakes(catalog.missing).description
        for id in ["s1-p1", "s1-p2-q1", "s2-p1"] { #expect(message.contains(id)) }
        #expect(message.contains("--allow-missing silence"))
    }

    @Test(arguments: [
        ("s1-p3.wav", "s1-p1.wav"),
        ("s1p1.wav", "s1-p1.wav"),
        ("S1-P2.wav", "s1-p2.wav"),
        ("s1-p2-take2.wav", "s1-p2.take2.wav"),
        ("s1-p2_take3.flac", "s1-p2.take3.flac"),
        ("s1-p2-q.wav", "s1-p2-q1.wav"),
        ("s2-1p.wav", "s2-p1.wav"),
    ])
    func aMistypedNameSuggestsTheNearestId(name: String, suggestion: String) throws {
        let catalog = try TakeCatalog(episode: Self.episode, files: Self.files([name]))
        #expect(catalog.warnings.count == 1)
        #expect(catalog.warnings.first?.description.contains("takes/\(name) matches no segment") == true)
        #expect(
            catalog.warnings.first?.description.contains("did you mean \(suggestion)?") == true, "\(catalog.warnings)")
    }

    @Test func unrelatedNamesGetNoSuggestionAndOtherFilesAreIgnored() throws {
        let catalog = try TakeCatalog(
            episode: Self.episode,
            files: Self.files([
                "interview-raw.wav", "notes.txt", ".DS_Store", "b-roll.m4a",
            ]))
        #expect(catalog.warnings.count == 2)
        #expect(
            catalog.warnings.map(\.description).contains {
                $0.contains("interview-raw.wav") && !$0.contains("did you mean")
            })
        // (A segment's own take in such a format stops the run: UnplayableTakeTests.)
        #expect(
            catalog.warnings.map(\.description).contains {
                $0.contains("b-roll.m4a") && $0.contains("convert it to WAV or FLAC")
            })
    }

    @Test func twoFilesForOneTakeAreRefused() {
        #expect(throws: AssemblyError.ambiguousTakes(segment: "s1-p1", files: ["s1-p1.flac", "s1-p1.wav"])) {
            try TakeCatalog(episode: Self.episode, files: Self.files(["s1-p1.flac", "s1-p1.wav"]))
        }
    }
}
