import PodwrightCore

/// A small seeded random source (SplitMix64), so every generated case can be replayed from its seed.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E59B
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generates valid episodes for the round-trip property: the shapes the segmenter and a producer's edits produce,
/// with text full of what Markdown and the script format treat specially.
struct EpisodeGenerator {
    var random: SeededRandom

    /// Words that start and end a text: never whitespace, so texts need no trimming.
    static let words = [
        "Tsuruoka", "Jae-in", "Zürich", "東京", "straße", "ĳssel", "e\u{301}té", "🎙️", "Москва", "عربي", "naïve",
        "*", "**bold**", "_under_", "#1", "#", "|", "a|b", "<b>", "<!--", "-->", "[pause 1s]", "[", "]", "`code`",
        "\\", "\\*", "&amp;", "AT&T", "~~", "1.", "2)", "-", "+", "=", ">", "·", "“", "”", "\"", ":", ";", "x;y",
        "{title}", "42", "—", "…", "O’Brien", "said", "the", "word", "!", "?", "***", "- item", "0:12",
    ]
    /// What may sit between words.
    static let gaps = [" ", " ", " ", "  ", "\u{A0}", "", " · "]

    init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    mutating func pick<T>(_ values: [T]) -> T { values.randomElement(using: &random)! }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func text(maxWords: Int = 12) -> String {
        var result = pick(Self.words)
        for _ in 0..<count(0...maxWords - 1) { result += pick(Self.gaps) + pick(Self.words) }
        return result
    }

    /// A stretch of `text`, as a quote's words are a stretch of their segment's.
    mutating func excerpt(of text: String) -> String {
        let characters = Array(text)
        let start = count(0...characters.count - 1)
        return String(characters[start..<min(characters.count, start + count(1...40))])
    }

    mutating func optionalText() -> String? { chance(0.5) ? text(maxWords: 4) : nil }

    mutating func range() -> TextRange? {
        guard chance(0.7) else { return nil }
        let start = count(0...5000)
        return TextRange(start: start, end: start + count(0...400))
    }

    mutating func speakers() -> [Speaker] {
        var result = [Speaker(id: "narrator", name: text(maxWords: 3), role: .narrator, voice: optionalText())]
        if chance(0.3) { result.append(Speaker(id: "host", name: text(maxWords: 2), role: .host)) }
        for index in 0..<count(0...4) {
            let aliases = (0..<count(0...3)).map { _ in text(maxWords: 3) }
            result.append(
                Speaker(
                    id: pick(["sp-\(index)", "x_\(index).b", "Person\(index)"]), name: text(maxWords: 3),
                    aliases: aliases, role: pick([.quoted, .source]), title: optionalText(),
                    voice: optionalText()))
        }
        return result
    }

    mutating func episode() -> Episode {
        var show = ShowConfiguration(
            name: text(maxWords: 4), introTemplate: chance(0.2) ? "" : text(),
            outroTemplate: text(), wordsPerMinute: pick([155, 120, 172.5, 1]))
        let speakers = speakers()
        show.narratorName = speakers[0].name
        show.voices = Dictionary(uniqueKeysWithValues: speakers.compactMap { s in s.voice.map { (s.id, $0) } })
        var sections = [Section(id: "intro", title: text(maxWords: 5))]
        for index in 1...count(1...4) { sections.append(Section(id: "s\(index)", title: chance(0.2) ? "" : text())) }
        if chance(0.6) { sections.append(Section(id: "credits", title: "Credits")) }
        var segments: [Segment] = []
        for section in sections {
            for index in 0..<count(0...4) {
                let speaker = pick(speakers)
                let narrates = speaker.role == .narrator || speaker.role == .host
                let kind: Segment.Kind =
                    narrates
                    ? pick([
                        .narration, .narration, .heading, .title, .intro, .credits,
                        .outro,
                    ]) : pick([.quote, .quote, .heading])
                let body = text(maxWords: 30)
                segments.append(
                    Segment(
                        id: pick([
                            "\(section.id)-p\(index + 1)", "\(section.id)-p\(index + 1)b", "\(section.id)-n\(index)",
                        ]),
                        section: section.id, speaker: speaker.id, kind: kind, text: body,
                        estimatedSeconds: ReadingTime.seconds(for: body, wordsPerMinute: show.wordsPerMinute),
                        source: range(), pauseAfterSeconds: chance(0.2) ? pick([0, 0.5, 1.5, 2.25, 10]) : nil,
                        take: chance(0.2) ? count(1...5) : nil, musicBefore: chance(0.15) ? text(maxWords: 2) : nil))
            }
        }
        var quotes: [Quote] = []
        for _ in 0..<(segments.isEmpty ? 0 : count(0...5)) {
            let segment = pick(segments)
            let speaker = segment.kind == .quote ? segment.speaker : pick(speakers).id
            quotes.append(
                Quote(
                    text: excerpt(of: segment.text), speaker: speaker, segment: segment.id,
                    confidence: pick([0, 0.3, 0.59, 0.6, 0.95, 1, 0.123456789]), partial: chance(0.3),
                    source: range(), reviewed: chance(0.3)))
        }
        return Episode(
            title: text(maxWords: 8), authors: (0..<count(0...3)).map { _ in text(maxWords: 3) },
            date: optionalText(), category: optionalText(), source: optionalText(), show: show, sections: sections,
            speakers: speakers, segments: segments, quotes: quotes,
            credits: segments.filter { $0.kind == .credits }.map(\.text), pronunciations: pronunciations()
        )
    }

    /// A Pronunciations table, or none: single words, in CMU phones, respelled, or left for the producer to fill.
    mutating func pronunciations() -> [Pronunciation]? {
        guard chance(0.4) else { return nil }
        let words = ["Tsuruoka", "Zürich", "O’Brien", "naïve", "Москва", "AT&T", "Natarajan", "x|y", "a\\b", "#1"]
        let sayings = [
            "T S UW1 R UW0 OW1 K AH0", "N AA2 T AH0 R AA1 JH AH0 N", "tsoo-roo-OH-kah", "zoo rick", "", "*ah*",
        ]
        var chosen: [Pronunciation] = []
        for word in words.shuffled(using: &random).prefix(count(0...4)) {
            chosen.append(Pronunciation(word: word, sayAs: pick(sayings)))
        }
        return chosen
    }
}
