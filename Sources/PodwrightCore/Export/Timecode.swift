/// The clock formats the exports write. All round to the millisecond first, so every format agrees on a time.
public enum Timecode {
    /// Whole milliseconds, rounded, never negative.
    public static func milliseconds(_ seconds: Double) -> Int {
        max(0, Int((seconds * 1000).rounded()))
    }

    /// `HH:MM:SS`, as Apple Podcasts reads chapter timestamps from descriptions (fractions dropped).
    public static func clock(_ seconds: Double) -> String {
        let total = milliseconds(seconds) / 1000
        return "\(pad(total / 3600)):\(pad(total / 60 % 60)):\(pad(total % 60))"
    }

    /// `M:SS` or `H:MM:SS`, for people reading a page.
    public static func short(_ seconds: Double) -> String {
        let total = milliseconds(seconds) / 1000
        if total >= 3600 { return "\(total / 3600):\(pad(total / 60 % 60)):\(pad(total % 60))" }
        return "\(total / 60):\(pad(total % 60))"
    }

    /// `HH:MM:SS.mmm`, the WebVTT cue timing.
    public static func webVTT(_ seconds: Double) -> String { fractional(seconds, separator: ".") }

    /// `HH:MM:SS,mmm`, the SubRip cue timing.
    public static func subRip(_ seconds: Double) -> String { fractional(seconds, separator: ",") }

    /// Seconds with at most three decimals and no trailing zeros, for JSON and XML attributes (`12.5`, `0`).
    public static func decimal(_ seconds: Double) -> String {
        let ms = milliseconds(seconds)
        guard ms % 1000 != 0 else { return String(ms / 1000) }
        var fraction = String(ms % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(ms / 1000).\(fraction)"
    }

    private static func fractional(_ seconds: Double, separator: String) -> String {
        let ms = milliseconds(seconds)
        let total = ms / 1000
        let millis = String(ms % 1000)
        let padded = String(repeating: "0", count: 3 - millis.count) + millis
        return "\(pad(total / 3600)):\(pad(total / 60 % 60)):\(pad(total % 60))\(separator)\(padded)"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
