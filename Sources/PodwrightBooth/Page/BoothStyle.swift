/// The page's style: dark (a booth is dim, and a bright screen glares), the line large, status in colour and in
/// words so it reads for everyone.
enum BoothStyle {
    static let source = #"""
        :root { --bg: #14171c; --panel: #1d2128; --ink: #eef0f3; --dim: #9aa4b1; --accent: #f5b94a;
          --good: #4cc38a; --warn: #f0b429; --bad: #ff6b6b; --rec: #e5484d; color-scheme: dark; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink);
          font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        body.recording { box-shadow: inset 0 0 0 6px var(--rec); }
        .bar { display: flex; align-items: center; justify-content: space-between; gap: 1rem;
          padding: .6rem 1.2rem; background: var(--panel); border-bottom: 1px solid #2b313a; }
        .episode { display: flex; align-items: baseline; gap: .8rem; min-width: 0; }
        .app { color: var(--accent); font-weight: 700; white-space: nowrap; }
        h1 { font-size: 1rem; font-weight: 500; margin: 0; color: var(--dim); overflow: hidden; text-overflow: ellipsis;
          white-space: nowrap; }
        h2.small { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--dim);
          margin: 1.2rem 0 .4rem; }
        select, button { font: inherit; color: var(--ink); background: #2a3039; border: 1px solid #3a424d;
          border-radius: 6px; padding: .35rem .7rem; cursor: pointer; }
        button:hover { background: #343b46; }
        button.primary { background: #3a2326; border-color: var(--rec); }
        button.recording { background: var(--rec); color: #fff; }
        button.link { background: none; border: none; padding: 0; color: var(--ink); font-weight: 600; }
        kbd { font: .8em system-ui, sans-serif; color: var(--dim); border: 1px solid #4a525e; border-radius: 4px;
          padding: 0 .3em; margin-left: .3em; }
        #progress tr.group td { color: var(--dim); font-size: .72rem; text-transform: uppercase; letter-spacing: .06em;
          padding-top: .5rem; text-align: left; }
        .banner { background: #4a2a12; color: #ffd9a8; padding: .6rem 1.2rem; }
        main { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.5rem; padding: 1.2rem; }
        #position { color: var(--dim); font-size: .9rem; }
        .context { color: var(--dim); font-size: 1.05rem; margin: .6rem 0; max-width: 48em; }
        .context .who { font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; margin-right: .3em;
          color: #7d8794; }
        #current { background: var(--panel); border-radius: 10px; padding: 1.2rem 1.6rem 1.4rem;
          border-left: 6px solid #3a424d; }
        #current[data-status="done"] { border-left-color: var(--good); }
        #current[data-status="problem"] { border-left-color: var(--bad); }
        .cue { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
        #cue-speaker { color: var(--accent); font-weight: 800; font-size: 1.3rem; letter-spacing: .04em; }
        #cue-id { color: var(--dim); }
        #cue-time { color: var(--dim); }
        #line { font-family: Georgia, "DejaVu Serif", serif; font-size: clamp(1.6rem, 2.6vw, 2.5rem);
          line-height: 1.5; margin: .6rem 0 0; max-width: 34em; }
        mark { color: inherit; border-radius: 3px; padding: 0 .1em; }
        mark.skipped { background: rgba(255, 107, 107, .25); text-decoration: line-through wavy var(--bad); }
        mark.changed { background: rgba(240, 180, 41, .3); text-decoration: underline wavy var(--warn); }
        #meter { position: relative; height: 1.4rem; background: #0c0e11; border-radius: 4px; margin: 1rem 0 .5rem;
          overflow: hidden; max-width: 48em; }
        #meter-fill { position: absolute; inset: 0 auto 0 0; width: 0;
          background: linear-gradient(90deg, #2f9e6b 0%, #4cc38a 70%, #f0b429 88%, #e5484d 100%);
          background-size: 48em 100%; }
        #meter-peak { position: absolute; top: 0; bottom: 0; width: 2px; background: #fff; left: 0; }
        #meter.hot #meter-peak { background: var(--bad); }
        #meter-label { position: absolute; right: .5rem; top: 0; font-size: .8rem; color: var(--dim); }
        #status { min-height: 1.6rem; font-size: 1.05rem; padding: .3rem 0; }
        #status[data-state="recording"] { color: var(--rec); font-weight: 700; }
        #status[data-state="saved"] { color: var(--good); }
        #status[data-state="problem"], #status[data-state="failed"] { color: var(--bad); font-weight: 600; }
        .controls { display: flex; flex-wrap: wrap; gap: .5rem; margin: .4rem 0 .8rem; }
        .findings { list-style: none; padding: 0; margin: 0; max-width: 48em; }
        .findings li { padding: .25rem 0 .25rem 1.6rem; position: relative; }
        .findings li::before { position: absolute; left: 0; font-weight: 700; }
        .findings li.ok::before { content: "✓"; color: var(--good); }
        .findings li.warning::before { content: "!"; color: var(--warn); }
        .findings li.problem { color: #ffb3b3; }
        .findings li.problem::before { content: "✗"; color: var(--bad); }
        .findings li.pending::before { content: "…"; color: var(--dim); }
        .findings li.info { color: var(--dim); }
        .hint { color: var(--dim); }
        #takes { list-style: none; padding: 0; margin: 0; }
        .take { display: flex; gap: .8rem; align-items: center; padding: .3rem .5rem; border-radius: 6px; }
        .take.shown { background: #232831; }
        .take .facts { color: var(--dim); font-size: .9rem; }
        .verdict { font-size: .75rem; text-transform: uppercase; padding: .05rem .4rem; border-radius: 4px; }
        .verdict.ok { background: #1d3b2d; color: var(--good); }
        .verdict.warning { background: #3d3214; color: var(--warn); }
        .verdict.problem { background: #43191b; color: var(--bad); }
        .pinned { color: var(--accent); font-weight: 600; }
        .pending-upload { color: var(--warn); }
        .pending-upload.failed, .pending-upload.refused { color: var(--bad); }
        #sidebar { background: var(--panel); border-radius: 10px; padding: .4rem 1rem 1rem; align-self: start;
          position: sticky; top: 1rem; max-height: calc(100vh - 6rem); overflow: auto; }
        #progress { width: 100%; border-collapse: collapse; font-size: .85rem; }
        #progress th { color: var(--dim); font-weight: 500; text-align: right; padding: .1rem .3rem; }
        #progress td { text-align: right; padding: .15rem .3rem; }
        #progress td.label { text-align: left; max-width: 11rem; overflow: hidden; text-overflow: ellipsis;
          white-space: nowrap; }
        #progress tr.section td.label { color: var(--dim); }
        #progress td.done { color: var(--good); }
        #progress td.problem { color: var(--bad); }
        #lines { list-style: none; padding: 0; margin: 0; font-size: .85rem; }
        #lines li { display: flex; gap: .5rem; align-items: baseline; padding: .2rem .3rem; border-radius: 4px;
          cursor: pointer; }
        #lines li.current { background: #2d3440; }
        #lines code { color: var(--dim); min-width: 4.5rem; }
        #lines .preview { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .dot { width: .6rem; height: .6rem; border-radius: 50%; flex: none; border: 2px solid #5b6572; }
        .dot.done { background: var(--good); border-color: var(--good); }
        .dot.problem { background: var(--bad); border-color: var(--bad); }
        @media (max-width: 900px) { main { grid-template-columns: 1fr; } #sidebar { position: static; } }
        """#
}
