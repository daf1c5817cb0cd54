/// A way the narration refers to a person: a name, a description or a pronoun.
struct PersonMention: Sendable {
    enum Kind: Sendable { case name, description, pronoun }

    var kind: Kind
    /// Token range in the paragraph, covering a linked appositive too.
    var first: Int
    var end: Int
    /// The name's words without title ("Koji", "Tsuruoka"), for names.
    var nameWords: [String] = []
    /// Titles before the name, normalised ("mr", "ambassador").
    var titles: [String] = []
    /// A description as printed ("Japan’s ambassador to London", "the diplomat"), own or appositive.
    var description: String?
    /// The description's head noun ("diplomat") and its other words, lowercased.
    var head: String?
    var modifiers: [String] = []
    /// True for a description opened by "the"/"this" (an anaphor), false for "a"/"another" (a new person).
    var isDefinite = false
    /// True for a company, council, country or other body: it may speak but is never "he" or "she".
    var isInstitution = false
    /// True for "his father", "her spokesman": someone other than the one the pronoun stands for.
    var hasPossessivePronoun = false
    /// True for "one" or "another" standing for a member of a group just mentioned.
    var isMemberOfGroup = false
    /// True for a plural description ("officials", "the country’s potters").
    var isPlural = false
    /// The pronoun, lowercased, for pronouns.
    var pronoun: String?
    /// Male or female when a title or word says so.
    var gender: Gender = .unknown
    var age: Int?
    /// True when there is evidence this name is a person rather than a place or a company.
    var isPerson = false
    /// True for a place or nationality standing where a speaker would ("“…,” Israel said", "said Cuban"): it means
    /// a person only when someone of that name was met before (Rep. Steve Israel, Mark Cuban).
    var isPlaceLike = false
    /// True for a name right before a speech verb ("“All the way!” Dawson shouted"): whoever it is, they speak.
    var speaks = false
    /// Where it sits in its sentence: a subject is more salient than an object.
    var isSubject = false
    /// True when an appositive introduces this person here ("The ward sister, a woman in her fifties"), so a
    /// definite description names someone new rather than someone already met.
    var isIntroduction = false
    /// The words of a relative clause or appositive attached to it, lowercased, for matching later anaphors.
    var context: [String] = []
    var sentence = 0
    /// The printed text of the name with its titles ("Ambassador Tsuruoka").
    var display = ""
    /// The registry cluster it was resolved to, once resolved.
    var cluster: Int?
    /// For a pronoun, how far ahead of the next candidate its choice was: small means unsure.
    var margin = 99
}

/// What the article tells us about a person's gender, from titles, pronouns and role words.
enum Gender: Sendable, Equatable {
    case unknown, male, female

    /// Whether a pronoun or title of `other` could refer to someone of this gender.
    func admits(_ other: Gender) -> Bool {
        self == .unknown || other == .unknown || self == other
    }

    static func of(_ word: String) -> Gender {
        if QuoteLexicon.maleWords.contains(word) { return .male }
        if QuoteLexicon.femaleWords.contains(word) { return .female }
        return .unknown
    }
}
