public import Foundation
public import PodwrightCore

/// `podwright scratch`: synthesises a preview take with espeak-ng for every segment that has no take, one distinct
/// voice per speaker, as `<segment-id>.scratch.wav`. A recorded take is never touched, and any recorded take wins
/// over a scratch one when assembling.
public struct ScratchRenderer: Sendable {
    /// What was done for each segment.
    public struct Outcome: Equatable, Sendable {
        /// Segment ids given a new scratch take.
        public var rendered: [String] = []
        /// Segment ids that already had a recorded take.
        public var recorded: [String] = []
        /// Segment ids that already had an up-to-date scratch take (kept unless `replace` is set).
        public var kept: [String] = []
        /// Segment ids whose scratch take was rendered again because their text or voice had changed.
        public var stale: [String] = []
        /// The voice used per speaker id.
        public var voices: [String: ScratchVoice] = [:]
    }

    /// The espeak-ng executable.
    public var espeak: URL
    /// Re-render existing scratch takes (after script edits).
    public var replace: Bool

    public init(espeak: URL? = nil, replace: Bool = false) {
        self.espeak = espeak ?? Self.findEspeak() ?? URL(fileURLWithPath: "/usr/bin/espeak-ng")
        self.replace = replace
    }

    /// Renders the missing takes of `episode` into `takes`.
    /// - Parameters:
    ///   - episode: the script.
    ///   - takes: the takes folder (created if needed).
    ///   - progress: called after each rendered segment with (done, total).
    /// - Returns: what was rendered and kept.
    /// - Throws: ``ScratchError`` naming the segment when espeak-ng is missing or fails.
    public func render(
        _ episode: Episode, into takes: URL, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(ScratchError) -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: espeak.path) else {
            throw .espeakMissing(espeak.path)
        }
        do {
            try FileManager.default.createDirectory(at: takes, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(takes.path, reason: error.localizedDescription)
        }
        let catalog: TakeCatalog
        do { catalog = try TakeCatalog(episode: episode, folder: takes) } catch {
            throw .cannotWrite(takes.path, reason: error.description)
        }
        var outcome = Outcome()
        for (index, speaker) in episode.speakers.enumerated() {
            let chosen = speaker.voice ?? episode.show.voices[speaker.id]
            outcome.voices[speaker.id] = ScratchVoice.forSpeaker(
                at: index, chosen: chosen, wordsPerMinute: episode.show.wordsPerMinute)
        }
        let fallback = ScratchVoice.forSpeaker(at: 0, chosen: nil, wordsPerMinute: episode.show.wordsPerMinute)
        var manifest = ScratchManifest.load(from: takes)
        var work: [(segment: Segment, spoken: String, voice: ScratchVoice)] = []
        let overrides = episode.pronunciationOverrides
        for segment in episode.segments {
            let voice = outcome.voices[segment.speaker] ?? fallback
            let spoken = Self.spokenText(segment.text, overrides: overrides)
            let fingerprint = ScratchManifest.fingerprint(spoken, voice: voice)
            switch catalog.chosen[segment.id]?.kind {
            case .recorded:
                outcome.recorded.append(segment.id)
            case .scratch where !replace && manifest.takes[segment.id] == fingerprint:
                outcome.kept.append(segment.id)
            case .scratch where !replace:
                outcome.stale.append(segment.id)
                work.append((segment, spoken, voice))
            default:
                work.append((segment, spoken, voice))
            }
        }
        for (done, item) in work.enumerated() {
            try synthesise(item.segment.id, text: item.spoken, voice: item.voice, into: takes)
            manifest.takes[item.segment.id] = ScratchManifest.fingerprint(item.spoken, voice: item.voice)
            // Saved after every take, so an interrupted run still knows what it rendered.
            try manifest.save(to: takes)
            outcome.rendered.append(item.segment.id)
            progress?(done + 1, work.count)
        }
        return outcome
    }

    private static func findEspeak() -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent("espeak-ng") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
