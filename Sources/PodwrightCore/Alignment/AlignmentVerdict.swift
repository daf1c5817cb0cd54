/// What the check concluded about one take.
public enum AlignmentVerdict: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
    /// The take says the segment's words, in order.
    case ok
    /// The take says the segment with words skipped, substituted or added (listed in the differences).
    case misread
    /// The take holds the text of another segment (named in ``TakeAlignment/matchedSegment``).
    case wrongSegment = "wrong-segment"
    /// Nothing the recogniser could hear matches any of the script: silence, noise, music, another language.
    case unintelligible
    /// The take was not checked: the episode's language is one the speech model does not cover.
    case notChecked = "not-checked"

    /// Whether a producer must look at the take.
    public var isProblem: Bool { self != .ok && self != .notChecked }
}
