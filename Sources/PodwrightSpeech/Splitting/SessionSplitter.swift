public import Foundation
import PodwrightAudio
public import PodwrightCore

/// Splits one long recording (a session, or a section read in one go) into segment takes: aligns it to the
/// script in order with PocketSphinx, keeps the last complete reading of each segment, and writes each as
/// `takes/<id>.takeN.wav`, a lossless copy of the recording's samples cut in the silences around it.
///
/// The recording is read in pieces (a level pass, then the recogniser's pieces on ``threads`` threads, then the
/// takes), so memory stays flat whatever its length.
public struct SessionSplitter: Sendable {
    /// The speech model.
    public var model: SpeechModel = .usEnglish
    /// Decoding threads (each loads its own decoder).
    public var threads = 2
    /// Producer pronunciations: word → CMU phones or a respelling.
    public var overrides: [String: String] = [:]
    /// Fade at each end of a take, seconds.
    public var fadeSeconds = 0.01

    public init() {}

    /// What a split produced.
    public struct Outcome: Sendable {
        /// What was found, cut and skipped.
        public var report: SplitReport
        /// Words whose pronunciation was guessed.
        public var guessed: [String]
    }

    /// Splits the recording at `url` against `episode` and writes the takes into `takes`.
    /// - Parameters:
    ///   - url: the long recording.
    ///   - file: the recording as messages name it (`takes/session-1.wav`).
    ///   - episode: the script.
    ///   - takes: the folder to write the takes into.
    ///   - section: the section the recording reads, when it is one section's (`s2.wav`): only its segments are
    ///     looked for, and only they can be missing.
    ///   - write: whether to write the takes (`false` only plans the cuts).
    ///   - progress: (pieces decoded, pieces) as the recogniser works.
    /// - Returns: the report; its takes are written when it returns.
    /// - Throws: ``SplitError`` naming the file.
    public func split(
        _ url: URL, file: String, episode: Episode, takes: URL, section: String? = nil, write: Bool = true,
        progress: @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws(SplitError) -> Outcome {
        guard model.isInstalled else {
            throw .speech(.modelMissing(model.acousticModel.deletingLastPathComponent().path))
        }
        let levels: SessionLevels
        do { levels = try SessionLevels(contentsOf: url) } catch { throw .unreadable(error) }
        guard levels.speechDB > -65, !levels.sounds.isEmpty else { throw .silent(file) }
        // Sound without pauses, never falling to a room: music or noise, not a reading.
        guard levels.hasSound, !levels.silences.isEmpty else { throw .noSpeech(file) }
        let segments = episode.segments.filter { section == nil || $0.section == section }.map {
            (id: $0.id, keys: SpokenWords($0.text).keys)
        }
        let dictionary = DictionaryWords(url: model.dictionary)
        let lexicon = Lexicon.build(
            keys: Set(segments.flatMap(\.keys)), overrides: overrides,
            lookup: { dictionary.contains($0) ? "" : nil }, numberWord: dictionary.numberWordPhones,
            espeak: .installed)
        let sayable = segments.map { (id: $0.id, keys: $0.keys.filter(lexicon.isPronounceable)) }
        let silences = levels.silences
        let chunks = SessionChunks(windows: levels.levels.count, silences: silences, sounds: levels.sounds)
        let heard = try decode(
            url, file: file, chunks: chunks.chunks, levels: levels, script: sayable,
            lexicon: lexicon, progress: progress)
        guard !heard.isEmpty else { throw .noSpeech(file) }
        let matching = ReadingMatcher(segments: sayable).match(heard)
        if ProcessInfo.processInfo.environment["PODWRIGHT_SPLIT_DEBUG"] != nil {
            print("threshold \(levels.thresholdDB) floor \(levels.floorDB) speech \(levels.speechDB)")
            print("silences", silences.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: " "))
            print("heard", heard.map { "\($0.key)@\($0.start)-\($0.end)" }.joined(separator: " "))
        }
        guard !matching.chosen.isEmpty else {
            throw .nothingMatched(file, heard: heard.prefix(12).map(\.key).joined(separator: " "))
        }
        let planner = CutPlanner(silences: silences, windows: levels.levels.count)
        var report = SplitReport(file: file, sampleRate: levels.sampleRate, frames: levels.frames)
        func frames(_ windows: Range<Int>) -> (Int, Int) {
            (levels.frame(ofWindow: windows.lowerBound), levels.frame(ofWindow: windows.upperBound))
        }
        // Readings (used or not) are placed in the silences around them, as a take would be cut.
        func placed(_ first: Int, _ last: Int) -> Range<Int> {
            planner.cut(
                start: heard[first].start, end: heard[last].end,
                previous: first > 0 ? heard[first - 1].start..<heard[first - 1].end : nil,
                next: last + 1 < heard.count ? heard[last + 1].start..<heard[last + 1].end : nil)
        }
        func stretch(_ first: Int, _ last: Int, segment: Int?, isReading: Bool = true) -> SplitReport.Stretch {
            let (start, end) = frames(isReading ? placed(first, last) : heard[first].start..<heard[last].end)
            return SplitReport.Stretch(
                start: start, end: end, segment: segment.map { segments[$0].id },
                heard: heard[first...last].map(\.key).joined(separator: " "))
        }
        var cuts: [(segment: Int, frames: Range<Int>, reading: ReadingMatcher.Reading)] = []
        for (index, segment) in segments.enumerated() {
            guard let reading = matching.chosen[index] else {
                report.missing.append(segment.id)
                continue
            }
            let (start, end) = frames(placed(reading.first, reading.last))
            cuts.append((index, start..<end, reading))
        }
        for (first, last) in matching.unplaced {
            // Words heard in room noise, a breath or a click are not speech to report: it must sound for 300 ms.
            let loud = levels.levels[heard[first].start..<min(levels.levels.count, heard[last].end)]
                .filter { $0 > levels.thresholdDB }.count
            guard loud >= 30 else { continue }
            report.unplaced.append(stretch(first, last, segment: nil, isReading: false))
        }
        report.falseStarts = matching.falseStarts.map { stretch($0.first, $0.last, segment: $0.segment) }
        let writer = TakeWriter(source: url, folder: takes, fadeSeconds: fadeSeconds)
        for cut in cuts {
            let segment = segments[cut.segment]
            let name = write ? try writer.write(cut.frames, segment: segment.id) : "\(segment.id).take?.wav"
            report.found.append(
                SplitReport.FoundSegment(
                    segment: segment.id, take: "takes/\(name)", start: cut.frames.lowerBound,
                    end: cut.frames.upperBound, wordsHeard: cut.reading.matched, words: segment.keys.count,
                    earlierReadings: (matching.earlier[cut.segment] ?? []).map {
                        stretch($0.first, $0.last, segment: cut.segment)
                    }))
        }
        return Outcome(report: report, guessed: lexicon.guessed)
    }
}
