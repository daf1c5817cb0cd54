import Foundation
import PodwrightCore

extension AssemblyPlanner {
    /// The bed under the intro: the title and intro segments at the head of the episode (the whole first section
    /// when there are none); in before the first voice, out after the intro, never longer than the layout allows.
    func bed(
        _ episode: Episode, inputs: Inputs, timings: [SegmentTiming], duration: Int, reference: Double
    ) -> AssemblyPlan.Bed? {
        guard let (url, analysis) = inputs.musicBed, let first = timings.first else { return nil }
        let rate = Double(options.sampleRate)
        let layout = options.layout
        let opening = timings.prefix { $0.kind == .title || $0.kind == .intro }
        let lastInIntro = opening.last ?? timings.last { $0.section == first.section } ?? first
        let start = max(0, first.startSample - Int(layout.bedLeadIn * rate))
        let end = min(
            duration, lastInIntro.endSample + Int(layout.bedTail * rate), start + Int(layout.bedLongest * rate))
        guard end > start else { return nil }
        let voiced = timings.filter { $0.startSample < end && $0.endSample > start && !$0.placeholder }
            .map { $0.startSample..<$0.endSample }
        return AssemblyPlan.Bed(
            url: url, analysis: analysis, range: start..<end,
            gain: musicGain(analysis, below: layout.bedBelowSpeechDB, reference: reference), voiced: voiced,
            duckDB: options.bedDuckDB)
    }

    /// Room tone in every gap between takes: each gap's first half in the voice before it, its second half in the
    /// voice after it (each voice's own tone where it has one), at the level of that take's matched noise floor.
    func roomTones(
        _ episode: Episode, inputs: Inputs, clips: [AssemblyPlan.Clip], duration: Int, gains: MatchGains
    ) -> [AssemblyPlan.RoomTone] {
        guard let fallback = inputs.roomTones[""] else { return [] }
        let speakers = Dictionary(episode.segments.map { ($0.id, $0.speaker) }, uniquingKeysWith: { first, _ in first })
        // Every stretch covered by a take or music (with the voice, for takes); the gaps between get room tone.
        var covered: [(Range<Int>, String?)] = clips.compactMap { clip in
            if case .silence = clip.source { return nil }
            return (clip.startSample..<clip.endSample, clip.segment.flatMap { speakers[$0] })
        }
        covered.sort { $0.0.lowerBound < $1.0.lowerBound }
        var halves: [(Range<Int>, String?)] = []
        var cursor = 0
        var previous: String?
        for (range, speaker) in covered + [(duration..<duration, nil)] {
            if range.lowerBound > cursor {
                let middle = (cursor + range.lowerBound) / 2
                halves.append((cursor..<middle, previous ?? speaker))
                halves.append((middle..<range.lowerBound, speaker ?? previous))
            }
            cursor = max(cursor, range.upperBound)
            previous = speaker ?? previous
        }
        var tones: [String: AssemblyPlan.RoomTone] = [:]
        for (range, speaker) in halves where !range.isEmpty {
            let key = speaker.flatMap { inputs.roomTones[$0] == nil ? nil : $0 } ?? ""
            let (url, analysis, loop) = inputs.roomTones[key] ?? fallback
            guard !loop.isEmpty else { continue }
            if tones[key] == nil {
                // Tone taken from a take sits at that take's matched level; a separate file is taken as recorded.
                let sourceGain = inputs.takes.values.first { $0.0.url == url }.flatMap { gains[$0.0.segmentID] } ?? 0
                tones[key] = AssemblyPlan.RoomTone(
                    url: url, loop: loop, analysis: analysis,
                    gain: Float(pow(10, (sourceGain + options.roomToneLevel) / 20)), gaps: [],
                    denoise: options.denoise)
            }
            tones[key]?.gaps.append(range)
        }
        return tones.keys.sorted().compactMap { tones[$0] }
    }
}
