import Testing

@testable import PodwrightCore

@Suite struct BylineTests {
    @Test(arguments: [
        ("By Ana Ruiz", ["Ana Ruiz"]),
        ("By Ana Ruiz and Tom Lee | June 3, 2025", ["Ana Ruiz", "Tom Lee"]),
        ("By Ana Ruiz, Tom Lee and Mara de la Cruz", ["Ana Ruiz", "Tom Lee", "Mara de la Cruz"]),
        ("By Ana Ruiz, Staff Writer", ["Ana Ruiz"]),
        ("Posted on March 3, 2025 by Lena Fisk", ["Lena Fisk"]),
        ("Duncan Bartlett", ["Duncan Bartlett"]),
    ])
    func bylines(line: String, names: [String]) {
        #expect(Byline.authors(in: line) == names)
    }

    @Test(arguments: [
        "Trust issues", "Japan’s Support", "Politics & Security", "What changes on 1 July?",
        "The council had argued that it could no longer afford the repairs.",
    ])
    func notBylines(line: String) {
        #expect(Byline.authors(in: line) == nil)
    }

    @Test(arguments: [
        ("June 3, 2025", "June 3, 2025"), ("Published: 09:12, 7 July 2025", "09:12, 7 July 2025"),
        ("Fri 21 Nov 2025 14.40 GMT", "Fri 21 Nov 2025 14.40 GMT"), ("2025-06-03", "2025-06-03"),
        ("April 2, 2025 6:14 PM GMT+1 Updated 2 hours ago", "April 2, 2025 6:14 PM GMT+1"),
    ])
    func dates(line: String, date: String) {
        #expect(Byline.date(in: line) == date)
    }

    @Test(arguments: ["What changes on 1 July?", "Tokyo Under Threat", "In 2017, the test was ten times larger."])
    func notDates(line: String) {
        #expect(Byline.date(in: line) == nil)
    }
}

@Suite struct FormatDetectionTests {
    @Test(arguments: [
        ("page.HTML", "plain words", ArticleFormat.html), ("notes.md", "<p>x</p>", .markdown),
        ("scrape.txt", "<html>", .text), ("https://example.org/story?id=3", "<!DOCTYPE html><html>", .html),
        ("noext", "  <!doctype html>\n<html><body><p>Hi</p>", .html),
        ("noext", "# Title\n\n## Part\n\nText", .markdown),
        ("noext", "---\ntitle: A\n---\nBody", .markdown), ("noext", "Headline\n\nA paragraph of text.", .text),
    ])
    func detection(name: String, text: String, format: ArticleFormat) {
        #expect(ArticleFormat.detect(name: name, text: text) == format)
    }
}
