/// One place where what was said differs from the script.
public struct WordDifference: Codable, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// How the take departs from the script.
    public enum Kind: String, Codable, Equatable, Hashable, Sendable {
        /// Script words that were not said.
        case skipped
        /// Script words said as other words.
        case substituted
        /// Words said that the script does not have there.
        case added
    }

    /// How the take departs from the script.
    public var kind: Kind
    /// The script's words at this place (empty for an addition).
    public var expected: [String]
    /// The words heard at this place (empty for a skip).
    public var heard: [String]
    /// The script word just before the place, so a producer can find it; `nil` at the start.
    public var after: String?
    /// Where in the take the difference is heard, in take sample frames, when the recogniser placed it.
    public var at: Int?

    public init(kind: Kind, expected: [String], heard: [String], after: String?, at: Int? = nil) {
        self.kind = kind
        self.expected = expected
        self.heard = heard
        self.after = after
        self.at = at
    }

    /// One phrase for a report line: “skips “in itself,” after “is not””.
    public var description: String {
        let context = after.map { " after “\($0)”" } ?? " at the start"
        switch kind {
        case .skipped: return "skips “\(expected.joined(separator: " "))”" + context
        case .added: return "adds “\(heard.joined(separator: " "))”" + context
        case .substituted:
            return "says “\(heard.joined(separator: " "))” for “\(expected.joined(separator: " "))”" + context
        }
    }

    /// How many script words the difference touches (an addition counts its heard words).
    public var weight: Int { max(expected.count, kind == .added ? heard.count : 0) }
}
