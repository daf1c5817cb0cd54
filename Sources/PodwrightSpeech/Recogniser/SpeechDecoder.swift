import CPocketSphinx
import Foundation
import Synchronization

/// One PocketSphinx decoder with the US English model loaded: the one owner of its `ps_decoder_t`.
///
/// Not shareable between threads (PocketSphinx keeps search state in the decoder); the aligner makes one per
/// thread. Loading the model and the general language model takes a moment, so a decoder is made once and used for
/// many takes.
struct SpeechDecoder: ~Copyable {
    let pointer: OpaquePointer
    private let config: OpaquePointer
    private var general: OpaquePointer?
    /// Words added to the dictionary in this decoder, so they are added once.
    private(set) var added: Set<String> = []
    /// Whether a second, unpruned decode over the same model (search `careful`) stands behind the pruned `free` one.
    private(set) var hasCarefulSearch = false

    /// Loads `model`.
    /// - Parameters:
    ///   - model: the speech model.
    ///   - general: whether to load the general language model too (the free decode interpolates it with the
    ///     script's; `split`, which only needs to find the script's words, decodes faster without it).
    /// - Throws: ``SpeechError/modelMissing(_:)`` when the model is not installed or PocketSphinx refuses it.
    init(model: SpeechModel, general: Bool = true) throws(SpeechError) {
        guard model.isInstalled else { throw .modelMissing(model.acousticModel.deletingLastPathComponent().path) }
        // PocketSphinx's log file is one global `FILE *` that `ps_init` closes and reopens: two threads loading at
        // once double-close it and deadlock in stdio (seen: a test run hung for 47 minutes). Loading is serialised;
        // decoding, the slow part, still runs on every thread.
        let loaded: (OpaquePointer, OpaquePointer, OpaquePointer?)? = Self.loading.withLock { _ in
            podwright_ps_quiet()
            guard
                let config = podwright_ps_config(
                    model.acousticModel.path, model.dictionary.path, String(SpeechAudio.rate))
            else { return nil }
            guard let decoder = ps_init(config) else {
                cmd_ln_free_r(config)
                return nil
            }
            return (
                decoder, config,
                general ? ngram_model_read(config, model.languageModel.path, NGRAM_AUTO, ps_get_logmath(decoder)) : nil
            )
        }
        guard let (decoder, config, general) = loaded else { throw .modelMissing(model.acousticModel.path) }
        self.pointer = decoder
        self.config = config
        self.general = general
    }

    /// Held while a decoder loads (see ``init(model:)``).
    private static let loading = Mutex(())

    deinit {
        let (pointer, config, general) = (pointer, config, general)
        Self.loading.withLock { _ in
            if let general { ngram_model_free(general) }
            ps_free(pointer)
            cmd_ln_free_r(config)
        }
    }

    /// The dictionary's pronunciation of `word` (lower case), or `nil` when it lacks the word.
    func lookup(_ word: String) -> String? {
        guard let phones = ps_lookup_word(pointer, word) else { return nil }
        defer { free(phones) }
        return String(cString: phones)
    }

    /// Adds (or replaces) `word` with `phones` (CMU phones separated by spaces).
    /// - Returns: whether PocketSphinx took it (it refuses phones its model does not have).
    @discardableResult
    mutating func add(_ word: String, phones: String) -> Bool {
        let result = ps_add_word(pointer, word, phones, 1)
        if result >= 0 { added.insert(word) }
        return result >= 0
    }

    /// Sets the free-decode search: the general language model interpolated with `scriptModel` (an ARPA file).
    /// - Throws: ``SpeechError/languageModel(_:)`` when PocketSphinx cannot read it.
    mutating func useLanguageModel(script scriptModel: URL, weight: Float) throws(SpeechError) {
        let logmath = ps_get_logmath(pointer)
        guard let script = ngram_model_read(config, scriptModel.path, NGRAM_ARPA, logmath) else {
            throw .languageModel(scriptModel.path)
        }
        let model: OpaquePointer
        if let general {
            guard let set = podwright_lm_biased(config, ngram_model_retain(general), script, weight) else {
                throw .languageModel(scriptModel.path)
            }
            model = set
        } else {
            model = script
        }
        // Searches read their pruning from the configuration when they are made: the free decode over the general
        // model is pruned harder, and the defaults put back for the grammars made later. Pruned, it sometimes
        // loses a short word (“a”) in a noisy take, so a take it finds fault with is heard again by `careful`, the
        // same model unpruned (3 of 111 clean takes flagged on `Scripts/bench-align --minutes 20 --rooms` without
        // it, none with it). `split`'s decode of the script alone keeps the defaults: pruned, it lost 3 of 180
        // segments and 13 of 360 cuts on `Scripts/bench-split`, and it is fast without.
        podwright_ps_prune(config, general == nil ? 0 : 1)
        let set = ps_set_lm(pointer, "free", model)
        podwright_ps_prune(config, 0)
        guard set == 0 else { throw .languageModel(scriptModel.path) }
        if general != nil {
            hasCarefulSearch = ps_set_lm(pointer, "careful", ngram_model_retain(model)) == 0
        }
    }

    /// Decodes `audio` with the search called `search` and returns the best path's words.
    func decode(_ audio: SpeechAudio, search: String) -> [RecognisedWord] {
        // A new stream restarts the frame count, so word times are counted from the start of this take.
        guard ps_set_search(pointer, search) == 0, ps_start_stream(pointer) == 0, ps_start_utt(pointer) == 0 else {
            return []
        }
        // The whole take at once: cepstral means are taken over the take itself (`-cmn batch`), so a take is heard
        // the same whatever the decoder heard before.
        audio.samples.withUnsafeBufferPointer { buffer in
            _ = ps_process_raw(pointer, buffer.baseAddress, buffer.count, 0, 1)
        }
        ps_end_utt(pointer)
        return segments()
    }

    /// The best path of the last utterance.
    private func segments() -> [RecognisedWord] {
        var score: Int32 = 0
        guard ps_get_hyp(pointer, &score) != nil else { return [] }
        let logmath = ps_get_logmath(pointer)
        var words: [RecognisedWord] = []
        var iterator = ps_seg_iter(pointer)
        while let segment = iterator {
            var start: Int32 = 0
            var end: Int32 = 0
            ps_seg_frames(segment, &start, &end)
            var acoustic: Int32 = 0
            var language: Int32 = 0
            var backoff: Int32 = 0
            let probability = ps_seg_prob(segment, &acoustic, &language, &backoff)
            let raw = ps_seg_word(segment).map { String(cString: $0) } ?? ""
            words.append(
                RecognisedWord(
                    word: Self.baseWord(raw), startFrame: Int(start), endFrame: Int(end),
                    posterior: min(1, max(0, logmath_exp(logmath, probability))),
                    acousticScore: Int(acoustic)))
            iterator = ps_seg_next(segment)
        }
        return words
    }

    /// `word(2)` → `word`: alternative pronunciations are the same word.
    static func baseWord(_ word: String) -> String {
        guard word.hasSuffix(")"), let open = word.lastIndex(of: "(") else { return word }
        return String(word[..<open])
    }
}
