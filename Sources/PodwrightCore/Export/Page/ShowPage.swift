import Foundation

/// `public/index.html`: the show page. One self-contained file (no network) listing every published episode, newest
/// first, each with its artwork, date, length, summary, a player and a link to its own page; every link is
/// relative, so the folder works from any static host or from disk.
///
/// DOM contract (tests rely on it): each episode is an `<article class="episode">` with `data-guid`; its player is
/// the `audio` inside it, its page link `a.episode-page`.
public enum ShowPage {
    /// An episode as the page lists it.
    public struct Entry: Sendable {
        /// Its notes.
        public var notes: EpisodeNotes
        /// Its folder in `public/` (`night-ferry`).
        public var folder: String

        public init(notes: EpisodeNotes, folder: String) {
            self.notes = notes
            self.folder = folder
        }
    }

    /// The page.
    /// - Parameters:
    ///   - show: The show.
    ///   - artwork: The show artwork's file name beside the page, if any.
    ///   - entries: The episodes, in any order (listed newest first).
    public static func render(show: Show, artwork: String?, entries: [Entry]) -> String {
        let sorted = entries.sorted { $0.notes.publication.date > $1.notes.publication.date }
        let title = show.title.singleLine.htmlEscaped
        let cover = artwork.map {
            "<img class=\"cover\" src=\"\($0.htmlEscaped)\" alt=\"\" width=\"160\" height=\"160\">"
        }
        let episodes = sorted.map(entry).joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="\(show.language.htmlEscaped)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="generator" content="Podwright">
            <title>\(title)</title>
            <link rel="alternate" type="application/rss+xml" title="\(title)" href="feed.xml">
            <style>\(style)</style>
            </head>
            <body>
            <header class="masthead">\(cover ?? "")
            <div><h1>\(title)</h1>
            <p class="description">\((show.description ?? "").singleLine.htmlEscaped)</p>
            <p class="subscribe"><a href="feed.xml">RSS feed</a> · \(sorted.count == 1 ? "1 episode" : "\(sorted.count) episodes")</p></div>
            </header>
            <main>
            \(episodes)
            </main>
            </body>
            </html>

            """
    }

    private static func entry(_ entry: Entry) -> String {
        let notes = entry.notes
        let base = entry.folder.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? entry.folder
        let date = DateFormatter.showPageDate.string(from: notes.publication.date)
        let image = notes.publication.image.map {
            "<img class=\"art\" src=\"\(base)/\($0.htmlEscaped)\" alt=\"\" width=\"96\" height=\"96\" loading=\"lazy\">"
        }
        let summary = notes.summary.joined(separator: " ").truncated(to: 400)
        return """
            <article class="episode" data-guid="\(notes.guid.htmlEscaped)">\(image ?? "")
            <div class="body">
            <h2><a class="episode-page" href="\(base)/index.html">\(notes.title.htmlEscaped)</a></h2>
            <p class="meta"><time datetime="\(ISO8601DateFormatter().string(from: notes.publication.date))">\
            \(date)</time> · \(Timecode.short(notes.duration))</p>
            <p class="summary">\(summary.htmlEscaped)</p>
            <audio controls preload="none" src="\(base)/\(notes.publication.audio.fileName.htmlEscaped)"></audio>
            </div>
            </article>
            """
    }

    private static let style = """
        :root{--fg:#1d1d1f;--bg:#fbfbfa;--muted:#5f6368;--rule:#e3e3e0;--accent:#0b6bcb}
        @media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#17181a;--muted:#a0a4a8;--rule:#2c2e31;--accent:#6cb4ff}}
        body{margin:0 auto;max-width:46rem;padding:1.5rem;font:1rem/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
        .masthead{display:flex;gap:1.25rem;align-items:center;border-bottom:1px solid var(--rule);padding-bottom:1rem}
        .cover{border-radius:.5rem;width:160px;height:160px;object-fit:cover}
        h1{margin:.2rem 0;font-size:1.8rem}.description,.meta{color:var(--muted)}
        a{color:var(--accent)}.episode{display:flex;gap:1rem;padding:1.25rem 0;border-bottom:1px solid var(--rule)}
        .art{border-radius:.35rem;width:96px;height:96px;object-fit:cover;flex:none}.body{flex:1;min-width:0}
        h2{font-size:1.15rem;margin:0}.meta{margin:.2rem 0;font-size:.9rem}audio{width:100%}
        @media (max-width:34rem){.masthead,.episode{flex-direction:column;align-items:flex-start}}
        """
}

extension DateFormatter {
    /// "29 November 2026", in UTC, as the show page prints dates.
    fileprivate static var showPageDate: DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMMM yyyy"
        return formatter
    }
}
