extension QuoteLexicon {
    /// Common first names that are clearly male, lowercased. Names used for both (Sam, Alex, Jordan) are left out:
    /// a wrong gender would send "she said" to the wrong person, an unknown one only weakens the choice.
    static let maleFirstNames: Set<String> = [
        "aaron", "abdul", "adam", "adrian", "ahmed", "alan", "albert", "alexander", "ali", "alistair", "andrew",
        "angus", "anthony", "antonio", "arthur", "barry", "ben", "benjamin", "bernard", "bill", "bob", "boris",
        "brendan", "brian", "bruce", "callum", "carl", "carlos", "charles", "christopher", "clive", "colin", "connor",
        "craig", "daniel", "darren", "david", "dean", "declan", "dennis", "derek", "dmitri", "donald", "douglas",
        "duncan", "edward", "emmanuel", "eric", "ewan", "felix", "fernando", "francis", "frank", "fraser", "gareth",
        "gary", "gavin", "geoffrey", "george", "gerald", "giovanni", "gordon", "graham", "greg", "gregory", "hamish",
        "harold", "harry", "henry", "hugh", "hugo", "iain", "ian", "ibrahim", "igor", "isaac", "ivan", "jack", "jacob",
        "jake", "james", "jamie", "jason", "javier", "jeremy", "jim", "joe", "john", "jonathan", "jorge", "jose",
        "joseph", "juan", "julian", "justin", "karl", "keith", "kenneth", "kevin", "kofi", "kwame", "lars", "lee",
        "leon", "liam", "luis", "luke", "malcolm", "marco", "mark", "martin", "matthew", "michael", "miguel",
        "mohammed", "muhammad", "nathan", "neil", "nicholas", "nigel", "oliver", "omar", "oscar", "owen", "patrick",
        "paul", "pedro", "peter", "philip", "pierre", "rajesh", "ralph", "raymond", "richard", "robert", "roger",
        "ronald", "rory", "russell", "ryan", "samuel", "scott", "sean", "sergei", "simon", "stephen", "steven",
        "stuart", "terry", "thomas", "tim", "timothy", "tom", "tomás", "tomasz", "tony", "trevor", "victor", "vincent",
        "vladimir", "walter", "wayne", "william", "yusuf", "zach",
    ]

    /// Common first names that are clearly female, lowercased.
    static let femaleFirstNames: Set<String> = [
        "abigail", "ada", "agnes", "aisha", "alice", "alicia", "alison", "amanda", "amara", "amelia", "amy", "ana",
        "anastasia", "andrea", "angela", "anita", "ann", "anna", "anne", "annie", "barbara", "beatrice", "beth",
        "bethany", "brenda", "bridget", "camilla", "carla", "carol", "caroline", "catherine", "charlotte", "chloe",
        "christine", "claire", "clara", "deborah", "denise", "diana", "diane", "dolores", "donna", "dorothy", "eleanor",
        "elena", "elizabeth", "ellen", "emily", "emma", "esther", "eva", "eve", "fatima", "fiona", "frances", "gemma",
        "georgia", "grace", "hannah", "harriet", "heather", "helen", "ines", "ingrid", "irene", "isabel", "isla",
        "jane", "janet", "jennifer", "jessica", "joan", "joanne", "josephine", "judith", "julia", "julie", "karen",
        "katherine", "kathleen", "kate", "keisha", "kerry", "laura", "lauren", "leah", "linda", "lisa", "lorna",
        "louise", "lucy", "lydia", "maggie", "margaret", "marguerite", "maria", "marie", "marta", "martha", "mary",
        "maureen", "megan", "melissa", "mia", "michelle", "miriam", "monica", "morag", "nadia", "nancy", "natalie",
        "natasha", "nia", "nicola", "niamh", "nina", "olga", "olivia", "pamela", "patricia", "paula", "penelope",
        "priya", "rachel", "rebecca", "rita", "rosa", "rose", "ruth", "samantha", "sandra", "sarah", "sharon",
        "sheila", "sophie", "stephanie", "sunita", "susan", "tessa", "theresa", "tina", "valerie", "vanessa",
        "victoria", "wendy", "yvonne", "zoe",
    ]

    /// The gender a first name suggests, if it clearly suggests one.
    static func gender(ofFirstName name: String) -> Gender {
        let lower = name.lowercased()
        if maleFirstNames.contains(lower) { return .male }
        if femaleFirstNames.contains(lower) { return .female }
        return .unknown
    }
}
