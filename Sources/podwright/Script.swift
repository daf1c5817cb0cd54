import ArgumentParser
import Foundation
import PodwrightCore

/// `podwright script`: write an editable episode script from an article.
struct Script: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an episode script (script.md, episode.json, recording sheet) from an article.",
        discussion: """
            Writes EP/script.md (the script to edit and record from), EP/episode.json (the manifest later stages \
            read), EP/article.txt (the article body every source range points into) and EP/recording-sheet.md. \
            An existing script.md is never replaced without --force, and then it is kept as \
            script.md.bak-<UTC time>. The show comes from --show, else EP/show.json, else the defaults.
            """
    )

    enum QuoteMode: String, ExpressibleByArgument, CaseIterable {
        case voiced, narrated

        var voicing: Segmenter.QuoteVoicing { self == .voiced ? .voiced : .narrated }
    }

    @Argument(
        help:
            "The article: a file (text, HTML or Markdown), an http(s) URL, or a folder of articles (then -o is the show folder and each article gets OUTPUT/<name>)."
    )
    var article: String

    @Option(name: .shortAndLong, help: "The episode folder to write.")
    var output: String

    @Option(help: "voiced: each confidently attributed quote in its speaker's voice; narrated: all in the narrator's.")
    var quotes: QuoteMode = .voiced

    @Option(
        help:
            "A show configuration file (JSON: name, narratorName, introTemplate, outroTemplate, wordsPerMinute, voices)."
    )
    var show: String?

    @Option(help: "Reading pace in words per minute for time estimates (default: the show's, else 155).")
    var wpm: Double?

    @Flag(help: "Replace an existing script.md, keeping the old one as script.md.bak-<UTC time>.")
    var force = false

    @Option(help: "Read the article as text, html or markdown instead of detecting it.")
    var format: ArticleInputFormat?

    func validate() throws {
        if let wpm, !(wpm >= 1 && wpm.isFinite) { throw ValidationError("--wpm must be a number of 1 or more.") }
        if output.isEmpty { throw ValidationError("-o needs an episode folder.") }
    }

    func run() async throws {
        var isFolder: ObjCBool = false
        if !article.contains("://"), FileManager.default.fileExists(atPath: article, isDirectory: &isFolder),
            isFolder.boolValue
        {
            return try await runFolder()
        }
        let episode = try await write(article, to: output)
        let review = EpisodeSummary(episode).quotesToReview
        if !review.isEmpty {
            print("Quotes to review (uncertain attribution, read by the narrator until you give them a cue):")
            for line in review { print("  " + line) }
        }
        print("Also wrote episode.json, article.txt and recording-sheet.md in \(output)")
        print("Edit the script, then run `podwright check \(output)`.")
    }

    /// A folder of articles: each one into `OUTPUT/<name>` (a show folder), named as `produce` names them; an article
    /// that fails is reported and the others go on.
    private func runFolder() async throws {
        let locations = try ArticleFiles.expand([article]).locations
        var failures = 0
        for (location, name) in zip(locations, EpisodeNaming.folderNames(for: locations)) {
            do {
                _ = try await write(location, to: EpisodeFolder.displayPath(output, name))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
            }
        }
        print("\(locations.count - failures) of \(locations.count) articles scripted into \(output)")
        if failures > 0 { throw ExitCode(1) }
    }

    /// One article into one episode folder.
    private func write(_ article: String, to output: String) async throws -> Episode {
        let folder = EpisodeFolder(path: output)
        if FileManager.default.fileExists(atPath: folder.url.path) { try EpisodeRun.begin(folder, command: "script") }
        let scriptName = EpisodeFolder.displayPath(output, "script.md")
        let exists = FileManager.default.fileExists(atPath: folder.script.path)
        if exists && !force { throw EpisodeStoreError.scriptExists(scriptName) }
        let read = try await ArticleReader.read(contentsOf: article, format: format?.articleFormat)
        ArticleWarning.report(read.warnings, for: article)
        var configuration = try ShowConfiguration.load(for: folder, file: show.map { URL(fileURLWithPath: $0) })
        if let wpm { configuration.wordsPerMinute = wpm }
        let episode = Segmenter(show: configuration, voicing: quotes.voicing).episode(
            from: read, quotes: QuoteFinder.analyse(read))
        let backup = exists ? try EpisodeStore.backUpScript(in: folder) : nil
        try EpisodeStore.save(episode, articleBody: read.body, to: folder)
        if let backup {
            print("Kept the previous script as \(EpisodeFolder.displayPath(output, backup.lastPathComponent))")
        }
        print("Wrote \(scriptName): \(EpisodeSummary(episode).line)")
        return episode
    }
}

extension EpisodeFolder {
    /// A file in the folder as the user named the folder, for messages: `ep/script.md`.
    static func displayPath(_ folder: String, _ file: String) -> String {
        folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }
}
