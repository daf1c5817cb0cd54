import Foundation
import PodwrightCore
import Testing

@Suite struct TimelineCodingTests {
    @Test func aPlaceholderCarriesEveryKeyWithANullTake() throws {
        let placeholder = SegmentTiming(
            id: "s1-p2", speaker: "narrator", section: "s1", kind: .narration, take: nil,
            startSample: 48_000, endSample: 96_000, sampleRate: 48_000, placeholder: true)
        let recorded = SegmentTiming(
            id: "s1-p1", speaker: "narrator", section: "s1", kind: .narration, take: "s1-p1.wav",
            startSample: 0, endSample: 48_000, sampleRate: 48_000)
        for timing in [placeholder, recorded] {
            let data = try JSONEncoder().encode(timing)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let keys: Set<String> = [
                "id", "speaker", "section", "kind", "take", "startSample", "endSample", "start", "end",
                "trimmedHeadSamples", "trimmedTailSamples", "gainDB", "placeholder",
            ]
            #expect(Set(object.keys) == keys)
            #expect(try JSONDecoder().decode(SegmentTiming.self, from: data) == timing)
        }
        let data = try JSONEncoder().encode(placeholder)
        #expect(String(decoding: data, as: UTF8.self).contains("\"take\":null"))
    }
}
