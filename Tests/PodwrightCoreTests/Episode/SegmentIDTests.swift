import PodwrightCore
import Testing

/// The id grammar: what the segmenter and the parser build reads back as the shape it was built from.
@Suite struct SegmentIDTests {
    @Test(arguments: [
        (SegmentID.heading(section: "s2"), "s2-h", SegmentID.Shape.heading(section: "s2")),
        (.paragraph(section: "intro", number: 3), "intro-p3", .paragraph(section: "intro", number: 3, piece: nil)),
        (.paragraph(section: "s1", number: 2, piece: 1), "s1-p2b", .paragraph(section: "s1", number: 2, piece: "b")),
        (.paragraph(section: "s1", number: 2, piece: 26), "s1-p2aa", .paragraph(section: "s1", number: 2, piece: "aa")),
        (.credits(number: 2), "credits-2", .credits(number: 2)),
        (.added(section: "s4", number: 1), "s4-n1", .added(section: "s4", number: 1)),
        (.title, "title", .framing("title")),
        (.outro, "outro", .framing("outro")),
    ])
    func builtIdsReadBackAsTheirShape(id: SegmentID, raw: String, shape: SegmentID.Shape) {
        #expect(id.rawValue == raw)
        #expect(SegmentID(raw).shape == shape)
    }

    @Test(arguments: ["my-own", "s1-p", "s1-pX", "s1-n2b", "-h", "credits-0", "s1-p0"])
    func handWrittenIdsOfOtherShapesStayOther(raw: String) {
        #expect(SegmentID(raw).shape == .other)
    }

    @Test func piecesJoinBackIntoTheirParagraph() {
        #expect(SegmentID("s1-p3b").paragraph == SegmentID("s1-p3"))
        #expect(SegmentID("s1-p3-q1").paragraph == SegmentID("s1-p3"))
        #expect(SegmentID("s1-h").paragraph == SegmentID("s1-h"))
    }

    @Test func pieceLettersCountLikeSpreadsheetColumns() {
        #expect((0..<30).map(SegmentID.pieceLetters).prefix(3) == ["a", "b", "c"])
        #expect(SegmentID.pieceLetters(25) == "z")
        #expect(SegmentID.pieceLetters(26) == "aa")
        #expect(SegmentID.pieceLetters(27) == "ab")
        #expect(Set((0..<1000).map(SegmentID.pieceLetters)).count == 1000)
    }

    @Test func sectionNumbers() {
        #expect(SectionID.numbered(3) == "s3")
        #expect(SectionID.number(of: "s12") == 12)
        #expect(SectionID.number(of: "intro") == nil)
        #expect(SectionID.number(of: "s1b") == nil)
        #expect(SectionID.number(of: "s0") == nil)
    }
}
