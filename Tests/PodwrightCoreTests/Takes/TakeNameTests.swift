import PodwrightCore
import Testing

/// Take file names: parse ∘ render is the identity, and the recording sheet names what the assembler reads.
@Suite struct TakeNameTests {
    @Test(arguments: [
        ("s1-p2.wav", "s1-p2", TakeName.Kind.recorded(1), "wav"),
        ("s1-p2.take3.FLAC", "s1-p2", .recorded(3), "FLAC"),
        ("intro.scratch.wav", "intro", .scratch, "wav"),
        ("credits-1.Take2.mp3", "credits-1", .recorded(2), "mp3"),
        ("s1.p2.wav", "s1.p2", .recorded(1), "wav"),
    ])
    func namesParse(file: String, id: String, kind: TakeName.Kind, ext: String) throws {
        let name = try #require(TakeName(fileName: file))
        #expect(name.segmentID == id)
        #expect(name.kind == kind)
        #expect(name.fileExtension == ext)
    }

    @Test(arguments: ["notes.txt", ".wav", ".hidden.wav", "noextension", "s1-p2.m4a"])
    func nonTakesAreNotTakes(file: String) {
        #expect(TakeName(fileName: file) == nil)
    }

    @Test func renderThenParseIsIdentity() throws {
        let ids = ["s1-p2", "intro", "credits-3", "s10-p12ab", "s2-n1", "my.odd-id"]
        let kinds: [TakeName.Kind] = [.recorded(1), .recorded(2), .recorded(17), .scratch]
        for id in ids {
            for kind in kinds {
                for ext in ["wav", "flac", "mp3"] {
                    let name = TakeName(segmentID: id, kind: kind, fileExtension: ext)
                    #expect(TakeName(fileName: name.fileName) == name, "\(name.fileName)")
                }
            }
        }
    }

    @Test func theRecordingSheetNamesTheSameFiles() {
        #expect(RecordingSheet.takePath(for: "s1-p2") == "takes/s1-p2.wav")
        #expect(RecordingSheet.takePath(for: "s1-p2", take: 2) == "takes/s1-p2.take2.wav")
        #expect(TakeName(fileName: "s1-p2.take2.wav")?.number == 2)
    }
}
