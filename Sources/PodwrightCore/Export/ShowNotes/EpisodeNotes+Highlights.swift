import Foundation

/// The parts of the notes chosen from the article: summary, notable quotes, soundbite.
extension EpisodeNotes {
    /// A quotation worth listing, with where it is heard.
    public struct NotableQuote: Equatable, Sendable {
        /// The words between the marks.
        public var text: String
        /// The speaker's display name.
        public var speaker: String
        /// The segment that reads it.
        public var segment: String
        /// When it starts, in seconds.
        public var start: Double
    }

    /// A soundbite for `podcast:soundbite`.
    public struct Soundbite: Equatable, Sendable {
        /// Start in seconds.
        public var start: Double
        /// Length in seconds.
        public var duration: Double
        /// Its title (at most 128 characters).
        public var title: String
    }

    /// The summary in the article's own words: its lede, the first paragraphs of the first section that has any
    /// (the paragraphs before the first heading, else the first headed section's), each whole, narration and the
    /// quotes voiced inside it together, cut only at sentence ends. Never invented text.
    public var summary: [String] {
        let paragraphs = Self.paragraphs(of: placedSegments.map(\.segment))
        let firstSection = paragraphs.first?.section
        var result: [String] = []
        var length = 0
        for paragraph in paragraphs where paragraph.section == firstSection && length < 280 && result.count < 2 {
            var text = paragraph.text
            if text.count > 700 {
                var kept = ""
                for sentence in SentenceSplitter.sentences(text) where kept.isEmpty || kept.count + sentence.count < 600
                {
                    kept += kept.isEmpty ? sentence : " " + sentence
                }
                text = kept
            }
            result.append(text)
            length += text.count
        }
        return result
    }

    /// The article's paragraphs as the script reads them: consecutive narration and quote segments of one paragraph
    /// (`intro-p2a`, `intro-p2b`, `s1-p3`, `s1-p3-q1`) joined in order on one line. Pieces whose source ranges touch
    /// join without a space, as printed (a quote's closing mark and the stop after it).
    static func paragraphs(of segments: [Segment]) -> [(section: String, text: String)] {
        var result: [(section: String, key: String, text: String, end: Int?)] = []
        for segment in segments where segment.kind == .narration || segment.kind == .quote {
            let key = paragraphKey(segment.id)
            let text = segment.text.singleLine
            guard !text.isEmpty else { continue }
            if let last = result.last, last.key == key, last.section == segment.section {
                let touching = last.end != nil && last.end == segment.source?.start
                result[result.count - 1].text += (touching ? "" : " ") + text
                result[result.count - 1].end = segment.source?.end
            } else {
                result.append((segment.section, key, text, segment.source?.end))
            }
        }
        return result.map { ($0.section, $0.text) }
    }

    /// The paragraph a segment id names (``SegmentID/paragraph``).
    static func paragraphKey(_ id: String) -> String { SegmentID(id).paragraph.rawValue }

    /// Up to four full quotes in their speakers' voices, chosen for length (a sentence or two), in episode order.
    public var notableQuotes: [NotableQuote] {
        let timings = Dictionary(placedSegments.map { ($0.segment.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        var candidates: [(score: Double, quote: NotableQuote)] = []
        for quote in episode.quotes where !quote.partial && quote.confidence >= 0.5 {
            let text = quote.text.singleLine
            guard text.count >= 30, let placed = timings[quote.segment], seen.insert(text).inserted,
                placed.segment.speaker == quote.speaker
            else { continue }
            // A quote that starts mid-sentence ("and I tell them…") is the tail of a split quote: rank it last.
            let tail = text.first?.isLowercase == true ? 1_000.0 : 0
            let score = -abs(Double(min(text.count, 400)) - 140) - tail
            let notable = NotableQuote(
                text: text, speaker: speakerName(quote.speaker), segment: quote.segment,
                start: Self.start(of: text, in: placed.segment, timing: placed.timing))
            candidates.append((score, notable))
        }
        let best = candidates.sorted { $0.score > $1.score }.prefix(4).map(\.quote)
        return best.sorted { $0.start < $1.start }
    }

    /// A soundbite: the best quote and what follows it until about 15 seconds (at most 60), or the lede.
    public var soundbite: Soundbite {
        let best = notableQuotes.max { abs($0.text.count - 140) > abs($1.text.count - 140) }
        let startIndex =
            placedSegments.firstIndex { $0.segment.id == best?.segment }
            ?? placedSegments.firstIndex { $0.segment.kind == .narration } ?? 0
        let start = placedSegments.isEmpty ? 0 : placedSegments[startIndex].timing.start
        var end = start
        for (segment, timing) in placedSegments[startIndex...] {
            if end - start >= 15 || timing.end - start > 60
                || segment.section != placedSegments[startIndex].segment.section
            {
                break
            }
            end = timing.end
        }
        if end <= start { end = min(duration, start + 15) }
        let title = best.map { "\($0.speaker): “\($0.text)”" } ?? title
        return Soundbite(start: start, duration: end - start, title: title.truncated(to: 128))
    }

    /// Where `text` begins inside a segment, by its share of the segment's characters.
    static func start(of text: String, in segment: Segment, timing: SegmentTiming) -> Double {
        let whole = segment.text.singleLine
        guard let range = whole.range(of: text), !whole.isEmpty else { return timing.start }
        // A voiced quote's segment opens with its quotation mark: nothing is said before the quote.
        guard whole[..<range.lowerBound].contains(where: { $0.isLetter || $0.isNumber }) else { return timing.start }
        let before = Double(whole.distance(from: whole.startIndex, to: range.lowerBound))
        return timing.start + (timing.end - timing.start) * before / Double(whole.count)
    }
}
