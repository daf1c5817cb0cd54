/// The page's style sheet: warm paper in light mode, ink in dark mode, a sticky player, serif reading text.
extension EpisodePage {
    static let style = #"""
        :root{--bg:#f7f4ee;--card:#fffdf9;--fg:#1f1d1a;--muted:#6f6a62;--line:#e4ded3;--accent:#c2410c;
        --accent-soft:rgba(194,65,12,.13);--wave:#cfc7ba;--shadow:0 1px 2px rgba(40,30,20,.06),0 8px 28px rgba(40,30,20,.08);
        --v1:#0f766e;--v2:#7c3aed;--v3:#b45309;--v4:#be123c;--v5:#1d4ed8;--v6:#4d7c0f;
        --serif:"Iowan Old Style","Palatino Linotype","Book Antiqua",Palatino,Charter,"Bitstream Charter",Georgia,"DejaVu Serif",serif;
        --sans:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",sans-serif}
        @media (prefers-color-scheme:dark){:root{--bg:#141311;--card:#1d1b18;--fg:#ece7de;--muted:#a39c90;--line:#2f2b26;
        --accent:#ff8a4c;--accent-soft:rgba(255,138,76,.16);--wave:#4a443c;--shadow:0 1px 2px rgba(0,0,0,.3),0 10px 30px rgba(0,0,0,.35);
        --v1:#2dd4bf;--v2:#a78bfa;--v3:#fbbf24;--v4:#fb7185;--v5:#60a5fa;--v6:#a3e635}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 var(--sans);overflow-wrap:anywhere}
        a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:.18em}
        .masthead,.player,.layout,.colophon{max-width:72rem;margin:0 auto;padding:0 1.5rem}
        .masthead{padding-top:3.2rem;padding-bottom:1.4rem}
        .show{margin:0 0 .6rem;font-size:.78rem;font-weight:650;letter-spacing:.14em;text-transform:uppercase;color:var(--accent)}
        h1{margin:0;max-width:22em;font:600 clamp(2rem,4.6vw,3.3rem)/1.08 var(--serif);letter-spacing:-.015em;text-wrap:balance}
        .byline{margin:.9rem 0 0;color:var(--muted);font-size:.95rem}
        .player{position:sticky;top:0;z-index:5;padding-top:.75rem;padding-bottom:.75rem;
        background:linear-gradient(var(--bg) 70%,transparent)}
        audio{width:100%}
        .deck{display:grid;grid-template-columns:auto 1fr;grid-template-rows:auto auto auto;gap:.35rem 1rem;align-items:center;
        background:var(--card);border:1px solid var(--line);border-radius:18px;padding:1rem 1.2rem;box-shadow:var(--shadow)}
        .deck[hidden]{display:none}
        .play{grid-row:1/3;width:3.6rem;height:3.6rem;border:0;border-radius:50%;background:var(--accent);color:#fff;
        display:grid;place-items:center;cursor:pointer;box-shadow:0 4px 14px var(--accent-soft);transition:transform .15s}
        .play:hover{transform:scale(1.05)}.play:focus-visible{outline:3px solid var(--accent-soft);outline-offset:3px}
        .play svg{width:1.7rem;height:1.7rem;fill:currentColor}
        .play .icon-pause,.playing .play .icon-play{display:none}.playing .play .icon-pause{display:inline}
        .wave{position:relative;height:64px;cursor:pointer;border-radius:8px;touch-action:none}
        .wave:focus-visible{outline:2px solid var(--accent);outline-offset:4px}
        .wave canvas{display:block;width:100%;height:100%}
        .marks span{position:absolute;top:-4px;bottom:-4px;width:2px;margin-left:-1px;background:var(--fg);opacity:.35;border-radius:1px}
        .hover{position:absolute;bottom:calc(100% + 8px);transform:translateX(-50%);white-space:nowrap;pointer-events:none;
        background:var(--fg);color:var(--bg);font-size:.75rem;padding:.2rem .5rem;border-radius:6px}
        .meta{grid-column:2;display:flex;justify-content:space-between;gap:1rem;align-items:baseline;font-size:.85rem;color:var(--muted)}
        .meta p{margin:0}.now-chapter{color:var(--fg);font-weight:600}
        .clock{font-variant-numeric:tabular-nums;white-space:nowrap}
        .rate{margin-left:.6rem;font:inherit;font-weight:650;color:var(--fg);background:transparent;border:1px solid var(--line);
        border-radius:999px;padding:.05rem .55rem;cursor:pointer}
        .caption{grid-column:1/-1;margin:.2rem 0 0;min-height:1.5em;font:1rem/1.5 var(--serif);color:var(--muted);
        display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden}
        .caption b{color:var(--fg);font:600 .72rem/1 var(--sans);letter-spacing:.08em;text-transform:uppercase;margin-right:.5rem}
        .layout{display:grid;grid-template-columns:minmax(0,1fr);gap:2.5rem;padding-top:1.5rem;padding-bottom:3rem}
        @media (min-width:960px){.layout{grid-template-columns:minmax(0,1.85fr) minmax(16rem,1fr);gap:4rem}
        .secondary{position:sticky;top:11rem;align-self:start;max-height:calc(100vh - 12rem);overflow:auto}}
        h2{font:650 .8rem/1.2 var(--sans);letter-spacing:.12em;text-transform:uppercase;color:var(--muted);margin:2.2rem 0 .9rem}
        .summary p{font:1.28rem/1.55 var(--serif);margin:0 0 1rem}
        .summary p:first-child::first-letter{color:var(--accent)}
        ol.chapters{list-style:none;padding:0;margin:0;border-top:1px solid var(--line)}
        ol.chapters li{border-bottom:1px solid var(--line)}
        ol.chapters a{display:flex;gap:1rem;padding:.65rem .4rem;color:var(--fg);text-decoration:none;border-radius:8px}
        ol.chapters a:hover{background:var(--accent-soft)}
        ol.chapters time{min-width:3.6rem;color:var(--muted);font-variant-numeric:tabular-nums}
        ol.chapters a.active{color:var(--accent);font-weight:600}ol.chapters a.active time{color:var(--accent)}
        #chapters,#transcript,.chapter-title{scroll-margin-top:13rem}
        .transcript-head{display:flex;justify-content:space-between;align-items:baseline}
        .follow{font-size:.85rem;color:var(--muted);cursor:pointer}.follow input{accent-color:var(--accent)}
        .chapter-title{font:600 1.35rem/1.3 var(--serif);margin:2.2rem 0 .8rem}
        .turn{margin:0 0 1.1rem}
        .speaker{margin:1.4rem 0 .25rem;font-size:.72rem;font-weight:700;letter-spacing:.1em;text-transform:uppercase;color:var(--muted)}
        .turn .text{margin:0;font:1.12rem/1.75 var(--serif)}
        .turn.quote{border-left:3px solid var(--voice,var(--accent));padding-left:1rem}
        .turn.quote .speaker{color:var(--voice,var(--accent))}
        .turn[data-voice="1"]{--voice:var(--v1)}.turn[data-voice="2"]{--voice:var(--v2)}.turn[data-voice="3"]{--voice:var(--v3)}
        .turn[data-voice="4"]{--voice:var(--v4)}.turn[data-voice="5"]{--voice:var(--v5)}.turn[data-voice="6"]{--voice:var(--v6)}
        .line{cursor:pointer;border-radius:4px;padding:.1em 0;box-decoration-break:clone;-webkit-box-decoration-break:clone;
        transition:background-color .2s,color .2s}
        .line:hover{background:var(--accent-soft)}
        .word.spoken{text-decoration:underline;text-decoration-thickness:.12em;text-underline-offset:.2em}
        .line.current{background:var(--accent-soft);box-shadow:0 0 0 .15em var(--accent-soft);color:var(--fg)}
        .secondary h2:first-child{margin-top:0}
        ul.people,ul.credits,ul.downloads,ul.quotes{list-style:none;padding:0;margin:0}
        ul.people li{padding:.45rem 0;border-bottom:1px solid var(--line)}
        ul.people span{display:block;color:var(--muted);font-size:.9rem}
        ul.quotes li{margin:0 0 1.2rem}
        ul.quotes blockquote{margin:0;font:italic 1.05rem/1.55 var(--serif)}
        ul.quotes p{margin:.3rem 0 0;font-size:.85rem;color:var(--muted)}
        ul.credits li{margin:0 0 .45rem;font-size:.92rem;color:var(--muted)}
        ul.downloads li{margin:0 0 .3rem;font-size:.92rem}
        .colophon{padding-bottom:3rem;color:var(--muted);font-size:.8rem}
        @media (max-width:600px){.masthead{padding-top:2rem}.deck{padding:.8rem;gap:.3rem .8rem}
        .play{width:3rem;height:3rem}.wave{height:48px}.meta{flex-direction:column;gap:0}.summary p{font-size:1.15rem}}
        @media (prefers-reduced-motion:reduce){*{transition:none!important;scroll-behavior:auto!important}}
        """#
}
