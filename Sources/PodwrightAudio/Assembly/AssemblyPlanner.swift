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
        /// Room tone: a file and the stretch of it to loop.
        public var roomTone: (URL, TakeAnalysis, Range<Int>)?

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
        let gains = takeGains(episode, inputs: inputs, reference: reference)
        var clips: [AssemblyPlan.Clip] = []
        var timings: [SegmentTiming] = []
        var cursor = frames(options.pauses.lead)
        if let (url, analysis) = inputs.introSting {
            let length = analysis.keptFrames(atRate: rate)
            clips.append(
                .init(
                    source: .music(url, analysis), startSample: 0, frames: length,
                    gain: musicGain(analysis, below: 0, reference: reference), segment: nil))
            // The voice enters over the sting's last ring.
            cursor = max(cursor, length - frames(0.3))
        }
        for (index, segment) in episode.segments.enumerated() {
            let timing: SegmentTiming
            if let (take, analysis) = inputs.takes[segment.id] {
                let length = analysis.keptFrames(atRate: rate)
                let gainDB = gains[segment.id] ?? 0
                clips.append(
                    .init(
                        source: .take(take, analysis), startSample: cursor, frames: length,
                        gain: Float(pow(10, gainDB / 20)), segment: segment.id))
                timing = SegmentTiming(
                    id: segment.id, speaker: segment.speaker, section: segment.section, kind: segment.kind,
                    take: take.name, startSample: cursor, endSample: cursor + length, sampleRate: rate,
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
            cursor += frames(0.6)
            let length = analysis.keptFrames(atRate: rate)
            clips.append(
                .init(
                    source: .music(url, analysis), startSample: cursor, frames: length,
                    gain: musicGain(analysis, below: 0, reference: reference), segment: nil))
            cursor += length
        } else {
            cursor += frames(options.pauses.tail * options.pauses.scale)
        }
        var plan = AssemblyPlan(
            sampleRate: rate, channels: options.channels, clips: clips, bed: nil, roomTone: nil,
            durationSamples: cursor,
            timeline: Timeline(
                sampleRate: rate, channels: options.channels, durationSamples: cursor,
                segments: timings, chapters: chapters(episode, timings: timings, rate: rate)),
            estimatedLUFS: nil, episodeGainDB: 0, fadeFrames: max(1, frames(options.fadeSeconds)), warnings: [])
        plan.bed = bed(episode, inputs: inputs, timings: timings, duration: cursor, reference: reference)
        plan.roomTone = roomTone(inputs: inputs, clips: clips, duration: cursor, gains: gains)
        let ceiling = Float(pow(10, (options.truePeakCeiling - options.codecHeadroomDB) / 20))
        if let solved = LoudnessEstimate(plan).gain(
            toReach: options.targetLUFS, ceiling: ceiling,
            maximumPushDB: options.maximumLimiterPushDB)
        {
            plan.estimatedLUFS = solved.unlimitedLUFS
            plan.episodeGainDB = solved.gainDB
            if solved.predictedLUFS < options.targetLUFS - 0.5 {
                plan.warnings.append(
                    String(
                        format: "the takes are too peaky to reach %.1f LUFS under a %.1f dBTP "
                            + "ceiling without more than %.0f dB of limiting; expect about %.1f LUFS (choose a lower "
                            + "--lufs or raise --true-peak)", options.targetLUFS, options.truePeakCeiling,
                        options.maximumLimiterPushDB, solved.predictedLUFS))
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
        guard !levels.isEmpty else { return -20 }
        let middle = levels.count / 2
        return levels.count % 2 == 1 ? levels[middle] : (levels[middle - 1] + levels[middle]) / 2
    }
}
