import Foundation
import Synchronization

/// Pass 1 over many files: analyses what the cache does not already know, on several threads.
struct ParallelAnalysis {
    /// One file to analyse.
    struct Job: Sendable {
        var url: URL
        var trim: Bool
        /// Where the words are, from an alignment (source frames).
        var speech: Range<Int>?
    }

    let analyzer: TakeAnalyzer
    let threads: Int

    /// Analyses `jobs`, consulting and updating `cache`.
    /// - Returns: per job, its analysis or the error reading it; and how many came from the cache.
    func run(
        _ jobs: [Job], cache: inout AnalysisCache?, progress: @Sendable (Int, Int) -> Void
    ) -> (results: [Result<TakeAnalysis, AudioError>], cached: Int) {
        var results = [Result<TakeAnalysis, AudioError>?](repeating: nil, count: jobs.count)
        var keys = [String?](repeating: nil, count: jobs.count)
        var todo: [Int] = []
        var cached = 0
        for (index, job) in jobs.enumerated() {
            // Trimming depends on the margins and on the aligner's word bounds: both are part of the key.
            let trim = analyzer.trimming
            let variant =
                job.trim ? "|\(trim.headMargin),\(trim.tailMargin)|\(job.speech.map { "\($0)" } ?? "levels")" : ""
            keys[index] = AnalysisCache.key(
                for: job.url, channels: analyzer.outputChannels, trimmed: job.trim, variant: variant)
            if let key = keys[index], let hit = cache?.lookup(key) {
                results[index] = .success(hit)
                cached += 1
            } else {
                todo.append(index)
            }
        }
        let shared = Mutex<(next: Int, done: Int, results: [Int: Result<TakeAnalysis, AudioError>])>(
            (0, 0, [:]))
        let analyzer = self.analyzer
        let work = todo
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, work.count))) { _ in
            var buffers = AnalysisBuffers()
            while true {
                let claimed: Int? = shared.withLock { state in
                    guard state.next < work.count else { return nil }
                    defer { state.next += 1 }
                    return work[state.next]
                }
                guard let index = claimed else { return }
                let job = jobs[index]
                let result: Result<TakeAnalysis, AudioError>
                do throws(AudioError) {
                    result = .success(
                        try analyzer.analyse(job.url, trim: job.trim, speech: job.speech, buffers: &buffers))
                } catch {
                    result = .failure(error)
                }
                let done = shared.withLock { state in
                    state.results[index] = result
                    state.done += 1
                    return state.done
                }
                progress(done, work.count)
            }
        }
        for (index, result) in shared.withLock({ $0.results }) { results[index] = result }
        for index in todo {
            if case .success(let analysis)? = results[index], let key = keys[index] {
                cache?.record(analysis, for: key)
            }
        }
        return (results.map { $0 ?? .failure(AudioError(.processing, reason: "not analysed")) }, cached)
    }
}
