extension QuoteLexicon {
    /// Places that the narration names as where people are or come from ("a strategist from Florida"): a run of
    /// capitalised words that is exactly one of these is never a speaker. Lowercased, words joined by spaces.
    static let places: Set<String> = [
        // US states and the capital.
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming", "washington", "washington d.c",
        // Countries and regions.
        "afghanistan", "argentina", "australia", "austria", "belgium", "brazil", "britain", "canada", "chile",
        "china", "colombia", "cuba", "denmark", "egypt", "england", "europe", "finland", "france", "germany",
        "greece", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kenya",
        "lebanon", "libya", "mexico", "morocco", "netherlands", "new zealand", "nigeria", "north korea", "norway",
        "pakistan", "palestine", "peru", "poland", "portugal", "russia", "saudi arabia", "scotland", "south africa",
        "south korea", "spain", "sweden", "switzerland", "syria", "turkey", "ukraine", "venezuela", "vietnam",
        "wales", "yemen", "africa", "asia", "america", "latin america", "middle east",
        // Cities that datelines and "of …" phrases name most.
        "atlanta", "baltimore", "beijing", "berlin", "boston", "brussels", "cairo", "chicago", "cleveland",
        "dallas", "denver", "detroit", "dubai", "el paso", "houston", "istanbul", "jerusalem", "kabul", "las vegas",
        "london", "los angeles", "madrid", "manchester", "miami", "milwaukee", "moscow", "mumbai", "new delhi",
        "new orleans", "paris", "philadelphia", "phoenix", "pittsburgh", "rome", "san antonio", "san diego",
        "san francisco", "seattle", "seoul", "sydney", "tehran", "tokyo", "toronto", "baghdad", "damascus",
    ]

    /// Adjectives of nationality and party that a capitalised run may be but a speaker never is ("Chinese",
    /// "Democratic"); as nouns they are descriptions of people ("a Republican said"), handled elsewhere.
    static let demonyms: Set<String> = [
        "american", "british", "chinese", "french", "german", "russian", "japanese", "korean", "mexican",
        "canadian", "israeli", "palestinian", "iranian", "iraqi", "syrian", "saudi", "turkish", "indian",
        "pakistani", "afghan", "european", "african", "asian", "latino", "hispanic", "arab", "muslim", "christian",
        "jewish", "catholic", "evangelical", "democratic", "republican", "democrat", "democrats", "republicans",
        "conservative", "liberal", "progressive", "libertarian", "english", "scottish", "irish", "welsh", "italian",
        "spanish", "ukrainian", "egyptian", "cuban", "brazilian", "australian", "southern", "northern", "western",
        "eastern", "federal", "national", "international", "republican-led", "democratic-led",
    ]

    /// True when a capitalised run names a place or a nationality, not a person or a body that speaks.
    static func isPlaceOrDemonym(_ words: [String]) -> Bool {
        let key = words.joined(separator: " ").lowercased()
        if places.contains(key) { return true }
        return words.allSatisfy { demonyms.contains($0.lowercased()) }
            || words.last.map { word in
                ["-based", "-born", "-area", "-raised"].contains { word.lowercased().hasSuffix($0) }
            }
                == true
    }
}
