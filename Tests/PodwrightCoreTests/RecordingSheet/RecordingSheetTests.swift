import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

@Suite struct RecordingSheetTests {
    @Test func goldenRecordingSheet() throws {
        try Golden.check(
            RecordingSheet.render(try ScriptFormatTests.goldenEpisode()), named: "Script/golden-recording-sheet.md")
    }

    @Test func everySpeakerListsTheirSegmentsAndTotals() throws {
        let episode = try ScriptFormatTests.episode()
        let sheet = RecordingSheet.render(episode)
        let tsuruoka = try #require(sheet.range(of: "## Koji Tsuruoka (quoted)"))
        let after = sheet[tsuruoka.upperBound...]
        let time = episode.segments.filter { $0.speaker == "koji-tsuruoka" }.reduce(0) { $0 + $1.estimatedSeconds }
        #expect(after.hasPrefix("\n\n3 segments · \(ReadingTime.clock(time))\n"))
        for id in ["s1-p1a", "s1-p2a", "s1-p2c"] { #expect(after.contains("| `\(id)` | `takes/\(id).wav` |")) }
        #expect(sheet.contains("`takes/s1-h.wav` (use take 2)"))
    }

    @Test func pronunciationListHasSpeakersAndOtherNames() {
        var builder = ArticleBuilder()
        builder.section(
            nil,
            [
                "The Japanese government met Moon Jae-in in Seoul. However, talks with the United Nations Security "
                    + "Council stalled, and Mr. Kim left.",
                "Singapore hosted it. Officials in Singapore were pleased; President Trump’s aides said little.",
            ])
        let speaker = QuotedPerson(id: "koji", name: "Koji Tsuruoka", aliases: ["Ambassador Tsuruoka"])
        let episode = Segmenter().episode(from: builder.article(), quotes: QuoteAnalysis(speakers: [speaker]))
        let names = ProperNames.find(in: episode)
        #expect(names.speakers == ["Koji Tsuruoka", "Ambassador Tsuruoka"])
        #expect(
            names.others == [
                "Japanese", "Kim", "Moon Jae-in", "Seoul", "Singapore", "Trump",
                "United Nations Security Council",
            ])
    }
}
