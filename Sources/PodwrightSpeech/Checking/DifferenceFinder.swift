import PodwrightCore

/// Turns the word alignment of script and free decode into the differences a producer is told about, and drops
/// those the constrained pass shows to be the recogniser mishearing: where the grammar placed the expected words
/// and they fit the audio as well as clean speech does.
struct DifferenceFinder {
    var expected: SpokenWords
    var heard: [RecognisedWord]
    /// Every segment of the constrained pass, fillers included.
    var constrained: [RecognisedWord]
    /// Expected word index → its constrained-pass word.
    var placed: [Int: RecognisedWord]
    var worstCleanScorePerFrame: Int

    func differences(audio: SpeechAudio) -> [WordDifference] {
        let alignment = WordSequenceAlignment(expected: expected.keys, heard: heard.map(\.word))
        var result: [WordDifference] = []
        var run: [WordSequenceAlignment.Step] = []
        var lastMatched: Int?
        func close() {
            defer { run = [] }
            guard !run.isEmpty, let difference = difference(for: run, after: lastMatched, audio: audio) else { return }
            result.append(difference)
        }
        for step in alignment.steps {
            if case .match(let index, _) = step {
                close()
                lastMatched = index
            } else {
                run.append(step)
            }
        }
        close()
        return result
    }

    private func difference(
        for run: [WordSequenceAlignment.Step], after: Int?, audio: SpeechAudio
    ) -> WordDifference? {
        var expectedIndices: [Int] = []
        var heardIndices: [Int] = []
        for step in run {
            switch step {
            case .substitute(let expected, let heard):
                expectedIndices.append(expected)
                heardIndices.append(heard)
            case .skip(let expected): expectedIndices.append(expected)
            case .add(let heard): heardIndices.append(heard)
            case .match: break
            }
        }
        let frames =
            expectedIndices.compactMap { placed[$0] }.flatMap { [$0.startFrame, $0.endFrame] }
            + heardIndices.map { heard[$0] }.flatMap { [$0.startFrame, $0.endFrame] }
        if let first = frames.min(), let last = frames.max(), isMishearing(first...last, expected: expectedIndices) {
            return nil
        }
        let kind: WordDifference.Kind =
            heardIndices.isEmpty ? .skipped : expectedIndices.isEmpty ? .added : .substituted
        let at = frames.min().map { audio.takeFrame(forRecogniserFrame: $0) }
        return WordDifference(
            kind: kind, expected: expectedIndices.map { expected.words[$0].text },
            heard: heardIndices.map { heard[$0].word }, after: after.map { expected.words[$0].text }, at: at)
    }

    /// Whether the constrained pass fits the stretch `span` well: the expected words it placed there (or the
    /// silences, for an addition) score no worse per frame than clean speech does.
    private func isMishearing(_ span: ClosedRange<Int>, expected indices: [Int]) -> Bool {
        if !indices.isEmpty {
            let words = indices.map { placed[$0] }
            guard words.allSatisfy({ $0 != nil }) else { return false }
            return words.allSatisfy { Self.perFrame($0!) >= Double(worstCleanScorePerFrame) }
        }
        let overlapping = constrained.filter { $0.startFrame <= span.upperBound && $0.endFrame >= span.lowerBound }
        return overlapping.allSatisfy { Self.perFrame($0) >= Double(worstCleanScorePerFrame) }
    }

    /// The constrained pass's acoustic score per frame (relative to the best senone in each frame, so 0 is a
    /// perfect fit).
    static func perFrame(_ word: RecognisedWord) -> Double {
        Double(word.acousticScore) / Double(max(1, word.endFrame - word.startFrame + 1))
    }
}
