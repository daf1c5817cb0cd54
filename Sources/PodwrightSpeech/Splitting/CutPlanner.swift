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

    /// The cut for a reading whose heard words span `start..<end`, between the previous speech ending at
    /// `previousEnd` and the next starting at `nextStart` (windows).
    func cut(start: Int, end: Int, previousEnd: Int, nextStart: Int) -> Range<Int> {
        // The silence before: the last one that starts before the first word and ends after the previous speech.
        // The recogniser often lets a word begin well inside the silence before it (more so over room noise, where
        // it may hear a word in the noise), so the silence may end after the word's start: the sound starts there.
        let before = silences.last { $0.lowerBound < start + 5 && $0.upperBound > previousEnd }
        let from: Int
        if let before {
            from = max(before.lowerBound, previousEnd, before.upperBound - lead)
        } else {
            from = max(0, previousEnd, (previousEnd + start) / 2)
        }
        let after = silences.first { $0.upperBound > end - 5 && $0.lowerBound < nextStart }
        let to: Int
        if let after {
            to = min(after.upperBound, nextStart, after.lowerBound + tail)
        } else {
            to = min(windows, nextStart, (end + nextStart + 1) / 2)
        }
        // A cut may fall after a word the recogniser placed in the silence: the sound starts where the silence ends.
        return from..<max(to, from + 1)
    }
}
