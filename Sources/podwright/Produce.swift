import ArgumentParser
import Foundation
import PodwrightCore

/// `podwright produce SHOW ARTICLE…`: many articles into a show's episodes and its feed in one run.
struct Produce: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make episodes of a show from many articles, in parallel, and update its feed.",
        discussion: """
            Each article (a file, a folder of them, or an http(s) URL) becomes the episode folder SHOW/<name>, \
            named after its file: script (unless script.md exists: hand edits are never replaced), scratch takes \
            where nothing is recorded, assemble with the show's audio preset, notes. Then `feed SHOW` runs. Stages \
            whose outputs are newer than their inputs are skipped, so a rerun does only what changed. An article \
            that fails is reported and skipped; the others go on, and the exit status is 1.
            """)

    @Argument(help: "The show folder (holding show.json).")
    var show: String

    @Argument(help: "Articles: files, folders of articles, or http(s) URLs.")
    var articles: [String]

    @Option(help: "Episodes made at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "voiced: each confidently attributed quote in its speaker's voice; narrated: all in the narrator's.")
    var quotes: Script.QuoteMode = .voiced

    @Flag(help: "Make the episodes but do not write the feed.")
    var noFeed = false

    @OptionGroup var output: QuietOption

    var quiet: Bool { output.quiet }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        guard ShowFolder(URL(fileURLWithPath: show, isDirectory: true)).exists else {
            throw ValidationError("\(show) is not a show folder: create \(show)/show.json (see README, “A show”)")
        }
    }

    func run() async throws {
        let root = URL(fileURLWithPath: show, isDirectory: true)
        let locations = try ArticleFiles.expand(articles).locations
        let names = EpisodeNaming.folderNames(for: locations)
        let binary = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let jobs = zip(locations, names).map { location, name in
            ProduceJob(
                article: location, folder: EpisodeFolder(root.appendingPathComponent(name, isDirectory: true)),
                binary: binary, voicing: quotes.rawValue)
        }
        let progress = ProgressLine(enabled: !quiet)
        let started = Date()
        let outcomes = JobPool.run(jobs, width: self.jobs) { done, running, failed in
            progress.update("produce: \(done)/\(jobs.count) done, \(running) running, \(failed) failed")
        }
        progress.finish()
        var failures = 0
        for (job, outcome) in zip(jobs, outcomes) {
            let name = job.folder.url.lastPathComponent
            switch outcome {
            case .produced(let stages):
                if !quiet { print("\(name): \(stages.joined(separator: ", "))") }
            case .upToDate:
                if !quiet { print("\(name): up to date") }
            case .failed(let stage, let message):
                failures += 1
                FileHandle.standardError.write(Data("error: \(job.article): \(stage) failed: \(message)\n".utf8))
            }
        }
        if !noFeed {
            let report = try await Feed.publish(show, allowLossless: false)
            if !quiet { print("\(report.feed.path): \(report.published.count) episodes") }
        }
        if !quiet {
            let seconds = Date().timeIntervalSince(started)
            print(
                String(
                    format: "produce: %d of %d articles ready, %d failed, in %.1f s with %d jobs",
                    jobs.count - failures, jobs.count, failures, seconds, self.jobs))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// Runs jobs on `width` threads of their own (each job waits on child processes, which would starve Swift's
/// cooperative pool), reporting progress after each one ends.
enum JobPool {
    static func run(
        _ jobs: [ProduceJob], width: Int, progress: @escaping @Sendable (Int, Int, Int) -> Void
    ) -> [ProduceJob.Outcome] {
        final class State: @unchecked Sendable {
            let lock = NSLock()
            var next = 0
            var done = 0
            var failed = 0
            var outcomes: [ProduceJob.Outcome?]
            init(count: Int) { outcomes = Array(repeating: nil, count: count) }
        }
        let state = State(count: jobs.count)
        let group = DispatchGroup()
        for _ in 0..<min(width, max(jobs.count, 1)) {
            group.enter()
            let thread = Thread {
                while true {
                    state.lock.lock()
                    let index = state.next
                    state.next += 1
                    state.lock.unlock()
                    guard index < jobs.count else { break }
                    let outcome = jobs[index].run()
                    state.lock.lock()
                    state.outcomes[index] = outcome
                    state.done += 1
                    if case .failed = outcome { state.failed += 1 }
                    let running = min(width, jobs.count - state.done)
                    let (done, failed) = (state.done, state.failed)
                    state.lock.unlock()
                    progress(done, max(0, running), failed)
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return state.outcomes.map { $0 ?? .failed(stage: "produce", message: "did not run") }
    }
}
