extension Timeline {
    /// The timeline with each aligned segment's words placed in the episode: take frames mapped through the
    /// head trim and the resampling to the output rate, onto the segment's start, and kept inside the segment.
    /// - Parameter report: the alignment of the takes this timeline was assembled from.
    /// - Returns: the timeline; segments whose take was not aligned (or not `ok`/`misread`) keep `words` as `nil`.
    public func addingWords(from report: AlignmentReport) -> Timeline {
        var timeline = self
        let byFile = Dictionary(
            report.takes.map { ($0.file.split(separator: "/").last.map(String.init) ?? $0.file, $0) },
            uniquingKeysWith: { first, _ in first })
        let rate = Double(sampleRate)
        for index in timeline.segments.indices {
            let segment = timeline.segments[index]
            guard let take = segment.take, let alignment = byFile[take], alignment.segment == segment.id,
                alignment.sampleRate > 0, [.ok, .misread, .notChecked].contains(alignment.verdict),
                !alignment.words.isEmpty
            else { continue }
            let scale = rate / Double(alignment.sampleRate)
            func seconds(_ frame: Int) -> Double {
                let output = Double(segment.startSample) + Double(frame) * scale - Double(segment.trimmedHeadSamples)
                let clamped = min(Double(segment.endSample), max(Double(segment.startSample), output))
                return (clamped / rate * 1000).rounded() / 1000
            }
            timeline.segments[index].words = alignment.words.map {
                WordTiming(word: $0.word, start: seconds($0.start), end: seconds($0.end))
            }
        }
        return timeline
    }
}
