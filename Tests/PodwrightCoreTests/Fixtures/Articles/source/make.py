#!/usr/bin/env python3
"""Renders the original articles in articles.py as saved web pages and scraped text in the styles real sites
publish, plus a truth file for each. Run from this folder: python3 make.py (writes into ..)."""
import html
import json
import os

from articles import ARTICLES, FISH_MARKET, BALCONY, SEABED, STORM, CYCLE_LANES, SCOOTERS

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
E = html.escape


def blocks_html(body, heading="h2", list_tag="ul"):
    out, items = [], []
    for block in body:
        if block.startswith("- "):
            items.append(f"<li>{E(block[2:])}</li>")
            continue
        if items:
            out.append(f"<{list_tag}>" + "".join(items) + f"</{list_tag}>")
            items = []
        if block.startswith("## "):
            out.append(f"<{heading}>{E(block[3:])}</{heading}>")
        else:
            out.append(f"<p>{E(block)}</p>")
    if items:
        out.append(f"<{list_tag}>" + "".join(items) + f"</{list_tag}>")
    return out


def credits(a):
    return ([a["bio"]] if a.get("bio") else []) + a.get("credits", [])


def truth(a, kind, name, extra=None):
    data = {
        "kind": kind,
        "title": a["title"],
        "authors": a["authors"],
        "category": a["category"],
        "sections": [b[3:] for b in a["body"] if b.startswith("## ")],
        "body": a["body"],
        "credits": credits(a),
    }
    data.update(extra or {})
    with open(os.path.join(OUT, name + ".truth.json"), "w") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write(name, text, encoding="utf-8"):
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="") as f:
        f.write(text)


# ---------------------------------------------------------------- HTML pages

def news_page(a):
    body = blocks_html(a["body"])
    body.insert(3, '<div class="ad ad-inline" data-slot="mid1"><span>Advertisement</span></div>')
    body.insert(7, '<aside class="related"><h3>Related</h3><ul><li><a href="/a">Harbour dredging to resume in spring</a></li>'
                   '<li><a href="/b">Why small ports are fighting for survival</a></li></ul></aside>')
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{E(a['title'])} | East Coast Gazette</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="article:section" content="{E(a['category'])}">
<script>var gaq = []; gaq.push(['track', 'article']);</script>
<style>.ad {{ min-height: 250px }}</style>
</head><body>
<div class="cookie-notice" id="gdpr"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><a href="#">Accept cookies</a></div>
<header class="site-header"><a class="logo" href="/">East Coast Gazette</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/what-s-on">What’s On</a></li><li><a href="/jobs">Jobs</a></li></ul></nav>
<form class="search"><input name="q"><button>Search</button></form></header>
<div class="ad ad-banner"><iframe src="/ads/banner"></iframe><span>Advertisement</span></div>
<main>
<article class="article">
<div class="article-header">
<span class="kicker">{E(a['category'])}</span>
<h1>{E(a['title'])}</h1>
<p class="standfirst">{E(a['deck'])}</p>
<div class="byline">By <a href="/profile/{a['slug']}">{E(a['authors'][0])}</a> <span class="role">Local democracy reporter</span></div>
<div class="meta"><time datetime="2025-03-12T21:40:00Z">{E(a['date'])}</time> · <span>4 min read</span></div>
<div class="share"><a href="#">Share</a><a href="#">Tweet</a><a href="#">Email</a></div>
</div>
<figure><img src="/img/market.jpg" alt=""><figcaption>The fish market hall on the quay. Photograph: Jamie Rennie</figcaption></figure>
<div class="article-body">
{chr(10).join(body)}
</div>
<div class="author-box"><p class="author-bio">{E(a['bio'])}</p></div>
<div class="tags"><a href="/t/council">Council</a> <a href="/t/fishing">Fishing</a></div>
</article>
<section class="comments"><h2>Comments</h2><p class="comment-count">23 comments</p>
<div class="comment"><span class="comment-author">harbourwatcher</span><p>About time the council listened. The market is the heart of this town and always has been.</p></div>
<div class="comment"><span class="comment-author">D. Craig</p><p>Who is going to pay for the roof? Not the petition signers, I bet. This will come back in two years.</p></div>
<a href="#">Load more comments</a></section>
<section class="more-stories"><h2>More from Local News</h2>
<article class="teaser"><h3><a href="/x">School bus route to be reviewed after complaints</a></h3><p>Parents say children are waiting forty minutes in the rain.</p></article>
<article class="teaser"><h3><a href="/y">Lifeboat crew honoured for winter rescue</a></h3><p>The volunteers were out for nine hours in a force eight gale.</p></article>
</section>
</main>
<footer class="site-footer"><p>© 2025 East Coast Gazette Ltd. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""


def blog_page(a):
    body = blocks_html(a["body"])
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{E(a['title'])} &#8211; Small Space Growing</title>
<link rel='stylesheet' href='/wp-content/themes/twentyish/style.css' type='text/css' media='all' />
<meta name="author" content="{E(a['authors'][0])}">
</head>
<body class="post-template-default single single-post">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
<p class="site-title"><a href="/" rel="home">Small Space Growing</a></p>
<p class="site-description">Gardening where there is no garden</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li><li><a href="/category/gardening/">Gardening</a></li><li><a href="/contact/">Contact</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish format-standard hentry category-gardening">
<header class="entry-header">
<h1 class="entry-title">{E(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2024/09/08/" rel="bookmark"><time class="entry-date published" datetime="2024-09-08T09:12:44+00:00">{E(a['date'])}</time></a></span> <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/lena/">{E(a['authors'][0])}</a></span></span></div>
</header>
<div class="entry-content">
<p><em>{E(a['deck'])}</em></p>
{chr(10).join(body)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">Pinterest</a></li></ul></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<p><a href="/2024/05/01/tomatoes/">Tomatoes in pots: a beginner’s guide</a></p><p><a href="/2024/06/10/pigeons/">Keeping pigeons off your seedlings</a></p></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/gardening/">Gardening</a></span><span class="tags-links">Tagged <a href="/tag/balcony/">balcony</a>, <a href="/tag/vegetables/">vegetables</a></span></footer>
</article>
<div class="author-info"><h2 class="author-title">About the author</h2><p class="author-description">{E(a['bio'])}</p></div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/prev/">Previous post: Seed swaps in the city</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">12 thoughts on &ldquo;{E(a['title'])}&rdquo;</h2>
<ol class="comment-list">
<li id="comment-1" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Marta</b> <time>September 9, 2024 at 7:02 am</time></footer><div class="comment-content"><p>The wind! Nobody ever warns you about the wind. We lost a whole tray of lettuce on the ninth floor last year and I still have not forgiven the weather.</p></div><div class="reply"><a href="#">Reply</a></div></article></li>
<li id="comment-2" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Jonah P.</b></footer><div class="comment-content"><p>Which drip kit did you use? Ours keeps clogging with bits of compost and I am close to giving up on it altogether.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/a">Seed swaps in the city</a></li><li><a href="/b">Tomatoes in pots: a beginner’s guide</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">Subscribe</h2><div class="textwidget"><p>Enter your email address to subscribe to this blog and receive notifications of new posts by email.</p></div></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by a blogging platform. Theme: Twentyish.</div></footer>
</div>
</body>
</html>
"""


def magazine_page(a):
    sections, current = [], []
    for block in a["body"]:
        if block.startswith("## ") and current:
            sections.append(current)
            current = []
        current.append(block)
    sections.append(current)
    rendered = []
    for index, section in enumerate(sections):
        parts = blocks_html(section)
        if index == 0:
            first = section[0]
            parts[0] = f'<p class="has-dropcap"><span class="dropcap">{E(first[0])}</span>{E(first[1:])}</p>'
        if index == 1:
            parts.insert(2, '<blockquote class="pullquote"><p>“The sea is always lying to you a little.”</p></blockquote>')
        if index == 2:
            parts.insert(1, '<div class="inline-cta"><p>Enjoying this story? Subscribe for full access to every issue from £1 a week.</p></div>')
        rendered.append('<section class="chapter">' + "\n".join(parts) + "</section>")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{E(a['title'])} — Meridian Magazine</title>
<meta property="og:title" content="{E(a['title'])}">
<meta property="og:site_name" content="Meridian Magazine">
</head>
<body>
<div class="topbar"><a href="/">Meridian</a> <a href="/subscribe" class="cta">Subscribe</a> <a href="/signin">Sign in</a></div>
<div class="menu-overlay"><ul><li><a href="/science">Science</a></li><li><a href="/ideas">Ideas</a></li><li><a href="/fiction">Fiction</a></li></ul></div>
<div id="story" class="longform">
<div class="hero">
<p class="rubric">{E(a['category'])}</p>
<h1 class="hero-title">{E(a['title'])}</h1>
<h2 class="dek">{E(a['deck'])}</h2>
<p class="credits-line">By <a rel="author" href="/contributors/owen-marsh">{E(a['authors'][0])}</a> · Illustrations by Kai Brandt</p>
<p class="issue-date">{E(a['date'])} issue</p>
<div class="hero-image"><img src="/img/halcyon.jpg" alt=""><p class="caption">The survey vessel Halcyon off the Faroe Bank. Illustration: Kai Brandt</p></div>
</div>
{chr(10).join(rendered)}
<p class="bio"><em>{E(a['bio'])}</em></p>
<p class="issue-note">This article appears in the May 2025 issue of Meridian. <a href="/issues">Browse the archive</a>.</p>
</div>
<div class="recirc"><h2>Read next</h2><ul><li><a href="/r1">The last lighthouse keepers</a></li><li><a href="/r2">Inside the seed vault</a></li></ul></div>
<div class="footer"><p>Meridian Magazine is published six times a year.</p><p>© Meridian Publishing 2025</p></div>
</body></html>
"""


def live_page(a):
    posts, current = [], []
    for block in a["body"]:
        if block.startswith("## ") and current:
            posts.append(current)
            current = []
        current.append(block)
    posts.append(current)
    times = ["14.32 GMT", "13.58 GMT", "13.10 GMT", "12.41 GMT", "11.55 GMT"]
    rendered = []
    for index, post in enumerate(posts):
        parts = blocks_html(post)
        rendered.append(f'<article class="block" id="block-{index}"><p class="block-time"><time datetime="2025-11-21T{index}">{times[index]}</time></p>'
                        + "\n".join(parts)
                        + '<div class="block-footer"><a href="#">Share</a> <span>Updated at ' + times[index] + '</span></div></article>')
    keys = "".join(f'<li><a href="#block-{i}">{E(p[0][3:])}</a></li>' for i, p in enumerate(posts))
    authors = " and ".join(a["authors"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{E(a['title'])} – live | Coastline News</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":{json.dumps(a['title'])},"author":[{{"@type":"Person","name":"{a['authors'][0]}"}},{{"@type":"Person","name":"{a['authors'][1]}"}}]}}</script>
</head>
<body>
<div class="nav-bar" role="navigation"><a href="/">Coastline News</a> <a href="/weather">Weather</a> <a href="/travel">Travel</a></div>
<main>
<div class="live-header">
<span class="live-badge">Live</span>
<h1>{E(a['title'])}</h1>
<p class="standfirst">{E(a['deck'])}</p>
<p class="byline">{E(authors)}</p>
<p class="date">{E(a['date'])}</p>
</div>
<div class="key-events"><h2>Key events</h2><ul>{keys}</ul></div>
<p class="live-toggle">Show key events only</p>
<p class="js-warning">Please turn on JavaScript in your browser to get the best experience.</p>
<div class="live-feed">
{chr(10).join(rendered)}
</div>
<div class="pagination"><a href="?page=2">Older posts</a></div>
</main>
<div class="site-footer-links"><a href="/about">About us</a> · <a href="/help">Help</a> · <a href="/cookies">Cookies</a></div>
</body></html>
"""


def old_school_page(a):
    lines = []
    for block in a["body"]:
        if block.startswith("## "):
            lines.append(f"<h3>{E(block[3:])}</h3>")
        else:
            lines.append(E(block).replace("’", "&rsquo;").replace("“", "&ldquo;").replace("”", "&rdquo;") + "<br><br>")
    body = "\n".join(lines)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="author" content="{E(a['authors'][0])}">
<title>Kessling Courier - {E(a['title'])}</title>
</head>
<body bgcolor="#ffffff">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/logo.gif" alt="Kessling Courier"></td></tr>
<tr>
<td width="140" valign="top" class="leftcol">
<a href="/">Front page</a><br><a href="/news.html">News</a><br><a href="/sport.html">Sport</a><br><a href="/letters.html">Letters</a><br><a href="/archive.html">Archive</a><br>
</td>
<td width="620" valign="top">
<font face="Verdana" size="2">
<font size="4"><b>{E(a['title'])}</b></font><br>
{E(a['date'])}<br><br>
{body}
{E(a['credits'][0])}<br><br>
</font>
<hr>
<font size="1"><a href="/news.html">&laquo; Back to news</a> | <a href="/print.html">Printer-friendly version</a> | <a href="/email.html">E-mail this story</a></font>
</td></tr>
<tr><td colspan="2"><font size="1">Copyright &copy; 2025 Kessling Courier. All rights reserved.</font></td></tr>
</table>
</body>
</html>
"""
    return page


def explainer_page(a):
    body = blocks_html(a["body"])
    body.insert(4, '<div class="advert-slot"><p>Advertisement</p></div>')
    body.insert(9, '<div class="newsletter-promo"><h4>Get the Morning Brief</h4><p>Sign up for our newsletter and get the day’s top stories in your inbox.</p></div>')
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{E(a['title'])}</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@graph":[{{"@type":"WebSite","name":"The Daily Current"}},{{"@type":"NewsArticle","headline":{json.dumps(a['title'])},"author":{{"@type":"Person","name":"{a['authors'][0]}"}},"datePublished":"2025-06-18T07:00:00Z","articleSection":"{a['category']}"}}]}}</script>
</head>
<body>
<div class="top-nav" role="navigation"><a href="/">The Daily Current</a><a href="/news">News</a><a href="/money">Money</a><a href="/travel">Travel</a></div>
<main id="content">
<div class="container">
<h1>{E(a['title'])}</h1>
<p class="summary">{E(a['deck'])}</p>
<div class="listen"><span>Listen to this article</span> <span>5 min</span></div>
<figure class="lead"><img src="/i/scooter.jpg" alt=""><figcaption>A rider in the city centre. (Photo: Lars Nyberg/The Daily Current)</figcaption></figure>
<div class="content">
{chr(10).join(body)}
</div>
<div class="contributor-bio"><p>{E(a['bio'])}</p></div>
<div class="popular"><h2>Most popular</h2><ol><li><a href="/p1">Petrol prices fall for fourth week</a></li><li><a href="/p2">The best walks within an hour of the city</a></li><li><a href="/p3">Why your broadband is slower in the evening</a></li></ol></div>
</div>
</main>
<div class="bottom"><p>The Daily Current © 2025</p></div>
</body></html>
"""


HTML_PAGES = [
    ("news-fish-market.html", FISH_MARKET, news_page, "utf-8"),
    ("blog-balcony-garden.html", BALCONY, blog_page, "utf-8"),
    ("magazine-seabed.html", SEABED, magazine_page, "utf-8"),
    ("live-storm.html", STORM, live_page, "utf-8"),
    ("oldschool-cycle-lanes.html", CYCLE_LANES, old_school_page, "windows-1252"),
    ("explainer-e-scooters.html", SCOOTERS, explainer_page, "utf-8"),
]


# ---------------------------------------------------------------- scraped text

def text_body(a, bullet="• "):
    return [bullet + b[2:] if b.startswith("- ") else (b[3:] if b.startswith("## ") else b) for b in a["body"]]


def fish_text(a):
    body = text_body(a)
    body.insert(3, "Advertisement")
    body.insert(8, "Read more: Harbour dredging to resume in spring")
    lines = ["Connect with us", "Local News", a["title"], a["authors"][0], a["date"], "", a["authors"][0], "",
             "The fish market hall on the quay. Photograph: Jamie Rennie", ""] + body + [
        "", "Share this article", "Facebook", "Twitter", "Email", "", a["bio"], "",
        "Related stories", "School bus route to be reviewed after complaints", "Lifeboat crew honoured for winter rescue", "",
        "Comments", "© 2025 East Coast Gazette Ltd. All rights reserved."]
    return "\n\n".join(lines) + "\n"


def balcony_text(a):
    body = text_body(a, "- ")
    lines = ["Skip to content", "Small Space Growing", "Gardening where there is no garden", "Menu",
             "Home » Gardening", a["title"],
             f"Posted on {a['date']} by {a['authors'][0]}", a["deck"]] + body + [
        "Share this:", "Facebook", "Pinterest", "Like this:", "Like Loading...", "Related",
        "Tomatoes in pots: a beginner’s guide", "Keeping pigeons off your seedlings",
        "About the author", a["bio"],
        f"12 thoughts on “{a['title']}”", "Leave a Reply", "Your email address will not be published. Required fields are marked *"]
    # Single line breaks between blocks, as many scrapers produce.
    return "\r\n".join(lines) + "\r\n"


def seabed_text(a):
    body = text_body(a)
    body.insert(5, "“The sea is always lying to you a little.”")
    body.insert(8, "Enjoying this story? Subscribe for full access to every issue from £1 a week.")
    lines = ["Subscribe", "Sign in", a["category"], a["title"], a["deck"], f"By {a['authors'][0]} · Illustrations by Kai Brandt",
             a["date"] + " issue", "The survey vessel Halcyon off the Faroe Bank. Illustration: Kai Brandt"] + body + [
        a["bio"], "This article appears in the May 2025 issue of Meridian. Browse the archive.", "Read next",
        "The last lighthouse keepers", "Inside the seed vault"]
    return "\n\n".join(lines) + "\n"


def storm_text(a):
    lines = ["Live", a["title"], a["deck"], " and ".join(a["authors"]), "Fri 21 Nov 2025 14.40 GMT",
             "Key events", "Show key events only", "Please turn on JavaScript in your browser to get the best experience."]
    times = iter(["14.32 GMT", "13.58 GMT", "13.10 GMT", "12.41 GMT", "11.55 GMT"])
    for block in a["body"]:
        if block.startswith("## "):
            lines += [next(times), block[3:]]
        else:
            lines.append(block)
            if block.endswith("sea fronts") is False and block.startswith("The operator"):
                lines.append("Share")
    lines += ["Updated at 14.40 GMT", "Older posts", "Most viewed", "Ferry timetable changes for winter", "Best storm photos from readers"]
    return "\n".join(lines) + "\n"


def cycle_text(a):
    body = text_body(a)
    body[0] = "KESSLING, April 2 (Northwire) - " + body[0]
    body.insert(2, "Advertisement · Scroll to continue")
    lines = ["Skip to main content", "Exclusive news, data and analytics for transport professionals", "Transport",
             a["title"], f"By {a['authors'][0]}", "2 minute read", a["date"] + " 6:14 PM GMT+1 Updated 2 hours ago"] + body + [
        a["credits"][0], "Our Standards: The Northwire Trust Principles.", "Purchase Licensing Rights"]
    for b in list(lines):
        pass
    a_copy = dict(a)
    return "\n\n".join(lines) + "\n", a_copy


def scooter_text(a):
    body = text_body(a)
    body.insert(4, "Advertisement")
    body.insert(10, "Sign up for our newsletter and get the day’s top stories in your inbox.")
    lines = ["The Daily Current", "News", "Money", "Travel", "Explainer", a["title"], a["deck"], f"By {a['authors'][0]}", a["date"],
             "Listen to this article", "5 min", "A rider in the city centre. (Photo: Lars Nyberg/The Daily Current)"] + body + [
        a["bio"], "Most popular", "Petrol prices fall for fourth week", "The best walks within an hour of the city"]
    return "\n\n".join(lines) + "\n"


def markdown_text(a):
    out = ["---", f"title: \"{a['title']}\"", f"author: {a['authors'][0]}", f"date: {a['date']}",
           f"category: {a['category']}", "---", "", f"*{a['deck']}*" if a.get("deck") else "", ""]
    for block in a["body"]:
        if block.startswith("## ") or block.startswith("- "):
            out.append(block)
        else:
            # Emphasis and a link in the source Markdown, none of it in the words read aloud.
            out.append(block.replace("Halcyon", "*Halcyon*").replace("multibeam sonar", "[multibeam sonar](https://example.org/sonar)"))
        out.append("")
    out.append(f"_{a['bio']}_")
    return "\n".join(out) + "\n"


def main():
    for name, article, render, encoding in HTML_PAGES:
        write(name, render(article), encoding)
        truth(article, "html", name)
    write("news-fish-market.txt", fish_text(FISH_MARKET))
    truth(FISH_MARKET, "text", "news-fish-market.txt")
    write("blog-balcony-garden.txt", balcony_text(BALCONY))
    truth(BALCONY, "text", "blog-balcony-garden.txt")
    write("magazine-seabed.txt", seabed_text(SEABED))
    truth(SEABED, "text", "magazine-seabed.txt")
    write("live-storm.txt", storm_text(STORM))
    truth(STORM, "text", "live-storm.txt")
    text, _ = cycle_text(CYCLE_LANES)
    write("wire-cycle-lanes.txt", text)
    wire = dict(CYCLE_LANES)
    wire["body"] = ["KESSLING, April 2 (Northwire) - " + CYCLE_LANES["body"][0]] + CYCLE_LANES["body"][1:]
    truth(wire, "text", "wire-cycle-lanes.txt")
    write("magazine-seabed.md", markdown_text(SEABED))
    truth(SEABED, "markdown", "magazine-seabed.md")
    write("explainer-e-scooters.txt", scooter_text(SCOOTERS))
    truth(SCOOTERS, "text", "explainer-e-scooters.txt")


if __name__ == "__main__":
    main()
