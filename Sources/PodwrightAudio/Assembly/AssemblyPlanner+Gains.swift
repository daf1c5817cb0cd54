import Foundation
import PodwrightCore

extension AssemblyPlanner {
    /// Level-matching gains per segment id, dB: per take, per speaker, or none; bounded so that a deliberately soft
    /// take is not turned into a loud one.
    func takeGains(_ episode: Episode, inputs: Inputs, reference: Double) -> [String: Double] {
        let limit = options.maximumMatchingGain
        func bounded(_ gain: Double) -> Double { min(limit, max(-limit, gain)) }
        var gains: [String: Double] = [:]
        switch options.levelMatching {
        case .off:
            break
        case .take:
            for (id, (_, analysis)) in inputs.takes {
                if let lufs = analysis.integratedLUFS { gains[id] = bounded(reference - lufs) }
            }
        case .speaker:
            var energies: [String: [Float]] = [:]
            for segment in episode.segments {
                if let (_, analysis) = inputs.takes[segment.id] {
                    energies[segment.speaker, default: []] += analysis.blockEnergies
                }
            }
            let speakerGains = energies.compactMapValues { blocks in
                AssemblyGating.integrated(blocks).map { bounded(reference - $0) }
            }
            for segment in episode.segments where inputs.takes[segment.id] != nil {
                gains[segment.id] = speakerGains[segment.speaker] ?? 0
            }
        }
        return gains
    }

    /// The bed under the first section: in 2 s before the first voice, out 1.5 s after the section, at most 90 s.
    func bed(
        _ episode: Episode, inputs: Inputs, timings: [SegmentTiming], duration: Int, reference: Double
    ) -> AssemblyPlan.Bed? {
        guard let (url, analysis) = inputs.musicBed, let first = timings.first else { return nil }
        let rate = options.sampleRate
        let section = first.section
        let lastInSection = timings.last { $0.section == section } ?? first
        let start = max(0, first.startSample - 2 * rate)
        let end = min(duration, lastInSection.endSample + rate * 3 / 2, start + 90 * rate)
        guard end > start else { return nil }
        let voiced = timings.filter { $0.startSample < end && $0.endSample > start && !$0.placeholder }
            .map { $0.startSample..<$0.endSample }
        return AssemblyPlan.Bed(
            url: url, analysis: analysis, range: start..<end,
            gain: musicGain(analysis, below: 8, reference: reference), voiced: voiced, duckDB: options.bedDuckDB)
    }

    /// Room tone in every gap between takes, at the level of the takes' own noise floor.
    func roomTone(
        inputs: Inputs, clips: [AssemblyPlan.Clip], duration: Int, gains: [String: Double]
    ) -> AssemblyPlan.RoomTone? {
        guard let (url, analysis, loop) = inputs.roomTone, !loop.isEmpty else { return nil }
        var gaps: [Range<Int>] = []
        var cursor = 0
        for clip in clips.sorted(by: { $0.startSample < $1.startSample }) {
            if clip.startSample > cursor { gaps.append(cursor..<clip.startSample) }
            if case .silence = clip.source { continue }
            cursor = max(cursor, clip.endSample)
        }
        if duration > cursor { gaps.append(cursor..<duration) }
        // Tone taken from a take sits at that take's matched level; a separate file is taken as recorded.
        let sourceGain = inputs.takes.values.first { $0.0.url == url }.flatMap { gains[$0.0.segmentID] } ?? 0
        return AssemblyPlan.RoomTone(
            url: url, loop: loop, analysis: analysis,
            gain: Float(pow(10, (sourceGain + options.roomToneLevel) / 20)), gaps: gaps)
    }
}
