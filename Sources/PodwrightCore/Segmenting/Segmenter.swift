/// Turns an article and what quote detection found in it into an episode script: sections, speakers and segments.
///
/// Every segment's text is a slice of the article exactly as printed, except the intro and outro, whose wording comes
/// from the show's templates. The label of a voiced interview turn ("LB: …") is read by nobody, since the voice says
/// who speaks; nor are those labels and a Q&A page's "Q:" where they open narration or a heading.
///
/// Ids are stable for the same article. The intro section (its chapter titled with the article title) holds `title`
/// (and `intro` when the intro template does not read the title, and `deck` for a standfirst), then the paragraphs
/// before the first heading as `intro-p1`, `intro-p2`, …. Section `sN` is the article's Nth heading, its heading
/// segment `sN-h`, its Mth paragraph `sN-pM`. A paragraph split around voiced quotes gives `…-pMa`, `…-pMb`, … in
/// reading order. The credits section holds `credits-1`, `credits-2`, … and `outro`.
public struct Segmenter: Sendable {
    /// Whether voiced quotes get their speakers' voices or stay with the narrator.
    public enum QuoteVoicing: String, Sendable, CaseIterable, Codable {
        /// A full, confidently attributed quote becomes its own segment in its speaker's voice.
        case voiced
        /// Everything stays in the narrator's voice; quotes are still listed.
        case narrated
    }

    /// The show whose templates, pace and voices are used.
    public var show: ShowConfiguration
    /// How quotes are voiced.
    public var voicing: QuoteVoicing

    /// The narrator's speaker id.
    public static let narratorID = "narrator"

    /// - Parameters:
    ///   - show: The show configuration: templates, words per minute, voices.
    ///   - voicing: `.voiced` (the default) or `.narrated`.
    public init(show: ShowConfiguration = ShowConfiguration(), voicing: QuoteVoicing = .voiced) {
        self.show = show
        self.voicing = voicing
    }

    /// Builds the episode for `article`.
    /// - Parameters:
    ///   - article: The cleaned article; every range points into its `body`.
    ///   - analysis: The quoted speakers and spans (`QuoteAnalysis.none` when quotes were not analysed).
    /// - Returns: The episode, ready to render as `script.md` and encode as `episode.json`.
    public func episode(from article: Article, quotes analysis: QuoteAnalysis) -> Episode {
        let body = BodyText(article.body)
        let speakers = speakers(for: analysis)
        let known = Set(speakers.map(\.id))
        var sections = [Section(id: SectionID.intro, title: article.title)]
        var segments = introSegments(for: article)
        var quotes: [Quote] = []
        let spansByParagraph = Dictionary(grouping: analysis.spans) {
            ParagraphKey(section: $0.section, paragraph: $0.paragraph)
        }

        let isVoiced = { (span: QuoteSpan) in
            voicing == .voiced && span.isVoiced && known.contains(span.speaker ?? "")
        }
        let labels = TurnLabels(body: body, spans: analysis.spans, isVoiced: isVoiced)

        // Paragraphs under no heading belong to the chapter before them: the opening run to the intro, whose chapter
        // carries the article title, so no chapter is left without a title.
        var sectionID = SectionID.intro
        var paragraphNumber = 0
        var headings = 0
        for (sectionIndex, articleSection) in article.sections.enumerated() {
            if let heading = articleSection.title, !heading.scriptTrimmed.isEmpty {
                headings += 1
                sectionID = SectionID.numbered(headings)
                paragraphNumber = 0
                sections.append(Section(id: sectionID, title: heading))
                let range = articleSection.titleRange.flatMap { body.text($0) == nil ? nil : labels.unlabelled($0) }
                let text = range.flatMap(body.text) ?? heading
                segments.append(
                    segment(.heading(section: sectionID), sectionID, Self.narratorID, .heading, text, range))
            }
            for (paragraphIndex, paragraph) in articleSection.paragraphs.enumerated() {
                paragraphNumber += 1
                let id = SegmentID.paragraph(section: sectionID, number: paragraphNumber)
                let spans = (spansByParagraph[ParagraphKey(section: sectionIndex, paragraph: paragraphIndex)] ?? [])
                    .sorted { $0.outer.start < $1.outer.start }
                let pieces = ParagraphSplitter(body: body, paragraph: paragraph).pieces(
                    voicing: spans.filter(isVoiced)
                ).map { piece in
                    var piece = piece
                    if piece.speaker == nil { piece.range = piece.range.map(labels.unlabelled) }
                    return piece
                }
                let pieceIDs =
                    pieces.count == 1
                    ? [id]
                    : pieces.indices.map { SegmentID.paragraph(section: sectionID, number: paragraphNumber, piece: $0) }
                for (piece, pieceID) in zip(pieces, pieceIDs) {
                    let text = piece.range.flatMap(body.text) ?? paragraph.text
                    segments.append(
                        segment(
                            pieceID, sectionID, piece.speaker ?? Self.narratorID,
                            piece.speaker == nil ? .narration : .quote, text, piece.range))
                }
                for span in spans {
                    let owner =
                        pieces.firstIndex { $0.contains(span.inner.start) }
                        ?? pieces.firstIndex { $0.contains(span.outer.start) } ?? 0
                    let speaker = span.speaker.flatMap { known.contains($0) ? $0 : nil } ?? Self.narratorID
                    quotes.append(
                        Quote(
                            text: body.text(span.inner) ?? "", speaker: speaker, segment: pieceIDs[owner].rawValue,
                            confidence: span.confidence, partial: span.isPartial, source: span.inner))
                }
            }
        }
        let closing = creditSegments(for: article)
        if !closing.isEmpty {
            sections.append(Section(id: SectionID.credits, title: "Credits"))
            segments += closing
        }
        var configuredShow = show
        configuredShow.narratorName = speakers[0].name
        configuredShow.voices = Dictionary(
            uniqueKeysWithValues: speakers.compactMap { s in s.voice.map { (s.id, $0) } })
        return Episode(
            title: article.title, authors: article.authors, date: article.date, category: article.category,
            source: article.source, show: configuredShow, sections: sections, speakers: speakers, segments: segments,
            quotes: quotes, credits: closing.filter { $0.kind == .credits }.map(\.text)
        )
    }

    /// The narrator, then every quoted speaker, each with the show's voice for them if it names one.
    func speakers(for analysis: QuoteAnalysis) -> [Speaker] {
        var narrator = Speaker(id: Self.narratorID, name: show.narratorName, role: .narrator)
        narrator.voice = show.voices[Self.narratorID]
        var result = [narrator]
        var seen: Set<String> = [Self.narratorID]
        for person in analysis.speakers where seen.insert(person.id).inserted {
            var speaker = Speaker(
                id: person.id, name: person.name, aliases: person.aliases, role: person.isNamed ? .quoted : .source,
                title: person.title)
            speaker.voice = show.voices[person.id]
            result.append(speaker)
        }
        return result
    }

    func segment(
        _ id: SegmentID, _ section: String, _ speaker: String, _ kind: Segment.Kind, _ text: String,
        _ source: TextRange?
    ) -> Segment {
        Segment(
            id: id.rawValue, section: section, speaker: speaker, kind: kind, text: text,
            estimatedSeconds: ReadingTime.seconds(for: text, wordsPerMinute: show.wordsPerMinute), source: source)
    }
}

/// A paragraph's position in the article, to group quote spans by paragraph.
struct ParagraphKey: Hashable {
    var section: Int
    var paragraph: Int
}
