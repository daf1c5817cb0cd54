/// espeak-ng's English phoneme mnemonics mapped to the CMU phone set the PocketSphinx model knows.
///
/// Written by hand because no library maps one to the other: espeak-ng's mnemonics are its own (documented in its
/// `phonemes.md`), and the CMU set is the 39 phones of the pronouncing dictionary. Stress and length marks carry
/// no phone and are dropped; symbols outside the table are skipped rather than guessed.
enum PhoneMap {
    /// Mnemonic → CMU phones. Longer mnemonics are tried first (`aI@` before `aI` before `a`).
    static let table: [String: [String]] = [
        // Consonants.
        "p": ["P"], "b": ["B"], "t": ["T"], "t#": ["T"], "d": ["D"], "k": ["K"], "g": ["G"], "f": ["F"], "v": ["V"],
        "T": ["TH"], "D": ["DH"], "s": ["S"], "z": ["Z"], "S": ["SH"], "Z": ["ZH"], "h": ["HH"], "tS": ["CH"],
        "dZ": ["JH"], "m": ["M"], "n": ["N"], "N": ["NG"], "l": ["L"], "r": ["R"], "r-": ["R"], "w": ["W"],
        "j": ["Y"], "x": ["K"], "?": ["T"], "n-": ["AH", "N"], "l-": ["AH", "L"], "m-": ["AH", "M"],
        // Vowels and diphthongs (US values: the model is US English).
        "a": ["AE"], "a#": ["AH"], "aa": ["AE"], "A": ["AA"], "A:": ["AA"], "A@": ["AA", "R"], "0": ["AA"],
        "0#": ["AA"], "O": ["AO"], "O:": ["AO"], "O@": ["AO", "R"], "o@": ["AO", "R"], "E": ["EH"], "e": ["EH"],
        "e@": ["EH", "R"], "eI": ["EY"], "I": ["IH"], "I2": ["IH"], "I#": ["IH"], "i": ["IY"], "i:": ["IY"],
        "i@": ["IY", "R"], "i@3": ["IY", "R"], "U": ["UH"], "U@": ["UH", "R"], "u": ["UW"], "u:": ["UW"],
        "V": ["AH"], "@": ["AH"], "@2": ["AH"], "@5": ["AH"], "@L": ["AH", "L"], "3": ["ER"], "3:": ["ER"],
        "aI": ["AY"], "aI@": ["AY", "ER"], "aI3": ["AY", "ER"], "aU": ["AW"], "aU@": ["AW", "ER"], "OI": ["OY"],
        "oU": ["OW"], "o": ["OW"], "oU#": ["OW"],
    ]

    /// Marks that carry no phone: stress, length, syllable and word boundaries, pauses.
    static let ignored: Set<Character> = ["'", ",", "%", "=", ":", "_", "-", "!", "|", " ", "\n", "#", ";"]

    private static let longest = table.keys.map(\.count).max() ?? 1

    /// The CMU phones for an espeak-ng phoneme string (`ts,u:rju:'oUk@` → `T S UW R Y UW OW K AH`).
    static func cmuPhones(fromEspeak mnemonics: String) -> [String] {
        let characters = Array(mnemonics)
        var phones: [String] = []
        var index = 0
        while index < characters.count {
            var matched = false
            for length in stride(from: min(longest, characters.count - index), through: 1, by: -1) {
                let candidate = String(characters[index..<(index + length)])
                if let mapped = table[candidate] {
                    phones += mapped
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return phones
    }
}
