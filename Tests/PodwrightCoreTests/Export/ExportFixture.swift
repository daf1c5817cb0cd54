import Foundation
import PodwrightCore

/// A small, fixed episode and timeline for the export tests: our own text, non-ASCII names, a voiced quote, an
/// unnamed source and a partial quote whose speaker is never heard. A voiced quote's segment holds its quotation
/// marks, as the segmenter writes it.
enum ExportFixture {
    static let narrator = Speaker(id: "narrator", name: "Narrator", role: .narrator)
    static let speakers = [
        narrator,
        Speaker(
            id: "elodie-marchand", name: "Élodie Marchand", aliases: ["Captain Marchand", "Marchand"], role: .quoted,
            title: "captain of the night ferry"),
        Speaker(id: "a-harbour-official", name: "a harbour official", role: .source, title: "unnamed source"),
        Speaker(
            id: "jonas-berg", name: "Jonas Berg", aliases: ["Berg"], role: .quoted, title: "the port's former director"),
    ]

    static let title = "Épisode 12: The Night Ferry & the Tide Tables"

    static func episode(title: String = title, sections: [Section]? = nil) -> Episode {
        let segments: [(String, String, String, Segment.Kind, String)] = [
            ("intro-title", "intro", "narrator", .title, "\(title). By Mara Okafor."),
            ("s1-h", "s1", "narrator", .heading, "A timetable written by the tide."),
            (
                "s1-p1", "s1", "narrator", .narration,
                "Every night at ten, the ferry from Kestrel Point leaves when the water says it may. The timetable "
                    + "printed on the harbour wall is, in the words of one deckhand, “a polite suggestion.” Passengers "
                    + "have learned to check the tide tables instead."
            ),
            (
                "s1-p2", "s1", "narrator", .narration,
                "Captain Élodie Marchand has run the crossing for eleven years. She keeps a pencil behind her ear."
            ),
            (
                "s1-p2-q1", "s1", "elodie-marchand", .quote,
                "“The sea doesn't read our schedules. We read the sea, and then we tell people when to come.”"
            ),
            (
                "s1-p3", "s1", "narrator", .narration,
                "The port's former director, Jonas Berg, once called the arrangement “charming chaos,” but he never "
                    + "changed it."
            ),
            ("s2-h", "s2", "narrator", .heading, "Seoul, after Moon Jae-in"),
            (
                "s2-p1", "s2", "narrator", .narration,
                "Harbour authorities across the region watched as Seoul tried flexible sailing windows. Dr. Lee and "
                    + "her team at the maritime institute published the results in March."
            ),
            (
                "s2-p1-q1", "s2", "a-harbour-official", .quote,
                "“If it works for a city of ten million, it can work for an island of four thousand. We only need the "
                    + "courage to say the timetable is a guess.”"
            ),
            ("s2-p2", "s2", "narrator", .narration, "For now, the ferry still leaves at ten. Roughly."),
            (
                "credits-1", "credits", "narrator", .credits,
                "Mara Okafor covers coastal towns and the people who keep them running. Read by Alex Reed."
            ),
        ]
        let allSections =
            sections ?? [
                Section(id: "intro", title: title), Section(id: "s1", title: "A timetable written by the tide"),
                Section(id: "s2", title: "Seoul, after Moon Jae-in"), Section(id: "credits", title: "Credits"),
            ]
        let sectionIDs = Set(allSections.map(\.id))
        return Episode(
            title: title, authors: ["Mara Okafor"], date: "2026-11-20", category: "Coast",
            source: "https://example.org/news/night-ferry",
            show: ShowConfiguration(
                name: "Harbour Lines", narratorName: "Alex Reed",
                voices: ["elodie-marchand": "Inès Dubois", "a-harbour-official": "Tom Hale"]),
            sections: allSections, speakers: speakers,
            segments: segments.map { id, section, speaker, kind, text in
                Segment(
                    id: id, section: sectionIDs.contains(section) ? section : allSections[0].id, speaker: speaker,
                    kind: kind, text: text, estimatedSeconds: Double(text.count) / 15)
            },
            quotes: [
                Quote(
                    text: "a polite suggestion.", speaker: "narrator", segment: "s1-p1", confidence: 0.4, partial: true),
                Quote(
                    text: "The sea doesn't read our schedules. We read the sea, and then we tell people when to come.",
                    speaker: "elodie-marchand", segment: "s1-p2-q1", confidence: 0.95),
                Quote(text: "charming chaos,", speaker: "jonas-berg", segment: "s1-p3", confidence: 0.9, partial: true),
                Quote(
                    text: "If it works for a city of ten million, it can work for an island of four thousand. We only "
                        + "need the courage to say the timetable is a guess.",
                    speaker: "a-harbour-official", segment: "s2-p1-q1", confidence: 0.8),
            ],
            credits: ["Mara Okafor covers coastal towns and the people who keep them running."])
    }

    /// A timeline laid out at 48 kHz: each segment's length in proportion to its text, pauses between, `total`
    /// seconds in all.
    static func timeline(for episode: Episode, total: Double = 24, file: String = "episode.mp3") -> Timeline {
        let rate = 48_000
        let pause = 0.35
        let characters = Double(episode.segments.map(\.text.count).reduce(0, +))
        let speech = total - pause * Double(episode.segments.count + 1)
        var position = Int(pause * Double(rate))
        var timings: [SegmentTiming] = []
        var chapters: [Chapter] = []
        for segment in episode.segments {
            if !chapters.contains(where: { $0.id == segment.section }) {
                let start = chapters.isEmpty ? 0 : position - Int(pause / 2 * Double(rate))
                let title = episode.section(id: segment.section)?.title ?? segment.section
                chapters.append(Chapter(id: segment.section, title: title, startSample: start, sampleRate: rate))
            }
            let length = Int(speech * Double(segment.text.count) / characters * Double(rate))
            timings.append(
                SegmentTiming(
                    id: segment.id, speaker: segment.speaker, section: segment.section, kind: segment.kind,
                    take: "\(segment.id).wav", startSample: position, endSample: position + length, sampleRate: rate))
            // The second segment's take was aligned: its words share its time, as an even reader's would.
            if timings.count == 2 {
                let words = SpokenWords(segment.text).words
                let start = timings[1].start
                let step = (timings[1].end - start) / Double(max(1, words.count))
                timings[1].words = words.enumerated().map { index, word in
                    let begins = ((start + Double(index) * step) * 1000).rounded() / 1000
                    return WordTiming(word: word.text, start: begins, end: begins + step * 0.8)
                }
            }
            position += length + Int(pause * Double(rate))
        }
        return Timeline(
            sampleRate: rate, channels: 1, durationSamples: position, segments: timings, chapters: chapters, file: file)
    }

    static func peaks(for timeline: Timeline) -> WaveformPeaks {
        let perPeak = timeline.sampleRate / 10
        let count = timeline.durationSamples / perPeak
        let values = (0..<count).map { index -> Float in
            let sample = index * perPeak
            let speaking = timeline.segments.contains { $0.startSample <= sample && sample < $0.endSample }
            return speaking ? Float(0.35 + 0.45 * abs(sin(Double(index) * 0.7))) : 0.02
        }
        return WaveformPeaks(sampleRate: timeline.sampleRate, samplesPerPeak: perPeak, peaks: values)
    }

    /// 2026-11-29T06:00:00Z.
    static let date = Date(timeIntervalSince1970: 1_795_932_000)

    static func notes(
        episode: Episode = episode(), baseURL: String? = "https://example.org/harbour-lines/ep12/"
    ) throws -> EpisodeNotes {
        let timeline = timeline(for: episode)
        return try EpisodeNotes(
            episode: episode, timeline: timeline,
            publication: Publication(
                baseURL: baseURL, date: date, audio: Publication.Audio(fileName: "episode.mp3", byteCount: 391_234)))
    }
}
