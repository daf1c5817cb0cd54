import Foundation
import PodwrightAudio
import PodwrightCore
import Synchronization

extension EpisodeAligner {
    /// Decodes `jobs` on up to ``threads`` threads, each with its own decoder.
    func decode(
        _ jobs: [AlignmentJob], words: [String: SpokenWords], checker: TakeChecker, languageModel: URL,
        progress: @Sendable (Int, Int) -> Void
    ) throws(SpeechError) -> [Result<TakeAlignment, AudioError>] {
        let shared = Mutex<
            (next: Int, done: Int, results: [Int: Result<TakeAlignment, AudioError>], error: SpeechError?)
        >(
            (0, 0, [:], nil))
        let model = self.model
        let weight = scriptWeight
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, jobs.count))) { _ in
            guard var decoder = try? SpeechDecoder(model: model) else {
                shared.withLock { $0.error = .modelMissing(model.acousticModel.path) }
                return
            }
            for (word, phones) in checker.lexicon.entries { decoder.add(word, phones: phones) }
            do throws(SpeechError) {
                try decoder.useLanguageModel(script: languageModel, weight: weight)
            } catch {
                shared.withLock { $0.error = error }
                return
            }
            while true {
                let claimed: Int? = shared.withLock { state in
                    guard state.next < jobs.count, state.error == nil else { return nil }
                    defer { state.next += 1 }
                    return state.next
                }
                guard let index = claimed else { return }
                let job = jobs[index]
                let result: Result<TakeAlignment, AudioError>
                do throws(AudioError) {
                    let audio = try SpeechAudio(contentsOf: job.url)
                    let expected = words[job.segment] ?? SpokenWords("")
                    result = .success(
                        job.isSynthesised
                            ? checker.place(
                                audio, segment: job.segment, file: job.file, expected: expected, decoder: decoder)
                            : checker.check(
                                audio, segment: job.segment, file: job.file, expected: expected, decoder: decoder))
                } catch {
                    result = .failure(error)
                }
                let done = shared.withLock { state in
                    state.results[index] = result
                    state.done += 1
                    return state.done
                }
                progress(done, jobs.count)
            }
        }
        let (results, error) = shared.withLock { ($0.results, $0.error) }
        if let error { throw error }
        return jobs.indices.map { results[$0] ?? .failure(AudioError(.processing, reason: "not checked")) }
    }
}
