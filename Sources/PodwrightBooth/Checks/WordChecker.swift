import Foundation
import PodwrightAudio
import PodwrightCore
import PodwrightSpeech

/// The word check of one take, by the aligner `podwright align` uses (PocketSphinx), when its model is installed.
/// Nothing is cached or written: the booth writes only takes and the script.
struct WordChecker: Sendable {
    /// The speech model.
    var model = SpeechModel.usEnglish

    /// Whether the check can run here.
    var isAvailable: Bool { model.isInstalled }

    /// Checks the take at `url` against `segment`'s words.
    func check(_ url: URL, file: String, segment: Segment, episode: Episode) -> WordReport {
        guard isAvailable else {
            return WordReport(state: "unavailable", note: "the speech model (pocketsphinx-en-us) is not installed")
        }
        var aligner = EpisodeAligner()
        aligner.model = model
        aligner.threads = 1
        aligner.overrides = episode.pronunciationOverrides
        aligner.language = episode.language
        let outcome: EpisodeAligner.Outcome
        do {
            outcome = try aligner.align([AlignmentJob(segment: segment.id, url: url, file: file)], episode: episode)
        } catch {
            return WordReport(state: "unavailable", note: "\(error)")
        }
        guard let take = outcome.report.takes.first else {
            return WordReport(state: "done", verdict: "unintelligible", note: outcome.failures.first?.description)
        }
        return WordReport(
            state: "done", verdict: take.verdict.rawValue,
            flagged: Self.flagged(take.differences, in: SpokenWords(segment.text)), heard: take.heard,
            matchedSegment: take.matchedSegment, note: take.note)
    }

    /// The script words each difference touches, by index, found in order from the word before them.
    static func flagged(_ differences: [WordDifference], in words: SpokenWords) -> [WordReport.FlaggedWord] {
        let keys = words.keys
        var flagged: [WordReport.FlaggedWord] = []
        var cursor = 0
        for difference in differences where !difference.expected.isEmpty {
            let expected = difference.expected.map(SpokenWords.key)
            let after = difference.after.map(SpokenWords.key)
            let candidates = keys.indices.filter { start in
                start >= cursor && start + expected.count <= keys.count
                    && Array(keys[start..<(start + expected.count)]) == expected
            }
            let start =
                candidates.first { start in
                    after == nil ? start == 0 : start > 0 && keys[start - 1] == after
                } ?? candidates.first
            guard let start else { continue }
            for index in start..<(start + expected.count) {
                flagged.append(.init(index: index, kind: difference.kind.rawValue, heard: difference.heard))
            }
            cursor = start + expected.count
        }
        return flagged
    }
}

/// A line's text cut into runs for the page: each spoken word (with its index among ``SpokenWords``' words, so a
/// flagged word can be marked) and what lies between them, so the page shows the text exactly as written.
enum WordPieces {
    /// `[text, index]` pairs; the index is `-1` for spaces and punctuation.
    static func pieces(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var index = 0
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let characters = Array(current)
            var first = 0
            var last = characters.count
            while first < last, !(characters[first].isLetter || characters[first].isNumber) { first += 1 }
            while last > first,
                !(characters[last - 1].isLetter || characters[last - 1].isNumber || characters[last - 1] == "%")
            {
                last -= 1
            }
            if first < last {
                if first > 0 { pieces.append(Piece(text: String(characters[0..<first]), word: -1)) }
                pieces.append(Piece(text: String(characters[first..<last]), word: index))
                index += 1
                if last < characters.count { pieces.append(Piece(text: String(characters[last...]), word: -1)) }
            } else {
                pieces.append(Piece(text: current, word: -1))
            }
            current = ""
        }
        for character in text {
            if character.isWhitespace || ["-", "–", "—", "―", "/", "…"].contains(character) {
                flush()
                pieces.append(Piece(text: String(character), word: -1))
            } else {
                current.append(character)
            }
        }
        flush()
        return pieces
    }

    /// One run of a line's text.
    struct Piece: Codable, Equatable, Sendable {
        var text: String
        /// The word's index among the line's spoken words, or `-1`.
        var word: Int
    }
}
