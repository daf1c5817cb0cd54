/// The closed word lists quote attribution leans on: speech verbs, titles, role nouns and gendered words.
///
/// Lists rather than a model keep the analysis fast, predictable and explainable; every entry is lowercase.
enum QuoteLexicon {
    /// Verbs that introduce or close reported speech ("said", "told", "added").
    static let speechVerbs: Set<String> = expand([
        "say", "said", "tell", "told", "add", "ask", "explain", "note", "insist", "argue", "warn", "reply",
        "replied", "replies", "recall", "continue", "write", "wrote", "writes", "written", "state", "declare",
        "admit", "admitted", "acknowledge", "concede", "claim", "suggest", "remark", "observe", "laugh", "shout",
        "whisper", "joke", "stress", "emphasise", "emphasize", "caution", "counter", "respond", "answer",
        "announce", "confirm", "promise", "predict", "complain", "muse", "sigh", "conclude", "tweet", "post",
        "recount", "vow", "urge", "boast", "quip", "quipped", "snap", "snapped", "retort", "exclaim", "cry",
        "cried", "cries", "testify", "testified", "testifies", "report", "reveal", "protest", "plead", "pledge",
        "agree", "deny", "denied", "denies", "assure", "reflect", "begin", "began", "mutter", "scoff", "sob",
        "chuckle", "yell", "text", "sing", "sang", "sung", "recite", "texted", "wonder",
        "put", "puts", "tells", "says",
        // The livelier verbs of features and sports copy: "“This is fantastic!” beamed …".
        "beam", "gush", "enthuse", "marvel", "lament", "scold", "chide", "interject", "interrupt", "assert", "allege",
        "contend", "groan", "grumble", "hiss", "chant", "rave", "fume", "bellow", "holler", "scream", "murmur",
        "demand", "implore", "beg", "tease", "mock", "inform", "advise", "concur", "opine", "reason", "speculate",
    ])

    /// Verbs of judgement or belief that frame a partial quote ("called it …", "believes that …").
    static let framingVerbs: Set<String> = expand([
        "call", "describe", "believe", "think", "thought", "hope", "dismiss", "label", "labelled", "brand",
        "term", "praise", "accuse", "consider", "feel", "felt", "find", "found", "see", "saw", "hail", "condemn",
        "criticise", "criticize", "welcome", "characterise", "characterize", "refer", "referred", "insist",
        "thank", "congratulate", "apologise", "apologize", "dub", "dubbed", "nickname",
    ])

    /// Auxiliaries and adverbs that may sit between a subject and its verb ("has also said").
    static let auxiliaries: Set<String> = [
        "has", "had", "have", "was", "were", "is", "are", "would", "will", "also", "later", "then", "once",
        "previously", "recently", "has also", "did", "does", "do", "had", "then", "quickly", "simply", "just",
        "again", "still", "often", "always", "never", "not", "been", "be", "could", "might", "may", "should",
    ]

    /// Titles and honorifics that come before a name.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "ambassador", "senator", "sen", "rep", "representative", "gov", "governor", "mayor", "minister",
        "chancellor", "judge", "justice", "captain", "capt", "coach", "councillor", "councilor", "councilwoman",
        "councilman", "secretary", "general", "gen", "lt", "col", "colonel", "sgt", "sergeant", "inspector",
        "detective", "rev", "reverend", "father", "sister", "bishop", "archbishop", "pope", "king", "queen",
        "prince", "princess", "speaker", "chief", "officer", "commissioner", "manager", "sheriff", "director",
        "premier", "chairman", "chairwoman", "superintendent", "constable", "pc", "dc", "det", "supt", "baroness",
    ]

    /// Nouns that name a person by role; a determiner plus one of these is a description ("the diplomat").
    static let roleNouns: Set<String> = expandPlurals([
        "diplomat", "ambassador", "official", "officer", "spokesman", "spokeswoman", "spokesperson", "minister",
        "president", "leader", "councillor", "councilor", "mayor", "governor", "senator", "nurse", "doctor",
        "sister", "partner", "reader", "source", "campaigner", "economist", "analyst", "expert", "researcher",
        "scientist", "professor", "teacher", "student", "resident", "worker", "driver", "owner", "manager", "coach",
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "player", "captain", "chief", "director",
        "executive", "chairman", "chairwoman", "chair", "editor", "reporter", "correspondent", "writer", "author",
        "lawyer", "barrister", "solicitor", "prosecutor", "judge", "defendant", "witness", "victim", "mother",
        "father", "wife", "husband", "son", "daughter", "brother", "friend", "neighbour", "neighbor", "farmer",
        "trader", "businessman", "businesswoman", "entrepreneur", "founder", "secretary", "aide", "adviser",
        "advisor", "candidate", "voter", "fan", "supporter", "member", "parent", "pupil", "soldier", "commander",
        "general", "detective", "inspector", "firefighter", "paramedic", "surgeon", "pharmacist", "engineer",
        "architect", "artist", "potter", "ceramicist", "archivist", "musician", "singer", "actor", "actress",
        "historian", "critic", "activist", "organiser", "organizer", "volunteer", "insider", "employee", "staffer",
        "guard", "pilot", "vicar", "priest", "bishop", "imam", "rabbi", "queen", "king", "prince", "princess",
        "envoy", "negotiator", "man", "woman", "boy", "girl", "official", "veteran", "landlord", "tenant",
        "shopkeeper", "baker", "chef", "officer", "spokesperson", "commentator", "pundit", "head", "boss",
        "headteacher", "principal", "midwife", "carer", "caregiver", "scot", "welshman", "welshwoman", "irishman",
        "englishman", "frenchman", "american", "briton", "australian", "canadian", "veteran", "mp", "lawmaker",
        "legislator", "congressman", "congresswoman", "representative", "premier", "ceo", "chancellor",
        "consultant", "planner", "investor", "banker", "inmate", "prisoner", "survivor", "patient", "customer",
        "passenger", "commuter", "shopper", "parishioner", "colleague", "deputy", "administrator",
        "treasurer", "superintendent", "constable", "sergeant", "academic", "lecturer", "dean", "graduate",
        "person", "family", "postman", "postwoman", "plumber", "electrician", "builder", "cleaner", "waiter",
        "waitress", "librarian", "butcher", "mechanic", "porter", "miner", "fisherman", "sailor", "farmworker",
        "petitioner", "protester", "demonstrator", "spokesperson", "opponent", "rival", "predecessor", "successor",
        "client", "spokesman", "substitute", "winger", "forward", "skipper", "referee", "umpire", "rider", "runner",
        "athlete",
        "swimmer", "cyclist", "boxer", "golfer", "stylist", "designer", "developer", "programmer", "photographer",
        // American political and court copy: "said GOP strategist …", "a Nevada Democrat", "his attorney".
        "democrat", "republican", "strategist", "pollster", "operative", "donor", "delegate", "surrogate",
        "lobbyist", "attorney", "counsel", "advocate", "scholar", "columnist", "blogger", "host", "anchor",
        "moderator", "comedian", "constituent", "ally", "nominee", "contender", "challenger", "incumbent",
        "politician", "journalist", "sheriff", "trooper", "agent", "pastor", "physician", "psychologist",
        "therapist", "retiree", "homeowner", "child", "kid", "teenager", "publicist", "producer", "filmmaker",
        "novelist", "poet",
    ])

    /// Bodies that speak through statements: "the airline said", "the council said". Never "he" or "she".
    static let institutionNouns: Set<String> = [
        "airline", "company", "firm", "council", "ministry", "department", "government", "police", "club", "agency",
        "charity", "union", "university", "hospital", "trust", "school", "party", "bank", "board", "commission",
        "regulator", "watchdog", "retailer", "carrier", "broadcaster", "newspaper", "network", "team", "league",
        "association", "federation", "organisation", "organization", "authority", "campaign", "committee",
        "embassy", "administration", "army", "military", "operator", "supermarket", "manufacturer", "insurer",
        "airport", "utility", "startup", "publisher", "label", "studio", "court", "force", "service", "group",
        "companies", "firms", "councils", "airlines", "banks", "unions", "charities",
    ]

    /// Words that mark a person as male.
    static let maleWords: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "father", "husband", "son", "brother", "man", "boy", "spokesman",
        "chairman", "businessman", "councilman", "congressman", "uncle", "nephew", "grandfather", "dad",
        "he", "him", "his", "himself", "actor", "welshman", "irishman", "englishman", "frenchman",
    ]

    /// Words that mark a person as female.
    static let femaleWords: Set<String> = [
        "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "mother", "wife", "daughter", "sister", "woman",
        "girl", "spokeswoman", "chairwoman", "businesswoman", "councilwoman", "congresswoman", "aunt", "niece",
        "grandmother", "mum", "mom", "she", "her", "hers", "herself", "actress", "baroness", "welshwoman",
    ]

    /// Determiners that open a description of an unnamed person.
    static let determiners: Set<String> = [
        "a", "an", "the", "one", "another", "his", "her", "their", "our", "its", "this", "that", "my", "your",
    ]

    /// Capitalised words that start sentences or name things, never people.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "however", "it", "this", "that", "these", "those", "he",
        "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "its", "asked", "after", "before",
        "when", "while", "if", "as", "for", "from", "with", "without", "across", "according", "every", "each",
        "some", "many", "most", "not", "nobody", "no", "yes", "so", "then", "now", "today", "tonight",
        "yesterday", "last", "next", "here", "there", "what", "why", "how", "who", "where", "both", "even",
        "also", "still", "just", "only", "opening", "speaking", "during", "since", "until", "although", "though",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "to", "of", "by", "or", "nor", "yet", "all", "any", "such", "one", "two", "three", "four", "five",
        "other", "others", "people", "everyone", "everybody", "nothing", "something", "anything", "ask", "tell",
        "meanwhile", "instead", "nevertheless", "similarly", "indeed", "still", "later", "earlier", "update",
        "editor’s", "editor's", "note", "photo", "photograph", "related", "read", "share", "tags", "correction",
    ]

    /// Words inside a capitalised run that make it an organisation or a place rather than a person.
    static let organisationWords: Set<String> = [
        "council", "party", "university", "court", "energy", "inc", "ltd", "plc", "trust", "gallery", "stadium",
        "bridge", "street", "road", "ward", "archive", "books", "press", "college", "club", "house", "senate",
        "office", "department", "ministry", "agency", "security", "nations", "states", "union", "bank", "group",
        "news", "times", "herald", "chronicle", "courier", "city", "county", "school", "hospital", "nhs",
        "committee", "commission", "government", "institute", "foundation", "company", "corporation", "league",
        "cup", "united", "fc", "airport", "station", "river", "lake", "park", "square", "avenue", "lane",
        "north", "south", "east", "west", "korea", "japan", "america", "china", "britain", "england", "europe",
        "parliament", "congress", "assembly", "forces", "army", "navy", "police", "service", "board", "centre",
        "center", "museum", "theatre", "theater", "church", "cathedral", "hall", "market", "festival", "awards",
    ]

    /// Adds the usual inflections to verb stems so the list stays readable.
    private static func expand(_ stems: [String]) -> Set<String> {
        var words = Set<String>()
        for stem in stems {
            words.insert(stem)
            // "…, saying", "with Marrow singing": the participle introduces speech too.
            if stem.hasSuffix("e") && !stem.hasSuffix("ee") {
                words.insert(String(stem.dropLast()) + "ing")
            } else if !stem.hasSuffix("ed")
                && !["said", "told", "wrote", "sang", "sung", "began", "thought"].contains(stem)
            {
                words.insert(stem + "ing")
            }
            if stem.hasSuffix("e") {
                words.insert(stem + "s")
                words.insert(stem + "d")
            } else if stem.hasSuffix("ss") || stem.hasSuffix("sh") || stem.hasSuffix("ch") || stem.hasSuffix("x") {
                words.insert(stem + "es")
                words.insert(stem + "ed")
            } else {
                words.insert(stem + "s")
                words.insert(stem + "ed")
            }
        }
        return words
    }

    private static func expandPlurals(_ nouns: [String]) -> Set<String> {
        var words = Set(nouns)
        for noun in nouns {
            if noun.hasSuffix("man") {
                words.insert(String(noun.dropLast(3)) + "men")
            } else if noun.hasSuffix("y"), !noun.hasSuffix("ey") {
                words.insert(String(noun.dropLast()) + "ies")
            } else if noun.hasSuffix("s") || noun.hasSuffix("ch") {
                words.insert(noun + "es")
            } else {
                words.insert(noun + "s")
            }
        }
        return words
    }
}
