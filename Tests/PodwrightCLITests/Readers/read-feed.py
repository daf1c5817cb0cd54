#!/usr/bin/env python3
"""Reads a podcast feed with readers we did not write and prints what each saw, as JSON.

gPodder's podcastparser and feedparser (both from PyPI, pinned in Scripts/setup) parse the feed; the standard
library's ElementTree checks, without a schema, the tags Apple Podcasts requires.
"""
import json
import sys
import xml.etree.ElementTree as ET

import feedparser
import podcastparser

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"

path = sys.argv[1]
with open(path, "rb") as handle:
    podcast = podcastparser.parse("https://example.org/feed.xml", handle)
parsed = feedparser.parse(path)
tree = ET.parse(path).getroot()
channel = tree.find("channel")


def apple_missing():
    """The tags Apple requires that the channel or an item lacks, as 'channel:TAG' or 'item N:TAG'."""
    missing = []
    for tag in ["title", "description", "language", ITUNES + "image", ITUNES + "category", ITUNES + "explicit"]:
        if channel.find(tag) is None:
            missing.append("channel:" + tag)
    owner = channel.find(ITUNES + "owner")
    if owner is None or owner.find(ITUNES + "email") is None:
        missing.append("channel:itunes:owner/email")
    for index, item in enumerate(channel.findall("item")):
        for tag in ["title", "enclosure", "guid", "pubDate", ITUNES + "duration"]:
            if item.find(tag) is None:
                missing.append("item %d:%s" % (index, tag))
    return missing


print(json.dumps({
    "podcastparser": {
        "title": podcast.get("title"),
        "cover": podcast.get("cover_url"),
        "episodes": [{
            "title": episode["title"],
            "guid": episode["guid"],
            "published": episode["published"],
            "duration": episode["total_time"],
            "enclosures": episode["enclosures"],
            "chapters": episode.get("chapters"),
            "link": episode.get("link"),
        } for episode in podcast["episodes"]],
    },
    "feedparser": {
        "bozo": bool(parsed.bozo),
        "bozoException": str(parsed.get("bozo_exception", "")),
        "title": parsed.feed.get("title"),
        "image": parsed.feed.get("image", {}).get("href"),
        "explicit": parsed.feed.get("itunes_explicit"),
        "entries": [{
            "title": entry.get("title"),
            "id": entry.get("id"),
            "duration": entry.get("itunes_duration"),
            "enclosures": [{"href": e.get("href"), "length": e.get("length"), "type": e.get("type")}
                           for e in entry.get("enclosures", [])],
            "image": entry.get("image", {}).get("href"),
        } for entry in parsed.entries],
    },
    "chapters": [item.find(PODCAST + "chapters").get("url") for item in channel.findall("item")
                 if item.find(PODCAST + "chapters") is not None],
    "people": [[(p.get("group"), p.get("role"), p.text) for p in item.findall(PODCAST + "person")]
               for item in channel.findall("item")],
    "appleMissing": apple_missing(),
}, default=str))
