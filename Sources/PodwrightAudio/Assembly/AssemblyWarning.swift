import Foundation

/// Something the producer should know about an assembled episode, as a value: which take or segment, and the
/// numbers. The library never words advice in terms of a user interface (command-line flags and the like); a front
/// end formats each case its own way, and ``description`` is a neutral sentence for logs and tests.
public enum AssemblyWarning: Sendable, Equatable, CustomStringConvertible {
    /// A file in the takes folder whose name matches no segment; `suggestion` is the name it was probably meant to have.
    case unmatchedTake(file: String, suggestion: String?)
    /// A file in the takes folder in a container that cannot be read (`.m4a`, `.aac`…).
    case unreadableTakeFormat(file: String, extension: String)
    /// A take with clipped passages (three or more consecutive samples at full scale).
    case clippedTake(segment: String, file: String, events: Int, firstSeconds: Double?)
    /// A take recorded at a telephone-like sample rate.
    case lowSampleRate(segment: String, file: String, sampleRate: Int)
    /// A segment without a take, held as silence of its estimated length.
    case placeholder(segment: String, detail: String?)
    /// Level matching needed more than its range: the segment stays `neededDB - appliedDB` away from the others.
    case levelMatchingCapped(segment: String, file: String, neededDB: Double, appliedDB: Double)
    /// A take that still holds more than ``TrimPolicy/deadAirWarningSeconds`` of non-speech after trimming.
    case deadAir(segment: String, file: String, seconds: Double)
    /// No quiet stretch was found in the takes for automatic room tone: gaps stay silent.
    case noRoomTone
    /// No quiet stretch was found in a voice's own takes: its gaps use another voice's room tone.
    case borrowedRoomTone(speaker: String)
    /// The takes are too peaky to reach the target under the ceiling without more than `maximumPushDB` of limiting.
    case targetOutOfReach(targetLUFS: Double, ceilingDBTP: Double, maximumPushDB: Double, predictedLUFS: Double)
    /// The true-peak limiter shaped much of the episode: compression in all but name. `levelerOn` says whether the
    /// speech leveler already ran, so the advice does not recommend what was done.
    case heavyLimiting(percent: Double, maximumReductionDB: Double, scratchVoices: Bool, levelerOn: Bool)
    /// A music cue names a file that is not music the assembler can play (found, but unreadable or silent).
    case musicCueSkipped(segment: String, name: String, reason: String)

    /// The segment the warning is about, if it is about one.
    public var segment: String? {
        switch self {
        case .clippedTake(let segment, _, _, _), .lowSampleRate(let segment, _, _), .placeholder(let segment, _),
            .levelMatchingCapped(let segment, _, _, _), .deadAir(let segment, _, _),
            .musicCueSkipped(let segment, _, _):
            segment
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .unmatchedTake(let file, let suggestion):
            "\(file) matches no segment in the script and is not used"
                + (suggestion.map { "; did you mean \($0)?" } ?? "")
        case .unreadableTakeFormat(let file, let ext):
            "\(file): .\(ext) files cannot be read; convert it to WAV or FLAC"
        case .clippedTake(let segment, let file, let events, let first):
            "\(file) (segment \(segment)) is clipped in \(events) place\(events == 1 ? "" : "s")"
                + (first.map { " (first at \(Self.fixed($0, 2)) s)" } ?? "")
                + "; re-record it if it sounds distorted"
        case .lowSampleRate(let segment, let file, let rate):
            "\(file) (segment \(segment)) is recorded at \(rate) Hz and will sound like a telephone; re-record it at "
                + "44.1 or 48 kHz if you can"
        case .placeholder(let segment, let detail):
            "segment \(segment)\(detail.map { " (\($0))" } ?? "") has no take: holding silence of its estimated length"
        case .levelMatchingCapped(let segment, let file, let needed, let applied):
            "\(file) (segment \(segment)) needs \(Self.signed(needed)) dB to match the other takes but level matching "
                + "stops at \(Self.signed(applied)) dB: it stays \(Self.fixed(abs(needed - applied), 1)) LU "
                + (needed > applied ? "quieter" : "louder") + " than the rest; re-record it or check its gain"
        case .deadAir(let segment, let file, let seconds):
            "\(file) (segment \(segment)) still holds \(Self.fixed(seconds, 1)) s of non-speech after trimming; "
                + "shorten its pauses or cut it by hand"
        case .noRoomTone:
            "no quiet stretch of half a second was found in the takes for room tone; gaps stay silent"
        case .borrowedRoomTone(let speaker):
            "no quiet stretch was found in \(speaker)'s takes; gaps next to them use another voice's room tone"
        case .targetOutOfReach(let target, let ceiling, let push, let predicted):
            "the takes are too peaky to reach \(Self.fixed(target, 1)) LUFS under a \(Self.fixed(ceiling, 1)) dBTP "
                + "ceiling without more than \(Self.fixed(push, 0)) dB of limiting; expect about "
                + "\(Self.fixed(predicted, 1)) LUFS (choose a lower target or raise the ceiling)"
        case .heavyLimiting(let percent, let reduction, let scratch, let levelerOn):
            "the true-peak limiter acted on \(percent)% of the episode, by up to \(reduction) dB: the takes' peaks "
                + "stand far above their loudness" + (scratch ? " (scratch voices do)" : "")
                + (levelerOn
                    ? "; the speech leveler was on: choose a lower target or raise the ceiling"
                    : "; turn on the speech leveler (it lowers the loudest syllables), or choose a lower target")
        case .musicCueSkipped(let segment, let name, let reason):
            "the music cue “\(name)” before segment \(segment) is not played: \(reason)"
        }
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        var text = String(format: "%.\(digits)f", value)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return text
    }

    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + fixed(value, 1) }
}
