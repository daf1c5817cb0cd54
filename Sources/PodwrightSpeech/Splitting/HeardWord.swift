/// A word the free decode heard in a long recording, in windows (10 ms) from the recording's start.
struct HeardWord: Equatable, Sendable {
    /// The recogniser's key (`tsuruoka`).
    var key: String
    /// First window, and the window after the last.
    var start: Int
    var end: Int
}
