import Foundation

/// Everything that sounds at a given moment: the clips playing (opened when they start, closed when they end), the
/// room tone in the gaps and the ducked music bed. Adds one block at a time into the mix.
struct LayerSet {
    private let plan: AssemblyPlan
    private var next = 0
    private var playing: [(clip: AssemblyPlan.Clip, stream: ClipStream?)] = []
    private var bed: ClipStream?
    private var roomTones: [RoomToneLoop] = []

    init(plan: AssemblyPlan) throws(AssemblyError) {
        self.plan = plan
        if let bed = plan.bed {
            do {
                self.bed = try ClipStream(
                    url: bed.url, range: 0..<bed.analysis.frames, outputRate: plan.sampleRate,
                    channels: plan.channels, looping: true)
            } catch { throw .unreadableMusic(file: bed.url.path, reason: error.reason) }
        }
        for tone in plan.roomTones {
            roomTones.append(try RoomToneLoop(tone, sampleRate: plan.sampleRate, channels: plan.channels))
        }
    }

    /// Adds output frames `from ..< from + frames` into `mix`; `gains` is scratch space for one gain per frame.
    mutating func add(
        into mix: UnsafeMutablePointer<Float>, gains: UnsafeMutablePointer<Float>, from: Int, frames: Int,
        episodeGain: Float
    ) throws(AssemblyError) {
        let end = from + frames
        while next < plan.clips.count, plan.clips[next].startSample < end {
            let clip = plan.clips[next]
            playing.append((clip, try Self.open(clip, plan: plan)))
            next += 1
        }
        let channels = plan.channels
        let fade = plan.fadeFrames
        for (clip, stream) in playing {
            guard let stream else { continue }
            let lower = max(from, clip.startSample)
            let upper = min(end, clip.endSample)
            guard upper > lower else { continue }
            let length = clip.frames
            let level = clip.gain * episodeGain
            let first = lower - clip.startSample
            let count = upper - lower
            (gains).update(repeating: level, count: count)
            // Short linear fades at both edges of every clip: no join can click. Only the edge frames need work.
            let end = first + count
            for k in stride(from: first, to: min(end, fade), by: 1) {
                gains[k - first] =
                    level * min(1, (Float(k) + 0.5) / Float(fade), (Float(length - k) - 0.5) / Float(fade))
            }
            for k in stride(from: max(first, length - fade, fade), to: end, by: 1) {
                gains[k - first] = level * min(1, (Float(length - k) - 0.5) / Float(fade))
            }
            if let curve = clip.leveler, case .take(_, let analysis) = clip.source {
                Self.applyLeveler(
                    curve, analysis: analysis, clip: clip, outputRate: plan.sampleRate, from: first, count: count,
                    to: gains)
            }
            do {
                try stream.add(into: mix + (lower - from) * channels, frames: upper - lower, gains: gains)
            } catch {
                throw Self.failure(clip, error)
            }
        }
        playing.removeAll { $0.clip.endSample <= end }
        for index in roomTones.indices {
            roomTones[index].add(into: mix, from: from, frames: frames, episodeGain: episodeGain)
        }
        if let bed, let plan = plan.bed {
            let lower = max(from, plan.range.lowerBound)
            let upper = min(end, plan.range.upperBound)
            if upper > lower {
                let ducked = plan.duckedGain
                for index in 0..<(upper - lower) {
                    gains[index] =
                        plan.gain * episodeGain
                        * BedEnvelope.gain(
                            at: lower + index, bed: plan, sampleRate: self.plan.sampleRate, ducked: ducked)
                }
                do {
                    try bed.add(into: mix + (lower - from) * channels, frames: upper - lower, gains: gains)
                } catch { throw .unreadableMusic(file: plan.url.path, reason: error.reason) }
            }
        }
    }

    private static func open(_ clip: AssemblyPlan.Clip, plan: AssemblyPlan) throws(AssemblyError) -> ClipStream? {
        do {
            switch clip.source {
            case .silence:
                return nil
            case .take(let take, let analysis):
                return try ClipStream(
                    url: take.url, range: clip.sourceRange ?? (analysis.headFrame..<analysis.tailFrame),
                    outputRate: plan.sampleRate, channels: plan.channels, denoise: clip.denoise)
            case .music(let url, let analysis):
                return try ClipStream(
                    url: url, range: clip.sourceRange ?? (0..<analysis.frames), outputRate: plan.sampleRate,
                    channels: plan.channels)
            }
        } catch {
            throw failure(clip, error)
        }
    }

    /// Multiplies the gains of clip frames `first ..< first + count` by the leveler's curve, interpolated between
    /// the centres of its 100 ms blocks.
    private static func applyLeveler(
        _ curve: [Float], analysis: TakeAnalysis, clip: AssemblyPlan.Clip, outputRate: Int, from first: Int,
        count: Int, to gains: UnsafeMutablePointer<Float>
    ) {
        guard !curve.isEmpty else { return }
        let start = clip.sourceRange?.lowerBound ?? analysis.headFrame
        // Source frames per output frame; positions in blocks from the first block's centre.
        let perOutput = Double(analysis.sampleRate) / Double(outputRate)
        let blockFrames = Double(analysis.blockFrames)
        let origin = Double(analysis.blockOrigin)
        let last = curve.count - 1
        for k in 0..<count {
            let source = Double(start) + Double(first + k) * perOutput
            let position = (source - origin) / blockFrames - 0.5
            let lower = Int(position.rounded(.down))
            let fraction = Float(position - Double(lower))
            let a = curve[min(last, max(0, lower))]
            let b = curve[min(last, max(0, lower + 1))]
            gains[k] *= a + (b - a) * fraction
        }
    }

    private static func failure(_ clip: AssemblyPlan.Clip, _ error: AudioError) -> AssemblyError {
        switch clip.source {
        case .take(let take, _):
            .unreadableTake(segment: take.segmentID, file: "takes/\(take.name)", reason: error.reason)
        case .music(let url, _):
            .unreadableMusic(file: url.path, reason: error.reason)
        case .silence:
            .processing(error.description)
        }
    }
}
