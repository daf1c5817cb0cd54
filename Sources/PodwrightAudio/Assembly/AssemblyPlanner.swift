public import Foundation
public import PodwrightCore

/// Lays the episode out: takes in script order with contextual pauses, stings, bed and room tone; chooses the
/// level-matching gains and the episode gain from the analyses.
public struct AssemblyPlanner: Sendable {
    /// What the planner needs besides the script.
    public struct Inputs: Sendable {
        /// The take chosen per segment id with its analysis; segments absent here become silence placeholders.
        public var takes: [String: (TakeFile, TakeAnalysis)]
        /// Intro and outro stings and the bed, analysed whole.
        public var introSting: (URL, TakeAnalysis)?
        public var outroSting: (URL, TakeAnalysis)?
        public var musicBed: (URL, TakeAnalysis)?
        /// Music cues by the segment they play before, analysed whole.
        public var cues: [String: (URL, TakeAnalysis)] = [:]
        /// Room tone by speaker id, a file and the stretch of it to loop; `""` for voices without their own.
        public var roomTones: [String: (URL, TakeAnalysis, Range<Int>)] = [:]

        public init(takes: [String: (TakeFile, TakeAnalysis)]) {
            self.takes = takes
        }
    }

    public var options: AssemblyOptions

    public init(options: AssemblyOptions) {
        self.options = options
    }

    /// Plans `episode`.
    /// - Parameters:
    ///   - episode: the script.
    ///   - inputs: the chosen takes and music with their analyses.
    /// - Returns: the plan, with its timeline.
    /// - Throws: ``AssemblyError/emptyEpisode`` when there is nothing to place.
    public func plan(_ episode: Episode, inputs: Inputs) throws(AssemblyError) -> AssemblyPlan {
        guard !episode.segments.isEmpty else { throw .emptyEpisode }
        let rate = options.sampleRate
        func frames(_ seconds: Double) -> Int { Int((seconds * Double(rate)).rounded()) }
        let reference = matchingReference(inputs)
        var warnings: [AssemblyWarning] = []
        let gains = takeGains(episode, inputs: inputs, reference: reference, warnings: &warnings)
        var clips: [AssemblyPlan.Clip] = []
        var timings: [SegmentTiming] = []
        var details: [String: AssemblyPlan.SegmentDetail] = [:]
        let layout = options.layout
        var cursor = frames(options.pauses.lead)
        if let (url, analysis) = inputs.introSting {
            let length = analysis.keptFrames(atRate: rate)
            clips.append(
                .init(
                    source: .music(url, analysis), startSample: 0, frames: length,
                    gain: musicGain(analysis, below: layout.stingBelowSpeechDB, reference: reference), segment: nil))
            // The voice enters over the sting's last ring.
            cursor = max(cursor, length - frames(layout.introOverlap))
        }
        for (index, segment) in episode.segments.enumerated() {
            if let (url, analysis) = inputs.cues[segment.id] {
                let length = analysis.keptFrames(atRate: rate)
                clips.append(
                    .init(
                        source: .music(url, analysis), startSample: cursor, frames: length,
                        gain: musicGain(analysis, below: layout.stingBelowSpeechDB, reference: reference),
                        segment: nil))
                cursor += length + frames(layout.cueGap)
            }
            let timing: SegmentTiming
            if let (take, analysis) = inputs.takes[segment.id] {
                let gainDB = gains[segment.id] ?? 0
                let placed = place(
                    take, analysis, at: cursor, gainDB: gainDB, reference: reference, segment: segment.id)
                clips += placed.clips
                details[segment.id] = placed.detail
                details[segment.id]?.neededGainDB = gains.needed[segment.id]
                timing = SegmentTiming(
                    id: segment.id, speaker: segment.speaker, section: segment.section, kind: segment.kind,
                    take: take.name, startSample: cursor, endSample: cursor + placed.length, sampleRate: rate,
                    trimmedHeadSamples: TakeAnalysis.convert(analysis.headFrame, from: analysis.sampleRate, to: rate),
                    trimmedTailSamples: TakeAnalysis.convert(
                        analysis.frames - analysis.tailFrame, from: analysis.sampleRate, to: rate),
                    gainDB: (gainDB * 100).rounded() / 100)
            } else {
                let length = max(1, frames(segment.estimatedSeconds))
                clips.append(.init(source: .silence, startSample: cursor, frames: length, gain: 0, segment: segment.id))
                timing = SegmentTiming(
                    id: segment.id, speaker: segment.speaker, section: segment.section, kind: segment.kind,
                    take: nil, startSample: cursor, endSample: cursor + length, sampleRate: rate, placeholder: true)
            }
            timings.append(timing)
            cursor = timing.endSample
            if index + 1 < episode.segments.count {
                cursor += frames(options.pauses.pause(after: segment, before: episode.segments[index + 1]))
            }
        }
        if let (url, analysis) = inputs.outroSting {
            cursor += frames(layout.outroGap)
            let length = analysis.keptFrames(atRate: rate)
            clips.append(
                .init(
                    source: .music(url, analysis), startSample: cursor, frames: length,
                    gain: musicGain(analysis, below: layout.stingBelowSpeechDB, reference: reference), segment: nil))
            cursor += length
        } else {
            cursor += frames(options.pauses.tail * options.pauses.scale)
        }
        let channels = options.outputChannels
        var plan = AssemblyPlan(
            sampleRate: rate, channels: channels, clips: clips, bed: nil, roomTones: [],
            durationSamples: cursor,
            timeline: Timeline(
                sampleRate: rate, channels: channels, durationSamples: cursor,
                segments: timings, chapters: chapters(episode, timings: timings, rate: rate)),
            estimatedLUFS: nil, episodeGainDB: 0, fadeFrames: max(1, frames(options.fadeSeconds)),
            warnings: warnings, details: details)
        plan.bed = bed(episode, inputs: inputs, timings: timings, duration: cursor, reference: reference)
        plan.roomTones = roomTones(episode, inputs: inputs, clips: clips, duration: cursor, gains: gains)
        let ceiling = Float(pow(10, options.renderCeilingDB / 20))
        let target = options.renderTargetLUFS
        if let solved = LoudnessEstimate(plan).gain(
            toReach: target, ceiling: ceiling, maximumPushDB: options.maximumLimiterPushDB)
        {
            plan.estimatedLUFS = solved.unlimitedLUFS
            plan.episodeGainDB = solved.gainDB
            if solved.predictedLUFS < target - layout.targetMissWarningLU {
                plan.warnings.append(
                    .targetOutOfReach(
                        targetLUFS: options.resolvedTargetLUFS, ceilingDBTP: options.truePeakCeiling,
                        maximumPushDB: options.maximumLimiterPushDB, predictedLUFS: solved.predictedLUFS))
            }
        }
        return plan
    }

    /// One chapter per section that has segments, starting at its first segment (the first at 0, with the sting),
    /// titled as ``ChapterTitle`` decides for every export.
    private func chapters(_ episode: Episode, timings: [SegmentTiming], rate: Int) -> [Chapter] {
        var result: [Chapter] = []
        for section in episode.sections {
            guard let first = timings.first(where: { $0.section == section.id }) else { continue }
            result.append(
                Chapter(
                    id: section.id, title: ChapterTitle.title(forSection: section.id, in: episode),
                    startSample: result.isEmpty ? 0 : first.startSample, sampleRate: rate))
        }
        return result
    }

    /// A sting's gain: as loud as the matched speech, less `below` dB.
    func musicGain(_ analysis: TakeAnalysis, below: Double, reference: Double) -> Float {
        guard let lufs = analysis.integratedLUFS else { return 1 }
        return Float(pow(10, (reference - below - lufs) / 20))
    }

    /// The loudness takes are matched to: the median take, so that only outliers move far (and any clamp on the
    /// matching gain bites only on them). The episode gain then brings everything to the target.
    func matchingReference(_ inputs: Inputs) -> Double {
        let levels = inputs.takes.values.compactMap(\.1.integratedLUFS).sorted()
        guard !levels.isEmpty else { return options.layout.fallbackReferenceLUFS }
        let middle = levels.count / 2
        return levels.count % 2 == 1 ? levels[middle] : (levels[middle - 1] + levels[middle]) / 2
    }
}
