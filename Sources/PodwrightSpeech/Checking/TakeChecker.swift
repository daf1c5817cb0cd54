import PodwrightCore

/// Checks one take against its segment with the two passes of one decoder: the free decode (what was said) and
/// the constrained alignment (where each expected word is).
struct TakeChecker {
    /// Every segment's words, by id, for telling a wrong segment from a misread.
    var segments: [(id: String, keys: [String])]
    /// The pronunciations in use (words it cannot say are left out of the grammar).
    var lexicon: Lexicon
    /// A take whose heard words fit its segment below this (0…1) is not that segment's reading.
    var minimumFit = 0.35
    /// Another segment must fit this much better to be named as the take's real text.
    var wrongSegmentMargin = 0.25
    /// The worst acoustic score per frame (PocketSphinx log units, relative to the best senone) that an expected
    /// word placed by the grammar shows in clean speech: a difference whose words all fit better is the
    /// recogniser mishearing, not the reader misreading. Measured on flite, festival and espeak voices: clean words
    /// score −5…−33, words forced onto other speech −50 and below.
    var worstCleanScorePerFrame = -40

    /// The check of `audio`, recorded for `segment` in `file`.
    ///
    /// The fast, pruned decode hears every take; one it finds fault with is heard again by the careful decode, and
    /// that verdict stands.
    func check(
        _ audio: SpeechAudio, segment: String, file: String, expected: SpokenWords, decoder: borrowing SpeechDecoder
    ) -> TakeAlignment {
        let quick = check(audio, segment: segment, file: file, expected: expected, decoder: decoder, search: "free")
        guard quick.verdict != .ok, decoder.hasCarefulSearch else { return quick }
        return check(audio, segment: segment, file: file, expected: expected, decoder: decoder, search: "careful")
    }

    private func check(
        _ audio: SpeechAudio, segment: String, file: String, expected: SpokenWords, decoder: borrowing SpeechDecoder,
        search: String
    ) -> TakeAlignment {
        var result = TakeAlignment(segment: segment, file: file, verdict: .ok, sampleRate: audio.takeRate)
        let free = decoder.decode(audio, search: search)
        let heard = free.filter { !$0.isFiller }
        result.heard = heard.map(\.word)
        let keys = expected.keys
        let sayable = keys.enumerated().filter { lexicon.isPronounceable($0.element) }
        guard !heard.isEmpty else {
            result.verdict = .unintelligible
            result.note = "no words could be heard (silence, noise or music?)"
            return result
        }
        let fit = WordSequenceAlignment.fit(expected: keys, heard: result.heard)
        if let other = betterSegment(than: fit, heard: result.heard, own: segment) {
            result.verdict = .wrongSegment
            result.matchedSegment = other
            return result
        }
        var constrained: [RecognisedWord] = []
        if decoder.useGrammar(sayable.map(\.element)) {
            constrained = decoder.decode(audio, search: "constrained")
        }
        // A short take the free decode mishears can still be the segment: the grammar then places every word and
        // each fits the audio as clean speech does.
        let spoken = constrained.filter { !$0.isFiller }
        let fitsGrammar =
            !spoken.isEmpty && spoken.count == sayable.count
            && spoken.allSatisfy { DifferenceFinder.perFrame($0) >= Double(worstCleanScorePerFrame) }
        guard fit >= minimumFit || fitsGrammar else {
            result.verdict = .unintelligible
            result.note = "what was heard does not match this segment or any other (another language, or noise?)"
            return result
        }
        let placed = Self.place(spoken, in: sayable.map(\.offset), keys: keys)
        result.words = placed.map { index, word in
            AlignedWord(
                word: expected.words[index].text, start: audio.takeFrame(forRecogniserFrame: word.startFrame),
                end: audio.takeFrame(forRecogniserFrame: word.endFrame + 1),
                confidence: Self.confidence(of: word, key: keys[index], in: heard))
        }
        let differences = DifferenceFinder(
            expected: expected, heard: heard, constrained: constrained,
            placed: Dictionary(placed.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }),
            worstCleanScorePerFrame: worstCleanScorePerFrame
        ).differences(audio: audio)
        result.differences = differences
        result.verdict = differences.isEmpty ? .ok : .misread
        return result
    }

    /// The words of a take synthesised from `expected` itself, placed by the constrained pass alone: the take is
    /// `not-checked`, since a scratch voice says exactly its text and the recogniser, trained on people, would only
    /// report its own mishearings.
    func place(
        _ audio: SpeechAudio, segment: String, file: String, expected: SpokenWords, decoder: borrowing SpeechDecoder
    ) -> TakeAlignment {
        var result = TakeAlignment(
            segment: segment, file: file, verdict: .notChecked, sampleRate: audio.takeRate,
            note: "a scratch take, made from this segment's words: placed, not checked")
        let keys = expected.keys
        let sayable = keys.enumerated().filter { lexicon.isPronounceable($0.element) }
        guard decoder.useGrammar(sayable.map(\.element)) else { return result }
        let spoken = decoder.decode(audio, search: "constrained").filter { !$0.isFiller }
        let placed = Self.place(spoken, in: sayable.map(\.offset), keys: keys)
        // Some words placed and others not would give the transcript holes: a segment gets all its words or none.
        guard placed.count == sayable.count else {
            result.note =
                "a scratch take, made from this segment's words: not checked, and its words could not be placed"
            return result
        }
        result.words = placed.map { index, word in
            AlignedWord(
                word: expected.words[index].text, start: audio.takeFrame(forRecogniserFrame: word.startFrame),
                end: audio.takeFrame(forRecogniserFrame: word.endFrame + 1), confidence: 1)
        }
        return result
    }

    /// The segment whose words the take fits clearly better than its own, if any.
    private func betterSegment(than own: Double, heard: [String], own id: String) -> String? {
        var best: (id: String, fit: Double)?
        let heardSet = Set(heard)
        for segment in segments where segment.id != id {
            // A cheap bound first: words in common.
            let common = segment.keys.filter(heardSet.contains).count
            guard Double(2 * common) / Double(segment.keys.count + heard.count) > own + wrongSegmentMargin else {
                continue
            }
            let fit = WordSequenceAlignment.fit(expected: segment.keys, heard: heard)
            if fit > own + wrongSegmentMargin, fit >= 0.5, fit > (best?.fit ?? 0) { best = (segment.id, fit) }
        }
        return best?.id
    }

    /// Pairs the constrained pass's words with the expected words they stand for (the grammar only skips, so they
    /// come in order).
    static func place(
        _ words: [RecognisedWord], in sayable: [Int], keys: [String]
    ) -> [(Int, RecognisedWord)] {
        var placed: [(Int, RecognisedWord)] = []
        var cursor = 0
        for word in words {
            while cursor < sayable.count, keys[sayable[cursor]] != word.word { cursor += 1 }
            guard cursor < sayable.count else { break }
            placed.append((sayable[cursor], word))
            cursor += 1
        }
        return placed
    }

    /// The free decode's posterior for the same word heard overlapping in time; 0 when it heard something else.
    static func confidence(of word: RecognisedWord, key: String, in heard: [RecognisedWord]) -> Double {
        let overlapping = heard.filter {
            $0.word == key && $0.startFrame <= word.endFrame && $0.endFrame >= word.startFrame
        }
        return overlapping.map(\.posterior).max() ?? 0
    }
}
