import Foundation
import PodwrightCore
import Testing

/// Sentences, caption pieces and lines: the building blocks of every transcript format.
@Suite struct ExportTextTests {
    @Test(arguments: [
        (
            "Dr. Lee and her team published it. They were pleased.",
            ["Dr. Lee and her team published it.", "They were pleased."]
        ),
        ("J. K. Rowling said so. Then she left.", ["J. K. Rowling said so.", "Then she left."]),
        ("U.S. officials agreed. Others did not!", ["U.S. officials agreed.", "Others did not!"]),
        ("“It works.” Then it broke. Why? Nobody knows…", ["“It works.”", "Then it broke.", "Why?", "Nobody knows…"]),
        ("It costs 3.5 million. That is a lot.", ["It costs 3.5 million.", "That is a lot."]),
        ("no capital after this. so one sentence.", ["no capital after this. so one sentence."]),
        ("Mr. and Mrs. Kim arrived at 10 a.m. on Monday.", ["Mr. and Mrs. Kim arrived at 10 a.m. on Monday."]),
    ])
    func sentences(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter.sentences(text) == expected)
    }

    @Test func sentencesKeepEveryWord() {
        var generator = SystemRandomNumberGenerator()
        let words = ["The", "ferry", "left.", "Dr.", "Lee", "said:", "“Go!”", "U.S.", "ten,", "and", "Why?", "Yes."]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in
                words.randomElement(using: &generator)!
            }
            .joined(separator: " ")
            #expect(SentenceSplitter.sentences(text).joined(separator: " ") == text)
        }
    }

    /// Caption pieces keep every word in order, hold at most two lines, and wrap to lines of at most 42 characters
    /// (a single longer word is the only exception).
    @Test func captionPiecesAndLinesRoundTrip() {
        var generator = SystemRandomNumberGenerator()
        let words = [
            "a", "tide", "timetable,", "harbour", "Marchand", "institute;", "supercalifragilisticexpialidocious",
            "of", "the", "Épisode", "Moon", "Jae-in", "—", "said",
        ]
        for _ in 0..<300 {
            let sentence = (0..<Int.random(in: 1...60, using: &generator)).map { _ in
                words.randomElement(using: &generator)!
            }
            .joined(separator: " ")
            let pieces = CaptionLayout.pieces(sentence)
            #expect(pieces.joined(separator: " ") == sentence)
            for piece in pieces {
                let lines = CaptionLayout.lines(piece)
                #expect(lines.joined(separator: " ") == piece)
                #expect(lines.allSatisfy { $0.count <= CaptionLayout.lineLength || !$0.contains(" ") })
                if !piece.split(separator: " ").contains(where: { $0.count > 20 }) {
                    #expect(lines.count <= CaptionLayout.maximumLines, "\(piece)")
                }
            }
        }
    }

    @Test(arguments: [
        (0.0, "00:00:00", "00:00:00.000", "00:00:00,000", "0"),
        (61.2345, "00:01:01", "00:01:01.235", "00:01:01,235", "61.235"),
        (3725.5, "01:02:05", "01:02:05.500", "01:02:05,500", "3725.5"),
        (-0.2, "00:00:00", "00:00:00.000", "00:00:00,000", "0"),
    ])
    func timecodes(_ seconds: Double, _ clock: String, _ vtt: String, _ srt: String, _ decimal: String) {
        #expect(Timecode.clock(seconds) == clock)
        #expect(Timecode.webVTT(seconds) == vtt)
        #expect(Timecode.subRip(seconds) == srt)
        #expect(Timecode.decimal(seconds) == decimal)
    }

    @Test(arguments: [
        ("2026-11-29", 1_795_910_400.0), ("2026-11-29T06:00:00Z", 1_795_932_000), ("14 October 2025", 1_760_400_000),
        ("October 14, 2025", 1_760_400_000), ("Oct 14, 2025", 1_760_400_000),
        ("Tuesday 14 October 2025", 1_760_400_000),
    ])
    func articleDates(_ text: String, _ seconds: Double) {
        #expect(NotesWriter.parseArticleDate(text)?.timeIntervalSince1970 == seconds)
    }

    @Test func notADate() {
        #expect(NotesWriter.parseArticleDate("last week") == nil)
        #expect(NotesWriter.parseDate("14 October 2025") == nil)
    }

    @Test func markupEscaping() {
        let hostile = "<script>alert(\"x\")</script> & ]]> \u{1}"
        #expect(hostile.htmlEscaped == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ]]&gt; ")
        #expect(hostile.vttEscaped == "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; ]]&gt; ")
        #expect(hostile.cdata == "<![CDATA[<script>alert(\"x\")</script> & ]]]]><![CDATA[> ]]>")
    }
}
