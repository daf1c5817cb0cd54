import CPocketSphinx

extension SpeechDecoder {
    /// Sets the constrained search: a grammar of `words` in order, each of which may be skipped at a cost (so a
    /// skipped phrase is not squeezed into its neighbours), with silences and fillers allowed between any two
    /// (PocketSphinx adds those itself, `-fsgusefiller`).
    /// - Parameters:
    ///   - words: dictionary words, in order.
    ///   - skipProbability: the chance given to leaving out a word.
    /// - Returns: whether PocketSphinx took the grammar (every word must be in the dictionary).
    @discardableResult
    func useGrammar(_ words: [String], name: String = "constrained", skipProbability: Double = 1e-3) -> Bool {
        guard !words.isEmpty else { return false }
        let logmath = ps_get_logmath(pointer)
        let weight = podwright_ps_language_weight(pointer)
        guard let fsg = fsg_model_init(name, logmath, weight, Int32(words.count + 1)) else { return false }
        let stay = Int32((Float(logmath_log(logmath, 1 - skipProbability)) * weight).rounded())
        let skip = Int32((Float(logmath_log(logmath, skipProbability)) * weight).rounded())
        for (index, word) in words.enumerated() {
            let id = fsg_model_word_add(fsg, word)
            fsg_model_trans_add(fsg, Int32(index), Int32(index + 1), stay, id)
            fsg_model_null_trans_add(fsg, Int32(index), Int32(index + 1), skip)
        }
        podwright_fsg_set_ends(fsg, 0, Int32(words.count))
        let result = ps_set_fsg(pointer, name, fsg)
        fsg_model_free(fsg)
        return result == 0
    }
}
