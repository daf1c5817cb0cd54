import Foundation

/// The booth's page: one HTML document; its script, style and audio worklet are served by the booth too, so nothing
/// is loaded from the network.
///
/// DOM contract for tests: `#line` holds the current line (`mark.skipped`, `mark.changed` for flagged words),
/// `#current[data-segment]` its id, `#meter[data-level-db]` the live input level, `#status[data-state]` one of
/// `idle recording uploading saved problem failed`, `#lines li[data-segment][data-status]` every visible line with
/// `todo done problem`, `#takes li[data-take]` the current line's takes.
enum BoothPage {
    static func html(token: String) -> String {
        template.replacingOccurrences(of: "TOKEN", with: token)
    }

    private static let template = #"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Booth · podwright</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="booth.css?token=TOKEN">
        </head>
        <body>
        <header class="bar">
          <div class="episode"><span class="app">podwright booth</span><h1 id="title">Loading…</h1></div>
          <label class="voice">Voice <select id="speaker"><option value="">All voices</option></select></label>
        </header>
        <div id="script-problem" class="banner" hidden></div>
        <main>
          <section id="stage" aria-live="polite">
            <div id="position"></div>
            <p id="previous" class="context"></p>
            <article id="current">
              <div class="cue"><span id="cue-speaker"></span><code id="cue-id"></code><span id="cue-time"></span></div>
              <p id="line"></p>
            </article>
            <p id="next" class="context"></p>
            <div id="meter" data-level-db="-120" title="Input level">
              <div id="meter-fill"></div><div id="meter-peak"></div><span id="meter-label">input</span>
            </div>
            <div id="status" data-state="idle" role="status">Press Space to record this line.</div>
            <div class="controls">
              <button id="record" class="primary"><span id="record-label">● Record</span> <kbd>Space</kbd></button>
              <button id="retake">↺ Retake <kbd>R</kbd></button>
              <button id="play">▶ Play back <kbd>P</kbd></button>
              <button id="previous-button">← Previous <kbd>←</kbd></button>
              <button id="next-button">Next → <kbd>→</kbd></button>
            </div>
            <div id="checks"></div>
            <h2 class="small">Takes of this line</h2>
            <ol id="takes"></ol>
            <div id="pending"></div>
          </section>
          <aside id="sidebar">
            <h2 class="small">Progress</h2>
            <table id="progress"></table>
            <h2 class="small">Lines</h2>
            <ol id="lines"></ol>
          </aside>
        </main>
        <audio id="player" preload="none"></audio>
        <script src="booth.js?token=TOKEN"></script>
        </body>
        </html>
        """#
}
