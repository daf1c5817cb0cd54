import Foundation
import PodwrightTestSupport
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
        (
            "index.html",
            Data(
                """
                <html><head><title>Front page</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
                <ul class="headlines"><li><a href="/a">Ferry fares rise again</a></li>
                <li><a href="/b">Storm warning</a></li></ul>
                <footer>© 2025 The Paper</footer></body></html>
                """.utf8), "no article text found"
        ),
        (
            "sjis.txt", Data([0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x95, 0xB6, 0x8F, 0xCD, 0x82, 0xC5]),
            "not text in an encoding"
        ),
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
        #expect(
            result.standardError == "Error: \(folder.path): has no article files in it (.txt, .html, .htm, .md or "
                + ".markdown)\n")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem")))
    func fileThatFailsToReadNamesTheSystemReason() throws {
        // Opening a process's own memory succeeds but reading it from offset 0 fails, even for root.
        let result = try PodwrightProcess.run(["extract", "/proc/self/mem"])
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError == "Error: /proc/self/mem: cannot be read (Input/output error)\n")
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

    /// A folder with good articles and bad files: "a.txt" and "c.md" read, "b.txt" empty, "d.txt" binary.
    static func mixedFolder() throws -> URL {
        let folder = try temporaryFolder()
        try Data("Headline here\n\nA paragraph of article text that is long enough to be a body paragraph here.".utf8)
            .write(to: folder.appendingPathComponent("a.txt"))
        try Data().write(to: folder.appendingPathComponent("b.txt"))
        try Data("# Second headline\n\nAnother paragraph of article text, long enough to be read as the body.".utf8)
            .write(to: folder.appendingPathComponent("c.md"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48])
            .write(to: folder.appendingPathComponent("d.txt"))
        return folder
    }

    @Test func badFilesAmongGoodOnesGetAnErrorLineEachAndTheRestIsPrinted() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try PodwrightProcess.run(["extract", folder.path])
        #expect(result.status == 1)
        let a = folder.appendingPathComponent("a.txt").path
        let c = folder.appendingPathComponent("c.md").path
        #expect(
            result.standardOutput == "==> \(a) <==\nA paragraph of article text that is long enough to be a body "
                + "paragraph here.\n\n==> \(c) <==\nAnother paragraph of article text, long enough to be read as the "
                + "body.\n")
        let errors = result.standardError.split(separator: "\n").map(String.init)
        #expect(errors.count == 2, "\(result.standardError)")
        #expect(errors.first?.hasPrefix("Error: \(folder.appendingPathComponent("b.txt").path): is empty") == true)
        #expect(errors.last?.hasPrefix("Error: \(folder.appendingPathComponent("d.txt").path):") == true)
        #expect(errors.last?.contains("binary") == true)
    }

    @Test func badFilesAmongGoodOnesLeaveAJSONArrayOfTheGoodOnes() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("a.txt").path
        let bad = folder.appendingPathComponent("b.txt").path
        let result = try PodwrightProcess.run(["extract", good, bad, "--format", "json"])
        #expect(result.status == 1)
        let list = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(list.map { $0["source"] as? String } == [good])
        #expect(list.first?["title"] as? String == "Headline here")
        #expect(result.standardError == "Error: \(bad): is empty (there is no article text in it)\n")
    }

    @Test func onlyBadFilesPrintNothing() throws {
        let folder = try Self.mixedFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = ["b.txt", "d.txt"].map { folder.appendingPathComponent($0).path }
        let result = try PodwrightProcess.run(["extract"] + bad + ["--format", "json"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.split(separator: "\n").count == 2)
    }
}
