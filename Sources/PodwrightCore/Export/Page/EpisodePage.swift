/// `index.html`: the episode page. One self-contained file (inline CSS and JS, no network) that plays the audio
/// beside it, draws the waveform from embedded peaks, seeks from chapters and transcript lines, and highlights the
/// line being spoken.
///
/// DOM contract (tests and embedders rely on it): chapter links carry `data-chapter-start` (seconds), transcript
/// lines carry `data-start` and `data-end` (seconds), and the line being spoken has class `current`.
public enum EpisodePage {
    /// The most waveform bars the page embeds; more only add bytes.
    public static let maximumPeaks = 1200

    /// The page.
    /// - Parameters:
    ///   - notes: The episode's notes.
    ///   - peaks: The waveform overview from the assembler, if there is one.
    public static func render(_ notes: EpisodeNotes, peaks: WaveformPeaks?) -> String {
        let publication = notes.publication
        let show = notes.episode.show.name.singleLine
        var byline: [String] = []
        if !notes.episode.authors.isEmpty { byline.append("By \(Credits.authors(notes).htmlEscaped)") }
        if let date = notes.episode.date?.singleLine, !date.isEmpty { byline.append(date.htmlEscaped) }
        byline.append("<span data-duration>\(minutes(notes.duration))</span>")
        return """
            <!doctype html>
            <html lang="\(publication.language.htmlEscaped)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="generator" content="Podwright">
            <meta name="description" content="\(notes.summary.joined(separator: " ").truncated(to: 200).htmlEscaped)">
            <title>\(notes.title.htmlEscaped) · \(show.htmlEscaped)</title>
            <style>\(style)</style>
            </head>
            <body>
            <header class="masthead">
            <p class="show">\(show.htmlEscaped)</p>
            <h1>\(notes.title.htmlEscaped)</h1>
            <p class="byline">\(byline.joined(separator: " <span aria-hidden=\"true\">·</span> "))</p>
            </header>
            \(player(notes))
            <main class="layout">
            <div class="primary">
            <section class="summary" aria-label="Summary">
            \(ShowNotesHTML.summary(notes))
            </section>
            <section id="chapters" aria-labelledby="chapters-heading">
            <h2 id="chapters-heading">Chapters</h2>
            \(ShowNotesHTML.chapters(notes, seekable: true))
            </section>
            \(transcript(notes))
            </div>
            <aside class="secondary">
            \(aside(notes))
            </aside>
            </main>
            <footer class="colophon"><p>\(show.htmlEscaped) · Made with Podwright from the article’s own words.</p></footer>
            <script type="application/json" id="peaks">\(peaksJSON(peaks, duration: notes.duration))</script>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    private static func player(_ notes: EpisodeNotes) -> String {
        let language = notes.publication.language.htmlEscaped
        let marks = notes.chapters.map { chapter in
            "<span data-mark=\"\(Timecode.decimal(chapter.start))\" title=\"\(chapter.title.htmlEscaped)\"></span>"
        }.joined()
        return """
            <section class="player" aria-label="Player">
            <audio id="audio" controls preload="metadata" src="\(notes.publication.audio.fileName.htmlEscaped)">
            <track kind="captions" src="transcript.vtt" srclang="\(language)" label="Transcript" default>
            </audio>
            <div class="deck" hidden>
            <button type="button" class="play" aria-label="Play"><svg viewBox="0 0 24 24" aria-hidden="true">\
            <path class="icon-play" d="M8 5.5v13l11-6.5z"/><path class="icon-pause" d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z"/>\
            </svg></button>
            <div class="wave" role="slider" tabindex="0" aria-label="Seek" aria-valuemin="0" \
            aria-valuemax="\(Int(notes.duration.rounded()))" aria-valuenow="0">
            <canvas></canvas><div class="marks">\(marks)</div><div class="hover" hidden></div>
            </div>
            <div class="meta">
            <p class="now"><span class="now-chapter">\(notes.chapters.first?.title.htmlEscaped ?? "")</span></p>
            <p class="clock"><span class="elapsed">0:00</span> / <span>\(Timecode.short(notes.duration))</span>
            <button type="button" class="rate" aria-label="Playback speed">1×</button></p>
            </div>
            <p class="caption" aria-live="off"></p>
            </div>
            </section>
            """
    }

    private static func aside(_ notes: EpisodeNotes) -> String {
        var parts = [ShowNotesHTML.people(notes)]
        let quotes = ShowNotesHTML.quotes(notes, seekable: true)
        if !quotes.isEmpty { parts += ["<h2>Notable quotes</h2>", quotes] }
        parts += ["<h2>Credits</h2>", ShowNotesHTML.credits(notes), "<h2>Downloads</h2>", downloads(notes)]
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private static func downloads(_ notes: EpisodeNotes) -> String {
        let files = [
            (notes.publication.audio.fileName, "Audio"), ("transcript.vtt", "Transcript (WebVTT)"),
            ("transcript.srt", "Transcript (SRT)"), ("transcript.json", "Transcript (JSON)"),
            ("chapters.json", "Chapters (JSON)"), ("show-notes.md", "Show notes (Markdown)"),
        ]
        return "<ul class=\"downloads\">\n"
            + files.map { "<li><a href=\"\($0.0.htmlEscaped)\" download>\($0.1)</a></li>" }.joined(separator: "\n")
            + "\n</ul>"
    }

    /// A colour slot per voice: 0 for the narrator and host, 1… for quoted voices in order of appearance.
    static func paletteIndex(_ speaker: String, notes: EpisodeNotes) -> Int {
        let voices = notes.peopleHeard.filter { $0.role != .narrator && $0.role != .host }.map(\.id)
        guard let index = voices.firstIndex(of: speaker) else { return 0 }
        return index % 6 + 1
    }

    private static func minutes(_ seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        return minutes < 1 ? "\(Int(seconds.rounded())) sec" : "\(minutes) min"
    }
}
