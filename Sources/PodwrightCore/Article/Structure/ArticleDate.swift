import Foundation

/// Turns a date as a page prints it into ISO 8601: "Nov 19, 2019 11:34 PM EST" → `2019-11-19T23:34:00-05:00`,
/// "21.10.2019" → `2019-10-21`, "6. August 2009" → `2009-08-06`, "2019年11月19日" → `2019-11-19`.
///
/// Written by hand because Foundation's formatters want one fixed pattern per call, and datelines mix orders, month
/// names in several languages, clock styles and zone abbreviations in ways no fixed pattern list covers.
enum ArticleDate {
    /// The ISO 8601 form of `printed`: a full date, plus the time when the text gives one with a known zone.
    /// `nil` when no year, month and day can be told apart.
    static func iso8601(_ printed: String) -> String? {
        let text = printed.lowercased()
        if let iso = isoForm(text) { return iso }
        let tokens = tokenize(text)
        var year: Int?
        var month: Int?
        var day: Int?
        var numbers: [Int] = []
        for token in tokens {
            switch token {
            case .word(let word):
                if month == nil, let found = monthNumber(word) { month = found }
            case .number(let value, let suffix):
                if suffix == "年" || value >= 1000 && value <= 2999 && year == nil {
                    year = value
                } else if suffix == "月" {
                    month = value
                } else if suffix == "日" || suffix == "." || suffix == "th" || suffix == "st" || suffix == "nd"
                    || suffix == "rd"
                {
                    if day == nil, (1...31).contains(value) { day = value } else { numbers.append(value) }
                } else {
                    numbers.append(value)
                }
            case .numeric(let parts, let separator):
                guard parts.count == 3, year == nil else { continue }
                if parts[0] >= 1000 {
                    (year, month, day) = (parts[0], parts[1], parts[2])
                } else if parts[2] >= 1000 || parts[2] < 100 {
                    let y = parts[2] >= 100 ? parts[2] : 2000 + parts[2]
                    // 21.10.2019 and 21-10-2019 put the day first; 10/21/2019 is American unless the first is > 12.
                    let dayFirst = separator != "/" || parts[0] > 12
                    (year, month, day) = dayFirst ? (y, parts[1], parts[0]) : (y, parts[0], parts[1])
                }
            case .clock:
                continue
            }
        }
        if day == nil, month != nil, let candidate = numbers.first(where: { (1...31).contains($0) }) { day = candidate }
        guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day) else { return nil }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let (hour, minute) = clock(tokens), let zone = zone(tokens) else { return date }
        return "\(date)T\(pad(hour, 2)):\(pad(minute, 2)):00\(zone)"
    }

    private enum Token: Equatable {
        case word(String)
        /// A number and what follows it at once ("6." "19th" "2019年").
        case number(Int, suffix: String)
        /// Three or more numbers joined by one separator: "21.10.2019", "10/21/19".
        case numeric([Int], separator: Character)
        /// "11:34", with "pm" or "am" when it follows.
        case clock(hour: Int, minute: Int)
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let characters = Array(text)
        var i = 0
        while i < characters.count {
            let c = characters[i]
            if c.isNumber, c.isASCII {
                var j = i
                while j < characters.count, characters[j].isASCII,
                    characters[j].isNumber || ".-/:".contains(characters[j])
                {
                    j += 1
                }
                var run = String(characters[i..<j])
                // A trailing stop or separator belongs to the sentence ("6." is handled as a suffix).
                var suffix = ""
                while let last = run.last, ".-/:".contains(last) {
                    if last == "." { suffix = "." }
                    run.removeLast()
                }
                if run.contains(":") {
                    let parts = run.split(separator: ":").compactMap { Int($0) }
                    if parts.count >= 2 { tokens.append(.clock(hour: parts[0], minute: parts[1])) }
                } else if let separator = run.first(where: { ".-/".contains($0) }) {
                    let parts = run.split(separator: separator).compactMap { Int($0) }
                    tokens.append(.numeric(parts, separator: separator))
                } else if let value = Int(run) {
                    var k = j
                    if suffix.isEmpty, k < characters.count, "年月日".contains(characters[k]) {
                        suffix = String(characters[k])
                        k += 1
                    } else if suffix.isEmpty, k + 1 < characters.count,
                        ["st", "nd", "rd", "th"].contains(String(characters[k...(k + 1)]))
                    {
                        suffix = String(characters[k...(k + 1)])
                        k += 2
                    }
                    tokens.append(.number(value, suffix: suffix))
                    j = k
                }
                i = j
            } else if c.isLetter {
                var j = i
                while j < characters.count, characters[j].isLetter, !"年月日".contains(characters[j]) { j += 1 }
                if j == i { j += 1 }
                tokens.append(.word(String(characters[i..<j])))
                i = j
            } else {
                i += 1
            }
        }
        return tokens
    }

    /// "2019-11-19", "2019-11-19T23:34:00Z", "2019-11-19T23:34:00.000-05:00" kept as dates and times.
    private static func isoForm(_ text: String) -> String? {
        let scalars = Array(text.trimmingSpaces().unicodeScalars)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[from..<(from + count)] {
                guard scalar.value >= 48, scalar.value <= 57 else { return nil }
                value = value * 10 + Int(scalar.value - 48)
            }
            return value
        }
        guard let year = digits(0, 4), scalars.count >= 10, scalars[4] == "-", let month = digits(5, 2),
            scalars[7] == "-", let day = digits(8, 2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard scalars.count >= 16, scalars[10] == "t" || scalars[10] == " ", let hour = digits(11, 2),
            scalars[13] == ":", let minute = digits(14, 2)
        else { return scalars.count == 10 ? date : nil }
        let second = scalars.count >= 19 && scalars[16] == ":" ? digits(17, 2) ?? 0 : 0
        var rest = scalars.count >= 19 && scalars[16] == ":" ? 19 : 16
        if rest < scalars.count, scalars[rest] == "." {
            rest += 1
            while rest < scalars.count, scalars[rest].properties.numericType != nil { rest += 1 }
        }
        let zoneText = String(String.UnicodeScalarView(scalars[rest...]))
        let time = "\(date)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
        if zoneText == "z" { return time + "Z" }
        let compact = zoneText.filter { $0 != ":" }
        if compact.count == 5, let sign = compact.first, sign == "+" || sign == "-",
            let value = Int(compact.dropFirst())
        {
            return time + "\(sign)\(pad(value / 100, 2)):\(pad(value % 100, 2))"
        }
        return date
    }

    /// The time of day, on a 24-hour clock.
    private static func clock(_ tokens: [Token]) -> (Int, Int)? {
        for (index, token) in tokens.enumerated() {
            guard case .clock(var hour, let minute) = token, hour < 24, minute < 60 else { continue }
            if index + 1 < tokens.count, case .word(let word) = tokens[index + 1] {
                if ["pm", "p"].contains(word), hour < 12 { hour += 12 }
                if ["am", "a"].contains(word), hour == 12 { hour = 0 }
            }
            return (hour, minute)
        }
        return nil
    }

    /// The UTC offset of a zone the text names ("EST", "GMT", "UTC+2").
    private static func zone(_ tokens: [Token]) -> String? {
        for token in tokens {
            guard case .word(let word) = token, let offset = zones[word] else { continue }
            return offset
        }
        return nil
    }

    private static let zones: [String: String] = [
        "utc": "Z", "gmt": "Z", "z": "Z", "bst": "+01:00", "cet": "+01:00", "cest": "+02:00", "eet": "+02:00",
        "eest": "+03:00", "msk": "+03:00", "ist": "+05:30", "jst": "+09:00", "kst": "+09:00", "hkt": "+08:00",
        "sgt": "+08:00", "aest": "+10:00", "aedt": "+11:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00",
        "cdt": "-05:00", "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "et": "-05:00",
        "pt": "-08:00",
    ]

    /// The month a word names, in English, German, French, Spanish, Portuguese, Italian or Dutch, in full or by
    /// its first three letters or more.
    static func monthNumber(_ word: String) -> Int? {
        let plain = word.folding(options: [.diacriticInsensitive], locale: nil)
        guard plain.count >= 3, !["ago", "set"].contains(plain) else { return nil }
        for (index, names) in monthNames.enumerated() {
            if names.contains(where: {
                $0 == plain || plain.count >= 3 && $0.hasPrefix(plain) && plain.count <= $0.count
            }) {
                // "mar" is March everywhere; "mai" May; "jun" June.
                return index + 1
            }
        }
        return nil
    }

    private static let monthNames: [[String]] = [
        ["january", "januar", "janvier", "enero", "janeiro", "gennaio", "januari", "jänner", "janner"],
        ["february", "februar", "fevrier", "febrero", "fevereiro", "febbraio", "februari"],
        ["march", "marz", "mars", "marzo", "marco", "maart"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio", "mei"],
        ["june", "juni", "juin", "junio", "junho", "giugno"],
        ["july", "juli", "juillet", "julio", "julho", "luglio"],
        ["august", "aout", "agosto", "augustus"],
        ["september", "septembre", "septiembre", "setembro", "settembre", "sept"],
        ["october", "oktober", "octobre", "octubre", "outubro", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "dezember", "decembre", "diciembre", "dezembro", "dicembre"],
    ]

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
