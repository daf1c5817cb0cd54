import Foundation
import Synchronization

/// The ways a reader says a number written in figures: `2026` is “two thousand twenty six”, “two thousand and
/// twenty six” or, as a year, “twenty twenty six”; the `1` of “1 March” is “one” or “first”; `3%` is “three
/// percent”. The recogniser is given each reading as an alternative pronunciation, so a reader who says the year
/// the usual way is not reported as misreading it.
///
/// Written here because the pronouncing dictionary has no figures and espeak-ng gives one reading only. Foundation's
/// spell-out formatter (ICU) gives the cardinal; the other readings are built from it.
enum NumberReadings {
    /// The readings of `key` (a recogniser key), each a list of dictionary words, the cardinal first; empty when the
    /// key is not a number in figures (`2026`, `1,200`, `21st`, `3%`).
    static func readings(of key: String) -> [[String]] {
        var digits = key
        var suffix: Suffix = .none
        if digits.hasSuffix("%") {
            digits.removeLast()
            suffix = .percent
        } else if let ordinal = ordinalSuffixes.first(where: { digits.hasSuffix($0) }), digits.count > ordinal.count {
            digits.removeLast(ordinal.count)
            suffix = .ordinal
        }
        if digits.contains(",") {
            // Thousands separators only: 1,200 and 12,000,000, not 1,2.
            let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.count > 1, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return [] }
            digits = groups.joined()
        }
        guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int(digits), digits == "0" || !digits.hasPrefix("0")
        else { return [] }
        var readings: [[String]]
        switch suffix {
        case .ordinal:
            readings = [ordinal(cardinal(value))]
        case .percent:
            readings = cardinals(value).map { $0 + ["percent"] }
        case .none:
            readings = cardinals(value)
            if digits.count == 4, !key.contains(","), let year = year(value) { readings.append(year) }
            // A day of the month (“1 March”, “March 21”) is read as an ordinal.
            if (1...31).contains(value), digits.count <= 2 { readings.append(ordinal(cardinal(value))) }
        }
        var seen: Set<[String]> = []
        return readings.filter { seen.insert($0).inserted }
    }

    /// Every word a reading can use: the dictionary's phones for these are all that is kept.
    static let vocabulary: Set<String> = {
        let small =
            (0...19).map(cardinal).flatMap { $0 } + stride(from: 20, through: 90, by: 10).map(cardinal).flatMap { $0 }
        let ordinals = small.map { ordinal([$0]) }.flatMap { $0 }
        return Set(
            small + ordinals + ["hundred", "thousand", "million", "and", "oh", "percent", "hundredth", "thousandth"])
    }()

    private enum Suffix { case none, ordinal, percent }

    private static let ordinalSuffixes = ["st", "nd", "rd", "th"]

    /// US English spell-out: 2026 → two thousand twenty six.
    private static func cardinal(_ value: Int) -> [String] {
        let text = spellOut.withLock { $0.string(from: NSNumber(value: value)) } ?? ""
        return text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
    }

    /// The cardinal with and without the British “and” before its last part (one hundred and fifty).
    private static func cardinals(_ value: Int) -> [[String]] {
        let plain = cardinal(value)
        let rest = value % 100
        guard value > 100, rest > 0, rest < 100 else { return [plain] }
        let tail = cardinal(rest)
        guard plain.count > tail.count, plain.suffix(tail.count).elementsEqual(tail) else { return [plain] }
        return [plain, plain.dropLast(tail.count) + ["and"] + tail]
    }

    /// A four-figure number read as a year: 1999 → nineteen ninety nine, 2026 → twenty twenty six, 1905 →
    /// nineteen oh five, 1900 → nineteen hundred. Years 2000–2009 are read as cardinals.
    private static func year(_ value: Int) -> [String]? {
        guard (1100...2099).contains(value), !(2000...2009).contains(value) else { return nil }
        let (century, rest) = (value / 100, value % 100)
        if rest == 0 { return cardinal(century) + ["hundred"] }
        return cardinal(century) + (rest < 10 ? ["oh"] : []) + cardinal(rest)
    }

    /// The ordinal of a spelled cardinal: its last word made ordinal (twenty one → twenty first).
    private static func ordinal(_ words: [String]) -> [String] {
        guard let last = words.last else { return words }
        let irregular = [
            "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
            "twelve": "twelfth",
        ]
        let made: String
        if let word = irregular[last] {
            made = word
        } else if last.hasSuffix("y") {
            made = last.dropLast() + "ieth"
        } else {
            made = last + "th"
        }
        return words.dropLast() + [made]
    }

    /// One formatter, guarded: `NumberFormatter` is not safe to share between threads.
    private static let spellOut: Mutex<NumberFormatter> = {
        let formatter = NumberFormatter()
        formatter.numberStyle = .spellOut
        formatter.locale = Locale(identifier: "en_US")
        return Mutex(formatter)
    }()
}
