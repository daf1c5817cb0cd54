import Foundation
import Testing

@testable import PodwrightCore

/// Output folders replaced as a whole, file sets committed by journal, the episode lock, and what the next run
/// does with what a killed run left.
@Suite struct TransactionTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-tx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    func write(_ text: String, _ path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func names(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(path).path)) ?? []).sorted()
    }

    @Test func aReplacementSwapsTheWholeFolderAndKeepsWhatItDidNotRewrite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("old audio", "build/episode.wav")
        try write("old timing", "build/timing.json")
        try write("cached", "build/.cache/a.json")
        try write("page", "build/notes/index.html")
        try write("left by a killed run", "build/.timing.json.999999.ABCD.tmp")
        let replacement = try FolderReplacement(replacing: root.appendingPathComponent("build"))
        try Data("new audio".utf8).write(to: replacement.staging.appendingPathComponent("episode.wav"))
        try Data("new timing".utf8).write(to: replacement.staging.appendingPathComponent("timing.json"))
        // Until the commit, the old folder is whole.
        #expect(read("build/episode.wav") == "old audio")
        #expect(read("build/timing.json") == "old timing")
        try replacement.commit()
        #expect(read("build/episode.wav") == "new audio")
        #expect(read("build/timing.json") == "new timing")
        #expect(read("build/.cache/a.json") == "cached")
        #expect(read("build/notes/index.html") == "page")
        #expect(names("build") == [".cache", "episode.wav", "notes", "timing.json"])
        #expect(names("") == ["build"], "no staging folder is left beside the build")
    }

    @Test func aDiscardedReplacementLeavesTheFolderAsItWas() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("old audio", "build/episode.wav")
        do {
            let replacement = try FolderReplacement(replacing: root.appendingPathComponent("build"))
            try Data("half an episode".utf8).write(to: replacement.staging.appendingPathComponent("episode.wav"))
            replacement.discard()
        }
        #expect(read("build/episode.wav") == "old audio")
        #expect(names("") == ["build"])
    }

    @Test func aFileSetKilledBetweenRenamesIsCompletedByTheNextRun() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("old script", "script.md")
        try write("old article", "article.txt")
        // What a run killed after its first rename leaves: the journal, one file renamed, one still temporary.
        try write("new article", "article.txt")
        try write("new script", ".script.md.1.AAAA.tmp")
        try write(".article.txt.1.BBBB.tmp\tarticle.txt\n.script.md.1.AAAA.tmp\tscript.md\n", FileSetCommit.journalName)
        EpisodeRecovery.recover(EpisodeFolder(root))
        #expect(read("script.md") == "new script")
        #expect(read("article.txt") == "new article")
        #expect(names("") == ["article.txt", "script.md"])
    }

    @Test func aFileSetKilledBetweenTwoSwapsIsCompletedByTheNextRun() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("old script", "script.md")
        try write("old article", "article.txt")
        try write("new article", ".article.txt.1.BBBB.tmp")
        try write("new script", ".script.md.1.AAAA.tmp")
        func inode(_ name: String) -> UInt64 { FileSystemCalls.inode(of: root.appendingPathComponent(name)) ?? 0 }
        try write(
            ".article.txt.1.BBBB.tmp\tarticle.txt\t\(inode(".article.txt.1.BBBB.tmp"))\n"
                + ".script.md.1.AAAA.tmp\tscript.md\t\(inode(".script.md.1.AAAA.tmp"))\n", FileSetCommit.journalName)
        // Killed after the first swap: the article is in place and its temporary name holds the old one.
        #expect(
            FileSystemCalls.exchange(
                root.appendingPathComponent(".article.txt.1.BBBB.tmp"), root.appendingPathComponent("article.txt")) == 0
        )
        EpisodeRecovery.recover(EpisodeFolder(root))
        #expect(read("script.md") == "new script")
        #expect(read("article.txt") == "new article", "the old article, swapped out, is not put back")
        #expect(names("") == ["article.txt", "script.md"])
        // Replaying the same journal again changes nothing.
        try write(".article.txt.1.BBBB.tmp\tarticle.txt\t\(inode("article.txt"))\n", FileSetCommit.journalName)
        EpisodeRecovery.recover(EpisodeFolder(root))
        #expect(read("article.txt") == "new article")
        #expect(names("") == ["article.txt", "script.md"])
    }

    @Test func aFileSetCommitsEveryFileOrNone() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("old script", "script.md")
        let files = FileSetCommit(folder: root)
        try files.stage(Data("new script".utf8), as: "script.md")
        try files.stage(Data("new sheet".utf8), as: "recording-sheet.md")
        #expect(read("script.md") == "old script")
        try files.commit()
        #expect(read("script.md") == "new script")
        #expect(read("recording-sheet.md") == "new sheet")
        #expect(names("") == ["recording-sheet.md", "script.md"])
        let dropped = FileSetCommit(folder: root)
        try dropped.stage(Data("never".utf8), as: "script.md")
        dropped.discard()
        #expect(read("script.md") == "new script")
        #expect(names("") == ["recording-sheet.md", "script.md"])
    }

    @Test func aFolderMovedAsideByAKilledRunIsPutBack() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        // Killed between moving the old build aside and the new one in (file systems without RENAME_EXCHANGE).
        try write("old audio", "\(FolderReplacement.stagingMarker)old-build.4242/episode.wav")
        try write("half", "\(FolderReplacement.stagingMarker)build.4242/episode.wav")
        EpisodeRecovery.recover(EpisodeFolder(root))
        #expect(read("build/episode.wav") == "old audio")
        #expect(names("") == ["build"])
    }

    @Test func aSecondRunWaitsForTheFirstAndGivesUpWithAClearError() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = EpisodeFolder(root)
        let first = try EpisodeLock.acquire(folder)
        var waited = false
        #expect(throws: EpisodeLockError(folder: root.path, seconds: 0)) {
            _ = try EpisodeLock.acquire(folder, timeout: 0.3) { waited = true }
        }
        #expect(waited, "the waiting run is told")
        withExtendedLifetime(first) {}
        #expect(names("").isEmpty, "no lock file is left in the episode folder")
    }

    @Test func theLockIsFreeOnceItsHolderIsGone() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = EpisodeFolder(root)
        do { _ = try EpisodeLock.acquire(folder) }
        _ = try EpisodeLock.acquire(folder, timeout: 0.3)
    }
}

extension TransactionTests {
    static func mount(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = arguments
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// An upload folder mounted at build/notes: the new build is committed around it, never moved or emptied.
    @Test(.enabled(if: getuid() == 0, "needs root to mount a tmpfs"))
    func aFolderMountedInsideTheBuildStaysMountedAndWhole() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write("old audio", "build/episode.wav")
        let notes = root.appendingPathComponent("build/notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try #require(Self.mount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", notes.path]))
        defer {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/umount")
            process.arguments = [notes.path]
            try? process.run()
            process.waitUntilExit()
        }
        try write("uploaded page", "build/notes/index.html")
        let replacement = try FolderReplacement(replacing: root.appendingPathComponent("build"))
        try Data("new audio".utf8).write(to: replacement.staging.appendingPathComponent("episode.wav"))
        try replacement.commit()
        #expect(read("build/episode.wav") == "new audio")
        #expect(read("build/notes/index.html") == "uploaded page")
        #expect(FileSystemCalls.device(of: notes) != FileSystemCalls.device(of: root), "still the mounted folder")
        #expect(names("") == ["build"])
    }
}
