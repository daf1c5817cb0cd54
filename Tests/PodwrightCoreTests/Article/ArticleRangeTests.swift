import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightCore

/// Every range an article carries slices its body to exactly the text it claims, for every fixture we have.
@Suite struct ArticleRangeTests {
    static var files: [URL] {
        let fixtures =
            (try? FileManager.default.contentsOfDirectory(
                at: ArticleFixture.folder, includingPropertiesForKeys: nil)) ?? []
        // The shared sample joins when it is there (CI); a fresh clone checks the project's own files only.
        let extras = [Repository.root.appendingPathComponent("Audio/Sample/article.html"), Repository.sharedSample]
        return fixtures.filter { ["html", "txt", "md"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
            + extras.filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    @Test(arguments: files)
    func rangesSliceTheBody(file: URL) async throws {
        let article = try await ArticleReader.read(contentsOf: file.path)
        let scalars = Array(article.body.unicodeScalars)
        func slice(_ range: TextRange) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.start..<range.end])
            return String(view)
        }
        var pieces: [(TextRange, String)] = []
        for section in article.sections {
            if let title = section.title {
                let range = try #require(section.titleRange)
                #expect(slice(range) == title)
                pieces.append((range, title))
            }
            for paragraph in section.paragraphs {
                #expect(slice(paragraph.range) == paragraph.text)
                pieces.append((paragraph.range, paragraph.text))
            }
        }
        // In order, non-overlapping, and together with the blank lines between them they are the whole body.
        #expect(pieces.map(\.1).joined(separator: "\n\n") == article.body)
        for (earlier, later) in zip(pieces, pieces.dropFirst()) { #expect(earlier.0.end + 2 == later.0.start) }
        #expect(!article.body.isEmpty)
        #expect(!article.title.isEmpty)
    }

    @Test func rangesCountScalarsNotCharacters() throws {
        // "é" written as e + combining accent is one Character but two scalars; flags are two scalars too.
        let text =
            "Cafe\u{301} owners cheer 🇫🇷 visitors as the new night train finally reaches the towns.\n\n"
            + "Second paragraph with more words to read aloud, because every article needs a little more body."
        let article = try ArticleReader.read(data: Data(text.utf8), name: "scalars.txt", format: .text)
        let second = try #require(article.sections.first?.paragraphs.last)
        let first = try #require(article.sections.first?.paragraphs.first)
        #expect(first.range.count == first.text.unicodeScalars.count)
        #expect(second.range.start == first.text.unicodeScalars.count + 2)
    }
}
