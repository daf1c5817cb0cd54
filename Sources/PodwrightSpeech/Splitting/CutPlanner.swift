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
    /// How far a recogniser's word edge may sit inside a silence (it often starts a word a little early).
    var slack = 15

    /// The cut for a reading whose heard words span `start..<end`, between the previous speech ending at
    /// `previousEnd` and the next starting at `nextStart` (windows).
    func cut(start: Int, end: Int, previousEnd: Int, nextStart: Int) -> Range<Int> {
        // The silence before: the last one that starts before the word and ends after the previous speech.
        let before = silences.last {
            $0.lowerBound < start + 5 && $0.upperBound > previousEnd
                && $0.upperBound <= start + slack
        }
        let from: Int
        if let before {
            from = max(before.lowerBound, previousEnd, before.upperBound - lead)
        } else {
            from = max(0, previousEnd, (previousEnd + start) / 2, start - 3)
        }
        let after = silences.first {
            $0.upperBound > end - 5 && $0.lowerBound < nextStart
                && $0.lowerBound >= end - slack
        }
        let to: Int
        if let after {
            to = min(after.upperBound, nextStart, after.lowerBound + tail)
        } else {
            to = min(windows, nextStart, max((end + nextStart + 1) / 2, end + 3))
        }
        return min(from, start)..<max(to, end, min(from, start) + 1)
    }
}
