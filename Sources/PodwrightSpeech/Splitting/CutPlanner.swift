/// Where to cut a reading out of a long recording: in the silence before its first word and after its last, with
/// some room (a lead-in and a tail, as a take recorded alone would have), never into neighbouring speech.
///
/// Words the recogniser missed at either end are kept: the cut goes to the silence before the sound the first
/// heard word belongs to, not to the word itself. Where a reading runs into the next without a pause, the cut falls
/// between the two words.
struct CutPlanner {
    /// Silences of the recording, in windows, in order.
    var silences: [Range<Int>]
    /// Windows in the recording.
    var windows: Int
    /// Room kept before the first sound and after the last, windows.
    var lead = 25
    var tail = 30
    /// A quiet this long (windows) is a pause between readings rather than a gap inside a word.
    static let pause = 20
    /// Where two readings meet with no silence between the words heard, a pause this close (windows) to the
    /// meeting is taken for the gap between them: the recogniser put a short word (“a”, “the”) of one reading on the
    /// wrong side of the pause, in the last sound of the other.
    static let misplacedWord = 15

    /// The cut for a reading whose heard words span `start..<end`, between the word heard before it
    /// (`previous`) and the one after (`next`), in windows.
    ///
    /// The recogniser's word edges are loose in silence: it often lets a word begin well inside the silence before
    /// it, or end well into the one after (more so over room noise, where it may even hear a word in the noise).
    /// So the silence is found from the middle of the neighbouring words, and the cut placed by the silence alone.
    func cut(start: Int, end: Int, previous: Range<Int>?, next: Range<Int>?) -> Range<Int> {
        let previousMiddle = previous.map { ($0.lowerBound + $0.upperBound) / 2 } ?? -1
        let nextMiddle = next.map { ($0.lowerBound + $0.upperBound) / 2 } ?? windows + 1
        // The silence before: the last one that starts before the first word and ends after the previous word. A
        // pause between readings is preferred to a short quiet inside a word (the closure before a final “t”).
        let isBefore = { (silence: Range<Int>) in silence.lowerBound < start + 5 && silence.upperBound > previousMiddle
        }
        let before =
            silences.last { isBefore($0) && $0.count >= Self.pause } ?? silences.last(where: isBefore)
            ?? silences.first {
                $0.count >= Self.pause && $0.lowerBound >= start && $0.lowerBound < start + Self.misplacedWord
                    && $0.upperBound < end
            }
        let from: Int
        if let before {
            from = max(before.lowerBound, before.upperBound - lead)
        } else {
            let previousEnd = previous?.upperBound ?? 0
            from = max(0, previousEnd, (previousEnd + start) / 2)
        }
        let isAfter = { (silence: Range<Int>) in silence.upperBound > end - 5 && silence.lowerBound < nextMiddle }
        let after =
            silences.first { isAfter($0) && $0.count >= Self.pause } ?? silences.first(where: isAfter)
            ?? silences.first {
                $0.count >= Self.pause && $0.lowerBound >= end && $0.lowerBound < end + Self.misplacedWord
                    && (next?.upperBound ?? 0) <= $0.lowerBound + 5
            }
        let to: Int
        if let after {
            to = min(after.upperBound, after.lowerBound + tail)
        } else {
            let nextStart = next?.lowerBound ?? windows
            to = min(windows, nextStart, (end + nextStart + 1) / 2)
        }
        return from..<max(to, from + 1)
    }
}
