/// Who made the episode, as opposed to who the article quotes.
extension EpisodeNotes {
    /// A person credited for making the episode, with a role from the Podcasting 2.0 person taxonomy
    /// (`podcast:person` `group` and `role`, lowercase as the namespace writes them).
    public struct Maker: Equatable, Sendable {
        /// The person's name.
        public var name: String
        /// The taxonomy group: `writing`, `cast` or `creative direction`.
        public var group: String
        /// The taxonomy role: `author`, `narrator`, `host`, `voice actor` or `producer`.
        public var role: String
    }

    /// The authors, the narrator (once named), hosts heard, the voice actors cast per speaker and the show's
    /// producers, each once, in that order.
    public var makers: [Maker] {
        var makers: [Maker] = []
        func add(_ name: String, _ group: String, _ role: String) {
            let name = name.singleLine
            guard !name.isEmpty, !makers.contains(where: { $0.name == name && $0.role == role }) else { return }
            makers.append(Maker(name: name, group: group, role: role))
        }
        for author in episode.authors { add(author, "writing", "author") }
        if narratorIsNamed { add(narratorName, "cast", "narrator") }
        for person in peopleHeard where person.role == .host { add(person.name, "cast", "host") }
        for person in peopleHeard where person.role == .quoted || person.role == .source {
            if let actor = episode.speaker(id: person.id)?.voiceActor { add(actor, "cast", "voice actor") }
        }
        for producer in publication.producers { add(producer, "creative direction", "producer") }
        return makers
    }

    /// Who read the quoted words aloud, for "Quotations read by …": each quoted voice's actor when cast, synthetic
    /// voices where the takes are scratch ones, "voice actors not named here" for recorded voices nobody is credited
    /// for, and the narrator for quotes kept in the narrator's voice. Empty when the episode has no quotations.
    public var quotationReaders: [String] {
        var readers: [String] = []
        func add(_ reader: String) { if !reader.isEmpty, !readers.contains(reader) { readers.append(reader) } }
        let voiced = peopleHeard.filter { $0.role == .quoted || $0.role == .source }
        var uncredited = false
        for person in voiced {
            if let actor = episode.speaker(id: person.id)?.voiceActor?.singleLine, !actor.isEmpty {
                add(actor)
            } else if placedSegments.contains(where: { placed in
                placed.segment.speaker == person.id && (placed.timing.take?.contains(".scratch.") ?? false)
            }) {
                add("synthetic voices (scratch takes)")
            } else {
                uncredited = true
            }
        }
        // Recorded by someone the script does not name: said so, rather than leaving the narrator seeming to have
        // read every quotation.
        if uncredited { add("voice actors not named here") }
        let voicedIDs = Set(voiced.map(\.id))
        if episode.quotes.contains(where: { !voicedIDs.contains($0.speaker) }) {
            add(narratorIsNamed ? narratorName : "the narrator")
        }
        return readers
    }
}
