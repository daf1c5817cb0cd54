import PodwrightCore

/// How every word of a script is said to the recogniser: the pronouncing dictionary's entry where it has one, the
/// producer's override where one is given, and otherwise a guess from espeak-ng's phonemes.
public struct Lexicon: Sendable {
    /// Pronunciations to add to the decoder's dictionary (key → CMU phones), overrides and guesses alike.
    public var additions: [String: String]
    /// Other pronunciations of a key, after its one in ``additions``: the other readings of a number in figures.
    public var alternatives: [String: [String]] = [:]
    /// Words found in the dictionary (numbers in figures among them: their readings are made of its words).
    public var fromDictionary: Int
    /// Words the producer's overrides pronounce.
    public var overridden: [String]
    /// Words guessed from espeak-ng, sorted.
    public var guessed: [String]
    /// Words no pronunciation could be found for (espeak-ng missing, or it gave no phones); the aligner skips them.
    public var unpronounceable: [String]

    public init(
        additions: [String: String] = [:], fromDictionary: Int = 0, overridden: [String] = [], guessed: [String] = [],
        unpronounceable: [String] = []
    ) {
        self.additions = additions
        self.fromDictionary = fromDictionary
        self.overridden = overridden
        self.guessed = guessed
        self.unpronounceable = unpronounceable
    }

    /// What to add to a decoder's dictionary, in a fixed order (the order shapes ties, so a run hears what the last
    /// did): each key's pronunciation, then its alternatives as `key(2)`, `key(3)`…, as PocketSphinx names them.
    var entries: [(word: String, phones: String)] {
        additions.sorted { $0.key < $1.key }.flatMap { key, phones in
            [(key, phones)]
                + (alternatives[key] ?? []).enumerated().map { index, other in ("\(key)(\(index + 2))", other) }
        }
    }

    /// Whether the recogniser can say `key`.
    func isPronounceable(_ key: String) -> Bool { !unpronounceable.contains(key) }

    /// Works out a pronunciation for each of `keys`.
    /// - Parameters:
    ///   - keys: the recogniser keys of the script's words.
    ///   - overrides: producer pronunciations, word → CMU phones (`T S UW1 R UW0 OW1 K AH0`) or a respelling espeak-ng
    ///     reads (`tsoo-roo-OH-kah`); words match case-insensitively.
    ///   - lookup: the dictionary's entry for a key, `nil` when it lacks the word.
    ///   - numberWord: the dictionary's phones for a word numbers are read with (``NumberReadings``).
    ///   - espeak: how to ask espeak-ng.
    static func build(
        keys: Set<String>, overrides: [String: String], lookup: (String) -> String?,
        numberWord: (String) -> String? = { _ in nil }, espeak: EspeakPhonemes
    ) -> Lexicon {
        var lexicon = Lexicon()
        let overrideByKey = Dictionary(
            overrides.map { (SpokenWords.key($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        var toGuess: [(key: String, text: String, isOverride: Bool)] = []
        for key in keys.sorted() {
            if let override = overrideByKey[key] {
                if let phones = Self.cmuPhones(override) {
                    lexicon.additions[key] = phones
                    lexicon.overridden.append(key)
                } else {
                    toGuess.append((key, override, true))
                }
            } else if lookup(key) != nil {
                lexicon.fromDictionary += 1
            } else if case let readings = Self.numberPhones(key, numberWord: numberWord), let first = readings.first {
                lexicon.additions[key] = first
                if readings.count > 1 { lexicon.alternatives[key] = Array(readings.dropFirst()) }
                lexicon.fromDictionary += 1
            } else {
                toGuess.append((key, key, false))
            }
        }
        let answers = espeak.mnemonics(for: toGuess.map(\.text))
        for (index, item) in toGuess.enumerated() {
            let phones = answers.map { PhoneMap.cmuPhones(fromEspeak: $0[index]) } ?? []
            guard !phones.isEmpty else {
                lexicon.unpronounceable.append(item.key)
                continue
            }
            lexicon.additions[item.key] = phones.joined(separator: " ")
            if item.isOverride { lexicon.overridden.append(item.key) } else { lexicon.guessed.append(item.key) }
        }
        return lexicon
    }

    /// The phones of each reading of a number in figures whose words the dictionary has, without repeats.
    static func numberPhones(_ key: String, numberWord: (String) -> String?) -> [String] {
        var seen: Set<String> = []
        return NumberReadings.readings(of: key).compactMap { words -> String? in
            let phones = words.map(numberWord)
            guard phones.allSatisfy({ $0 != nil }) else { return nil }
            return phones.map { $0! }.joined(separator: " ")
        }.filter { seen.insert($0).inserted }
    }

    /// The CMU phones an override spells out, without stress (the model's dictionary has none), when it is written
    /// in them (`T S UW1 R UW0 OW1 K AH0`).
    static func cmuPhones(_ override: String) -> String? {
        Pronunciation.cmuPhones(override)?.map(\.phone).joined(separator: " ")
    }
}
