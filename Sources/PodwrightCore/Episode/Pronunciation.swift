/// How a word is said, as a producer writes it in the script's Pronunciations table or in `show.json`: CMU phones
/// (`T S UW1 R UW0 OW1 K AH0`, the stress digits optional) or a respelling espeak-ng reads (`tsoo-roo-OH-kah`).
///
/// The aligner, the scratch voice and the recording sheet all take their overrides from here.
public struct Pronunciation: Codable, Equatable, Hashable, Sendable {
    /// The word as the article writes it; matched without regard to case.
    public var word: String
    /// How to say it: CMU phones or a respelling.
    public var sayAs: String

    public init(word: String, sayAs: String) {
        self.word = word
        self.sayAs = sayAs
    }

    /// The CMU phones `sayAs` spells, with their stress (1 primary, 2 secondary, 0 none, `nil` unmarked), or `nil`
    /// for a respelling. Phones are written in capitals and separated by spaces.
    public static func cmuPhones(_ sayAs: String) -> [(phone: String, stress: Int?)]? {
        let tokens = sayAs.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !tokens.isEmpty, sayAs == sayAs.uppercased() else { return nil }
        var phones: [(phone: String, stress: Int?)] = []
        for token in tokens {
            var phone = token
            var stress: Int?
            if let last = token.last, let digit = last.wholeNumberValue, (0...2).contains(digit) {
                phone = String(token.dropLast())
                stress = digit
                guard vowels.contains(phone) else { return nil }
            }
            guard cmuSet.contains(phone) else { return nil }
            phones.append((phone, stress))
        }
        return phones
    }

    /// What espeak-ng reads for the word: its phonemes in `[[…]]` when `sayAs` is CMU phones, else the respelling.
    public var espeakText: String {
        guard let phones = Self.cmuPhones(sayAs) else { return sayAs }
        let stressed = phones.contains { $0.stress == 1 }
        var mnemonics = ""
        for (index, item) in phones.enumerated() {
            if item.stress == 1 || (!stressed && index == phones.firstIndex { Self.vowels.contains($0.phone) }) {
                mnemonics += "'"
            } else if item.stress == 2 {
                mnemonics += ","
            }
            // An unstressed AH is a schwa; a stressed one is the vowel of "cut".
            mnemonics += item.phone == "AH" && item.stress == 0 ? "@" : Self.espeak[item.phone] ?? ""
        }
        return "[[" + mnemonics + "]]"
    }

    /// The 39 phones of the CMU pronouncing dictionary.
    static let cmuSet: Set<String> = Set(espeak.keys)

    /// The CMU vowels, the phones that carry stress.
    static let vowels: Set<String> = [
        "AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW",
    ]

    /// CMU phone → espeak-ng's English phoneme mnemonic (its `phonemes.md`; US values). Written by hand: no
    /// library maps one set to the other.
    static let espeak: [String: String] = [
        "AA": "A:", "AE": "a", "AH": "V", "AO": "O:", "AW": "aU", "AY": "aI", "B": "b", "CH": "tS", "D": "d",
        "DH": "D", "EH": "E", "ER": "3:", "EY": "eI", "F": "f", "G": "g", "HH": "h", "IH": "I", "IY": "i:",
        "JH": "dZ", "K": "k", "L": "l", "M": "m", "N": "n", "NG": "N", "OW": "oU", "OY": "OI", "P": "p", "R": "r",
        "S": "s", "SH": "S", "T": "t", "TH": "T", "UH": "U", "UW": "u:", "V": "v", "W": "w", "Y": "j", "Z": "z",
        "ZH": "Z",
    ]
}

extension Episode {
    /// The pronunciations that apply to this episode, by recogniser key (``SpokenWords/key(_:)``): the show's
    /// (`show.json`'s `pronunciations`), with the script's own Pronunciations table over them.
    public var pronunciationOverrides: [String: String] {
        var overrides: [String: String] = [:]
        for (word, sayAs) in (show.pronunciations ?? [:]).sorted(by: { $0.key < $1.key }) {
            overrides[SpokenWords.key(word)] = sayAs
        }
        for entry in pronunciations ?? [] where !entry.sayAs.isEmpty {
            overrides[SpokenWords.key(entry.word)] = entry.sayAs
        }
        return overrides
    }
}
