/// Finds the readings of each segment in what was heard in a long recording, in order, allowing for what people do
/// when they record: read a stretch again (the last complete reading wins), stop and start again (a false start),
/// leave a segment out, or say something that is not in the script.
///
/// Each segment's words are fitted into the heard words (a fitting alignment: all of the segment, any stretch of
/// what was heard; a match scores 2, a miss, an extra word or a substitution −1), and every stretch that scores
/// well enough is a reading of it. What no reading covers is a false start when it fits the start of a segment,
/// and unplaced speech otherwise.
struct ReadingMatcher {
    /// The script's segments, in order, with their words.
    var segments: [(id: String, keys: [String])]
    /// Share of a segment's words that must be heard for a stretch to count as a reading of it.
    var minimumShare = 0.6

    /// One reading of a segment: heard words `first...last`.
    struct Reading: Equatable {
        var segment: Int
        var first: Int
        var last: Int
        var matched: Int
        var score: Int
        /// Whether the reading reaches the segment's end (else it stopped early).
        var complete: Bool

        func overlaps(_ other: Reading) -> Bool { first <= other.last && other.first <= last }
    }

    /// The outcome, in heard-word indices.
    struct Matching: Equatable {
        /// The reading used for each segment (index into `segments`).
        var chosen: [Int: Reading] = [:]
        /// Earlier complete readings of each segment, not used.
        var earlier: [Int: [Reading]] = [:]
        /// Stretches of heard words that begin a segment but stop: (segment, first, last).
        var falseStarts: [(segment: Int, first: Int, last: Int)] = []
        /// Stretches of heard words that match nothing: (first, last).
        var unplaced: [(first: Int, last: Int)] = []

        /// Changes the reading (chosen or earlier) that holds heard word `index`.
        mutating func extend(atHeard index: Int, _ change: (inout Reading) -> Void) {
            for (segment, reading) in chosen where reading.first <= index && index <= reading.last {
                change(&chosen[segment]!)
                return
            }
            for (segment, readings) in earlier {
                guard let at = readings.firstIndex(where: { $0.first <= index && index <= $0.last }) else { continue }
                change(&earlier[segment]![at])
                return
            }
        }

        static func == (lhs: Matching, rhs: Matching) -> Bool {
            lhs.chosen == rhs.chosen && lhs.earlier == rhs.earlier
                && lhs.falseStarts.map { [$0.segment, $0.first, $0.last] }
                    == rhs.falseStarts.map { [$0.segment, $0.first, $0.last] }
                && lhs.unplaced.map { [$0.first, $0.last] } == rhs.unplaced.map { [$0.first, $0.last] }
        }
    }

    /// Matches `heard` against the segments.
    /// - Parameter pauseBreak: a pause (windows) that separates two stretches of leftover speech.
    func match(_ heard: [HeardWord], pauseBreak: Int = 50) -> Matching {
        var vocabulary: [String: Int32] = [:]
        func code(_ key: String) -> Int32 {
            if let known = vocabulary[key] { return known }
            let next = Int32(vocabulary.count)
            vocabulary[key] = next
            return next
        }
        let heardCodes = heard.map { code($0.key) }
        // Whether a long pause follows each heard word: where a reader may have stopped and started again.
        let pauseAfter = heard.indices.map { $0 + 1 < heard.count && heard[$0 + 1].start - heard[$0].end >= pauseBreak }
        var candidates: [[Reading]] = segments.indices.map { index in
            let keys = segments[index].keys.map(code)
            return Self.readings(
                of: keys, segment: index, in: heardCodes, pauseAfter: pauseAfter, minimumShare: minimumShare)
        }
        var matching = Matching()
        // The best-fitting segments claim their readings first — the one used and the earlier ones alike — so a
        // segment whose words recur elsewhere cannot take another's reading, or an earlier reading of it.
        func fit(_ index: Int) -> (share: Double, score: Int) {
            guard
                let best = nearBest(candidates[index], words: segments[index].keys.count).max(by: {
                    $0.matched < $1.matched
                })
            else {
                return (-1, Int.min)
            }
            return (Double(best.matched) / Double(max(1, segments[index].keys.count)), best.score)
        }
        let fits = segments.indices.map(fit)
        let order = segments.indices.sorted { first, second in
            let (a, b) = (fits[first], fits[second])
            return a.share != b.share ? a.share > b.share : a.score != b.score ? a.score > b.score : first < second
        }
        var claimed: [Reading] = []
        for index in order {
            candidates[index].removeAll { candidate in claimed.contains { $0.overlaps(candidate) } }
            let good = nearBest(candidates[index], words: segments[index].keys.count)
            guard let reading = good.max(by: { $0.first < $1.first }) else { continue }
            matching.chosen[index] = reading
            claimed.append(reading)
            let earlier = good.filter { $0.complete && $0.last < reading.first }
            if !earlier.isEmpty {
                matching.earlier[index] = earlier
                claimed += earlier
            }
        }
        // What is left: runs of heard words outside every reading, broken at long pauses.
        var covered = [Bool](repeating: false, count: heard.count)
        for reading in claimed { for index in reading.first...reading.last { covered[index] = true } }
        var runs: [ClosedRange<Int>] = []
        var runStart: Int?
        for index in 0...heard.count {
            let free = index < heard.count && !covered[index]
            if let start = runStart, !free || heard[index].start - heard[index - 1].end >= pauseBreak {
                runs.append(start...(index - 1))
                runStart = nil
            }
            if free, runStart == nil { runStart = index }
        }
        for run in runs {
            // A word or two run into a reading without a pause are its own words misheard (“the” for “a”), not a
            // stretch apart: the reading takes them in, so its cut goes to the silence before them.
            if run.count <= 2 {
                if run.upperBound + 1 < heard.count, covered[run.upperBound + 1],
                    heard[run.upperBound + 1].start - heard[run.upperBound].end < 30
                {
                    matching.extend(atHeard: run.upperBound + 1) { $0.first = run.lowerBound }
                    continue
                }
                if run.lowerBound > 0, covered[run.lowerBound - 1],
                    heard[run.lowerBound].start - heard[run.lowerBound - 1].end < 30
                {
                    matching.extend(atHeard: run.lowerBound - 1) { $0.last = run.upperBound }
                    continue
                }
            }
            let codes = Array(heardCodes[run])
            if let segment = falseStart(codes, segments: segments.map { $0.keys.map(code) }) {
                matching.falseStarts.append((segment, run.lowerBound, run.upperBound))
            } else {
                matching.unplaced.append((run.lowerBound, run.upperBound))
            }
        }
        return matching
    }

    /// The readings of a segment that fit nearly as well as its best, in order: the complete ones when there are
    /// any. A stretch of another segment that happens to share many words fits clearly worse than a true reading;
    /// a true retake fits as well. The last of them is the one used.
    ///
    /// Nearly as well in both the words matched and the fit's score, which counts the words heard in between: two
    /// neighbouring segments that share a phrase each with this one (“… a narrow channel …”, “… a wooden jetty
    /// after a long argument”) can match nearly all of its words, but only with a sentence or two of extra words,
    /// and they are not an earlier reading of it.
    func nearBest(_ candidates: [Reading], words: Int) -> [Reading] {
        let complete = candidates.filter(\.complete)
        let pool = complete.isEmpty ? candidates : complete
        guard let best = pool.map(\.matched).max(), let bestScore = pool.map(\.score).max() else { return [] }
        let slack = max(1, words / 10)
        // A word missed costs 3 against the score (−1 for +2), a word added 1: the slack in missed words, plus
        // as many again in words added.
        return pool.filter { $0.matched >= best - slack && $0.score >= bestScore - 4 * slack }
            .sorted { $0.first < $1.first }
    }

    /// The segment whose opening `codes` read (a false start), if any: most of the words heard are the segment's
    /// first words, in order.
    private func falseStart(_ codes: [Int32], segments: [[Int32]]) -> Int? {
        var best: (segment: Int, matches: Int)?
        for (index, keys) in segments.enumerated() where !keys.isEmpty {
            guard keys.prefix(2).contains(codes[0]) || codes.prefix(2).contains(keys[0]) else { continue }
            let opening = Array(keys.prefix(codes.count + 2))
            let matches = WordSequenceAlignment(expected: opening.map(String.init), heard: codes.map(String.init))
                .matches
            if Double(matches) >= 0.5 * Double(codes.count), matches > (best?.matches ?? 0) {
                best = (index, matches)
            }
        }
        return best?.segment
    }

    /// Every stretch of `heard` that reads segment `keys` well enough, best first and not overlapping.
    ///
    /// A reader who stops after a few words and starts the segment again (“It is not, in— … It is not, in itself”)
    /// gives two openings. When the recogniser mishears the second, the best fit takes the first opening's words
    /// and counts the second's as extra words; so a reading that holds, just after a long pause (`pauseAfter`), two
    /// or more words it does not match, having matched only its opening before the pause, starts after the pause,
    /// and the words before it are left over for the false-start check.
    static func readings(
        of keys: [Int32], segment: Int, in heard: [Int32], pauseAfter: [Bool] = [], minimumShare: Double
    ) -> [Reading] {
        let rows = keys.count
        let columns = heard.count
        guard rows > 0, columns > 0 else { return [] }
        let width = columns + 1
        // score[row * width + column]: the best fit of keys[0..<row] ending at heard word column − 1.
        var score = [Int32](repeating: 0, count: (rows + 1) * width)
        for row in 1...rows {
            score[row * width] = -Int32(row)
            let key = keys[row - 1]
            for column in 1...columns {
                let diagonal = score[(row - 1) * width + column - 1] + (key == heard[column - 1] ? 2 : -1)
                let skip = score[(row - 1) * width + column] - 1
                let extra = score[row * width + column - 1] - 1
                score[row * width + column] = max(diagonal, skip, extra)
            }
        }
        let needed = max(1, Int((Double(rows) * minimumShare).rounded(.up)))
        let last = rows * width
        var ends: [Int] = []
        for column in 1...columns {
            let value = score[last + column]
            guard value >= Int32(needed) else { continue }
            let left = score[last + column - 1]
            let right = column < columns ? score[last + column + 1] : Int32.min
            if value >= left && value > right { ends.append(column) }
        }
        ends.sort { score[last + $0] > score[last + $1] }
        var readings: [Reading] = []
        let tail = max(1, rows / 5)
        for end in ends {
            // Back along the best path to where the reading starts.
            var row = rows
            var column = end
            var matched = 0
            var first = end - 1
            var lastHeard = -1
            var firstKey = rows
            var lastKey = -1
            // The heard words on the path, last first, with the key each matches (nil: extra or substituted).
            var path: [(heard: Int, key: Int?)] = []
            while row > 0, column > 0 {
                let here = score[row * width + column]
                let same = keys[row - 1] == heard[column - 1]
                if here == score[(row - 1) * width + column - 1] + (same ? 2 : -1) {
                    if same {
                        matched += 1
                        first = column - 1
                        if lastHeard < 0 { lastHeard = column - 1 }
                        firstKey = min(firstKey, row - 1)
                        lastKey = max(lastKey, row - 1)
                    }
                    path.append((column - 1, same ? row - 1 : nil))
                    row -= 1
                    column -= 1
                } else if here == score[(row - 1) * width + column] - 1 {
                    row -= 1
                } else {
                    path.append((column - 1, nil))
                    column -= 1
                }
            }
            var fit = Int(score[last + end])
            if let restart = restart(
                path, from: first, to: lastHeard, keys: keys, heard: heard, pauseAfter: pauseAfter)
            {
                first = restart.first
                matched -= restart.dropped
                fit -= 2 * restart.dropped
            }
            guard matched >= needed, lastHeard >= 0 else { continue }
            let reading = Reading(
                segment: segment, first: first, last: lastHeard, matched: matched, score: fit,
                complete: lastKey >= rows - 1 - tail && firstKey <= tail)
            if !readings.contains(where: { $0.overlaps(reading) }) { readings.append(reading) }
        }
        return readings.sorted { $0.first < $1.first }
    }

    /// Where a reading starts again after a long pause (see ``readings(of:segment:in:pauseAfter:minimumShare:)``):
    /// the first heard word after the last such pause, and how many of the reading's matched words lie before it.
    ///
    /// The words before the pause must read the segment's opening (no more than half of it), and the words just
    /// after it must fit the segment's start better than its words after that opening: a pause after “Still,”
    /// followed by “the ferry…” goes on, where “It is not, in itself,” followed by “and not in itself a boring job”
    /// starts again.
    private static func restart(
        _ path: [(heard: Int, key: Int?)], from first: Int, to last: Int, keys: [Int32], heard: [Int32],
        pauseAfter: [Bool]
    ) -> (first: Int, dropped: Int)? {
        guard first < last, last < pauseAfter.count else { return nil }
        var found: (first: Int, dropped: Int)?
        for pause in first..<last where pauseAfter[pause] {
            let before = Array(heard[first...pause])
            guard 2 * before.count <= keys.count else { break }
            let opening = keys.prefix(before.count + 2).map(String.init)
            let said = WordSequenceAlignment(expected: opening, heard: before.map(String.init))
            var openingKeys: Set<Int> = []
            for case .match(let key, _) in said.steps { openingKeys.insert(key) }
            guard 2 * openingKeys.count >= before.count, let lowest = openingKeys.min(),
                lowest <= max(1, keys.count / 5)
            else { continue }
            // The words after the pause fit the segment's start better than the words that follow what was said.
            let after = heard[(pause + 1)...last].prefix(before.count + 2).map(String.init)
            let next = (openingKeys.max() ?? 0) + 1
            let again = WordSequenceAlignment(
                expected: keys.prefix(after.count + 1).map(String.init), heard: after
            ).matches
            let onward = WordSequenceAlignment(
                expected: keys.dropFirst(next).prefix(after.count + 1).map(String.init), heard: after
            ).matches
            guard again > onward else { continue }
            let dropped = path.filter { $0.heard >= first && $0.heard <= pause && $0.key != nil }.count
            found = (pause + 1, dropped)
        }
        return found
    }
}
