/// Estimates how long a text takes to read aloud, so scripts and recording sheets can show times before any take exists.
public enum ReadingTime {
    /// The number of spoken words: runs of non-space characters that hold a letter or a digit.
    ///
    /// Dashes and stray punctuation between spaces are not words; "Jae-in" and "U.N." are one word each.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var wordHasContent = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord && wordHasContent { count += 1 }
                inWord = false
                wordHasContent = false
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { wordHasContent = true }
            }
        }
        if inWord && wordHasContent { count += 1 }
        return count
    }

    /// The estimated seconds to read `text` at `wordsPerMinute`, rounded to a tenth of a second.
    /// - Parameters:
    ///   - text: What is read.
    ///   - wordsPerMinute: The reading pace; values below 1 are treated as 1.
    /// - Returns: Seconds, a multiple of 0.1, so the same text always gives the same number.
    public static func seconds(for text: String, wordsPerMinute: Double) -> Double {
        let pace = max(wordsPerMinute, 1)
        let exact = Double(wordCount(text)) * 60 / pace
        return (exact * 10).rounded() / 10
    }

    /// A time as `m:ss` (or `h:mm:ss` from an hour), rounded to the nearest second, for scripts and sheets.
    public static func clock(_ seconds: Double) -> String {
        let total = Int(max(seconds, 0).rounded())
        let hours = total / 3600
        let minutes = (total % 3600) / 60
        let secs = total % 60
        let paddedSeconds = secs < 10 ? "0\(secs)" : "\(secs)"
        if hours > 0 {
            let paddedMinutes = minutes < 10 ? "0\(minutes)" : "\(minutes)"
            return "\(hours):\(paddedMinutes):\(paddedSeconds)"
        }
        return "\(minutes):\(paddedSeconds)"
    }
}
