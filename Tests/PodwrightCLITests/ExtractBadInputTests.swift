import Foundation
import Testing

/// `podwright extract` on input it cannot read: one line naming the file and the reason, a failing exit status,
/// and nothing on standard output.
@Suite struct ExtractBadInputTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let cases: [(name: String, contents: Data, reason: String)] = [
        ("empty.txt", Data(), "is empty"),
        ("blank.txt", Data(" \n\t\r\n\u{A0}  \n".utf8), "is empty"),
        ("picture.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48]), "binary"),
        ("index.html", Data("""
            <html><head><title>Front page</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <ul class="headlines"><li><a href="/a">Ferry fares rise again</a></li>
            <li><a href="/b">Storm warning</a></li></ul>
            <footer>© 2025 The Paper</footer></body></html>
            """.utf8), "no article text found"),
        ("sjis.txt", Data([0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x95, 0xB6, 0x8F, 0xCD, 0x82, 0xC5]),
            "not text in an encoding"),
        ("huge.txt", Data(repeating: UInt8(ascii: "a"), count: 10_000_001), "larger than the 10 MB limit"),
    ]

    @Test(arguments: cases.map(\.name))
    func badFileFailsWithOneLine(name: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = try #require(Self.cases.first { $0.name == name })
        let file = folder.appendingPathComponent(name)
        try entry.contents.write(to: file)
        let result = try PodwrightProcess.run(["extract", file.path])
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "\(result.standardError)")
        #expect(result.standardError.contains(file.path))
        #expect(result.standardError.contains(entry.reason), "\(result.standardError)")
    }

    @Test func missingPathNamesIt() throws {
        let result = try PodwrightProcess.run(["extract", "/no/such/article.txt"])
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "Error: /no/such/article.txt: no such file (check the path)\n")
    }

    @Test func folderWithoutArticlesSaysSo() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("not an article".utf8).write(to: folder.appendingPathComponent("notes.pdf"))
        let result = try PodwrightProcess.run(["extract", folder.path])
        #expect(result.status != 0)
        #expect(result.standardError == "Error: \(folder.path): has no article files in it (.txt, .html, .htm, .md or "
            + ".markdown)\n")
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func unreadableFileNamesIt() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("locked.txt")
        try Data("Some article text that nobody may read.".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let result = try PodwrightProcess.run(["extract", file.path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("cannot be read"))
    }

    @Test func oneBadFileAmongGoodOnesPrintsNothing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Headline here\n\nA paragraph of article text that is long enough to be a body paragraph here.".utf8)
            .write(to: folder.appendingPathComponent("a.txt"))
        try Data().write(to: folder.appendingPathComponent("b.txt"))
        let result = try PodwrightProcess.run(["extract", folder.path])
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("b.txt: is empty"))
    }
}
