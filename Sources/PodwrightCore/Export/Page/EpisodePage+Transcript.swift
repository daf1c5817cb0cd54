/// The page's transcript: chapters as headings, turns per segment, one `span.line` per caption.
extension EpisodePage {
    /// The transcript section. A heading read aloud becomes the chapter's heading itself (its lines still seek and
    /// highlight); quoted voices are named at every turn, the narrator once, as the quotes' borders set them apart.
    static func transcript(_ notes: EpisodeNotes) -> String {
        var out = [
            "<section id=\"transcript\" aria-labelledby=\"transcript-heading\">",
            "<div class=\"transcript-head\"><h2 id=\"transcript-heading\">Transcript</h2>"
                + "<label class=\"follow\"><input type=\"checkbox\" checked> Follow along</label></div>",
        ]
        let chapters = Dictionary(notes.chapters.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var section: String?
        var speaker: String?
        var openTurn = false
        var headingSegment: String?
        var namedReaders: Set<String> = []
        func closeTurn() {
            if openTurn { out.append("</p></div>") }
            openTurn = false
        }
        for cue in notes.cues {
            if let heading = headingSegment, cue.segment != heading {
                out.append("</h3>")
                headingSegment = nil
            }
            if cue.section != section, let chapter = chapters[cue.section] {
                closeTurn()
                section = cue.section
                speaker = nil
                if cue.kind == .heading {
                    headingSegment = cue.segment
                    out.append("<h3 class=\"chapter-title\">")
                } else if chapter.title != notes.title {
                    // The opening chapter is usually titled with the episode's title, already the page's heading.
                    out.append("<h3 class=\"chapter-title\">\(chapter.title.htmlEscaped)</h3>")
                }
            }
            if headingSegment == nil, cue.beginsSegment {
                closeTurn()
                let voiced = cue.kind == .quote ? " quote" : ""
                out.append(
                    "<div class=\"turn\(voiced)\" data-speaker=\"\(cue.speakerID.htmlEscaped)\" "
                        + "data-name=\"\(cue.speaker.htmlEscaped)\" data-voice=\"\(paletteIndex(cue.speakerID, notes: notes))\">"
                )
                let role = notes.episode.speaker(id: cue.speakerID)?.role
                let reader = role == .narrator || role == .host
                if cue.speakerID != speaker, !reader || !namedReaders.contains(cue.speakerID) {
                    out.append("<p class=\"speaker\">\(cue.speaker.htmlEscaped)</p>")
                    namedReaders.insert(cue.speakerID)
                }
                out.append("<p class=\"text\">")
                openTurn = true
                speaker = cue.speakerID
            }
            out.append(
                "<span class=\"line\" data-start=\"\(Timecode.decimal(cue.start))\" "
                    + "data-end=\"\(Timecode.decimal(cue.end))\">\(words(cue))</span>")
        }
        if headingSegment != nil { out.append("</h3>") }
        closeTurn()
        out.append("</section>")
        return out.joined(separator: "\n")
    }

    /// A caption's text, each aligned word in a `span.word` with its `data-start` (seconds), so the word being
    /// spoken can be marked and a click on it seeks there; the text reads the same as without the spans.
    static func words(_ cue: TranscriptCue) -> String {
        guard !cue.words.isEmpty else { return cue.text.htmlEscaped }
        var index = 0
        return cue.text.split(separator: " ", omittingEmptySubsequences: true).map { token in
            let spoken = SpokenWords(String(token)).words.count
            defer { index += spoken }
            guard spoken > 0, index < cue.words.count else { return String(token).htmlEscaped }
            return "<span class=\"word\" data-start=\"\(Timecode.decimal(cue.words[index].start))\">"
                + "\(String(token).htmlEscaped)</span>"
        }.joined(separator: " ")
    }
}
