public import PodwrightCore

/// How long to hold between segments, by context — the defaults a producer would choose. A script's pause
/// directive (`Segment.pauseAfterSeconds`) overrides them.
public struct PausePolicy: Codable, Equatable, Sendable {
    /// After the episode title and byline.
    public var afterTitle: Double = 1.0
    /// After a section heading read aloud.
    public var afterHeading: Double = 0.75
    /// Between paragraphs of one speaker.
    public var sameSpeaker: Double = 0.65
    /// When another voice takes over within a section.
    public var speakerChange: Double = 0.55
    /// Before and after a quotation the same voice reads.
    public var aroundQuote: Double = 0.45
    /// Between sections.
    public var sectionBreak: Double = 1.4
    /// Silence before the first segment when there is no intro sting.
    public var lead: Double = 0.5
    /// Silence after the last segment when there is no outro sting.
    public var tail: Double = 1.0
    /// Scales every default (not the script's own pauses): 0.8 is brisker, 1.2 more relaxed.
    public var scale: Double = 1.0

    public init() {}

    /// The pause after `segment`, before `next`, in seconds.
    /// - Parameters:
    ///   - segment: the segment just read.
    ///   - next: the segment that follows.
    /// - Returns: the script's pause when it sets one, otherwise the contextual default.
    public func pause(after segment: Segment, before next: Segment) -> Double {
        // A hand-edited episode.json can hold any number; `check` refuses pauses over 10 minutes in script.md.
        if let fixed = segment.pauseAfterSeconds { return fixed.isFinite ? min(max(0, fixed), 600) : 0 }
        return defaultPause(after: segment, before: next) * scale
    }

    private func defaultPause(after segment: Segment, before next: Segment) -> Double {
        if segment.kind == .title || segment.kind == .intro { return afterTitle }
        if segment.kind == .heading { return afterHeading }
        if segment.section != next.section || next.kind == .heading || next.kind == .credits
            || next.kind == .outro
        {
            return sectionBreak
        }
        if segment.speaker != next.speaker { return speakerChange }
        if segment.kind == .quote || next.kind == .quote { return aroundQuote }
        return sameSpeaker
    }
}
