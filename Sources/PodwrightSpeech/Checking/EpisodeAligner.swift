public import Foundation
public import PodwrightAudio
public import PodwrightCore
import Synchronization

/// Checks every take of an episode against its segment's words with PocketSphinx, on several threads, one decoder
/// each; results are cached per take.
public struct EpisodeAligner: Sendable {
    /// The speech model.
    public var model: SpeechModel = .usEnglish
    /// Decoding threads (each loads its own decoder).
    public var threads = 2
    /// Producer pronunciations: word → CMU phones or a respelling.
    public var overrides: [String: String] = [:]
    /// Where alignments are cached between runs (`EP/build/.cache/alignment`); `nil` for no cache.
    public var cacheFolder: URL?
    /// The episode's language (BCP 47); takes in a language the model does not cover are `not-checked`.
    public var language: String?
    /// How strongly the free decode leans towards the script's words (0…1).
    public var scriptWeight: Float = 0.7

    public init() {}

    /// The outcome: the report to write, the files that could not be read, and how many came from the cache.
    public struct Outcome: Sendable {
        /// Every take that could be read, in the order of the jobs.
        public var report: AlignmentReport
        /// Takes that could not be read.
        public var failures: [AudioError]
        /// Takes whose alignment came from the cache.
        public var cached: Int
    }

    /// Checks `jobs` against `episode`'s segments.
    /// - Parameters:
    ///   - jobs: the takes, each with the segment its name claims.
    ///   - episode: the script.
    ///   - progress: called with (done, total) as takes finish.
    /// - Throws: ``SpeechError`` when the model is missing or a working file cannot be written.
    public func align(
        _ jobs: [AlignmentJob], episode: Episode, progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws(SpeechError) -> Outcome {
        let words = Dictionary(
            episode.segments.map { ($0.id, SpokenWords($0.text)) }, uniquingKeysWith: { first, _ in first })
        guard model.isInstalled else { throw .modelMissing(model.acousticModel.deletingLastPathComponent().path) }
        let dictionary = DictionaryWords(url: model.dictionary)
        let lexicon = Lexicon.build(
            keys: Set(words.values.flatMap(\.keys)), overrides: overrides,
            lookup: { dictionary.contains($0) ? "" : nil }, numberWord: dictionary.numberWordPhones,
            espeak: .installed)
        let summary = AlignmentReport.PronunciationSummary(
            dictionary: lexicon.fromDictionary, overridden: lexicon.overridden.count, guessed: lexicon.guessed)
        if !model.covers(language: language) {
            let takes = jobs.map {
                TakeAlignment(
                    segment: $0.segment, file: $0.file, verdict: .notChecked, sampleRate: 0,
                    note: "the speech model covers US English, not \(language ?? "")")
            }
            return Outcome(report: AlignmentReport(takes: takes, pronunciations: summary), failures: [], cached: 0)
        }
        let cache = cacheFolder.map { AlignmentCache(folder: $0) }
        var results = [Result<TakeAlignment, AudioError>?](repeating: nil, count: jobs.count)
        var keys = [String?](repeating: nil, count: jobs.count)
        var todo: [Int] = []
        for (index, job) in jobs.enumerated() {
            keys[index] = AlignmentCache.key(for: job, words: words[job.segment]?.keys ?? [], lexicon: lexicon)
            if let key = keys[index], let hit = cache?.lookup(key) {
                results[index] = .success(hit)
            } else {
                todo.append(index)
            }
        }
        let cached = jobs.count - todo.count
        if !todo.isEmpty {
            let checker = TakeChecker(
                segments: episode.segments.map { ($0.id, words[$0.id]?.keys ?? []) }, lexicon: lexicon)
            let sentences = episode.segments.map { segment in
                (words[segment.id]?.keys ?? []).filter(lexicon.isPronounceable)
            }
            let languageModel = try ScriptLanguageModel(sentences: sentences).write()
            defer { try? FileManager.default.removeItem(at: languageModel) }
            let fresh = try decode(
                todo.map { jobs[$0] }, words: words, checker: checker, languageModel: languageModel,
                progress: progress)
            for (index, result) in zip(todo, fresh) {
                results[index] = result
                if case .success(let alignment) = result, let key = keys[index] { cache?.record(alignment, for: key) }
            }
        }
        var takes: [TakeAlignment] = []
        var failures: [AudioError] = []
        for result in results {
            switch result {
            case .success(let alignment)?: takes.append(alignment)
            case .failure(let error)?: failures.append(error)
            case nil: break
            }
        }
        return Outcome(
            report: AlignmentReport(takes: takes, pronunciations: summary), failures: failures, cached: cached)
    }
}
