import Foundation
import PodwrightCore
import Testing

@Suite struct EpisodeCodingTests {
    @Test func manifestKeysFollowTheContract() throws {
        let episode = Episode(
            title: "A title",
            authors: ["Ada Writer"],
            sections: [Section(id: "s1", title: "One")],
            speakers: [Speaker(id: "narrator", name: "Narrator", role: .narrator)],
            segments: [
                Segment(
                    id: "s1-p1", section: "s1", speaker: "narrator", kind: .narration, text: "Words.",
                    estimatedSeconds: 0.4, source: TextRange(start: 0, end: 6))
            ],
            quotes: [Quote(text: "Words", speaker: "narrator", segment: "s1-p1")]
        )
        let data = try JSONEncoder().encode(episode)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["title", "authors", "sections", "speakers", "segments", "quotes"] {
            #expect(object[key] != nil, "episode.json lacks \(key)")
        }
        let segment = try #require((object["segments"] as? [[String: Any]])?.first)
        for key in ["id", "section", "speaker", "kind", "text", "estimatedSeconds", "source"] {
            #expect(segment[key] != nil, "a segment lacks \(key)")
        }
        #expect(try JSONDecoder().decode(Episode.self, from: data) == episode)
    }
}
