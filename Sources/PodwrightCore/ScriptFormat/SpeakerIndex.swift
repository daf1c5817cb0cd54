/// The speakers table indexed the ways a cue or quote row can name a speaker: by id, and by the ``ScriptParser``
/// name key of each name and alias. Built once per script, so resolving every cue costs the same however many
/// speakers the table holds (a scan per cue made a script with 10,000 speakers take minutes to check).
struct SpeakerIndex {
    let speakers: [Speaker]
    private var byID: [String: Int] = [:]
    private var byKey: [String: [Int]] = [:]

    init(_ speakers: [Speaker]) {
        self.speakers = speakers
        for (index, speaker) in speakers.enumerated() {
            if byID[speaker.id] == nil { byID[speaker.id] = index }
            var keys = [ScriptParser.nameKey(speaker.name)]
            for alias in speaker.aliases {
                let key = ScriptParser.nameKey(alias)
                if !keys.contains(key) { keys.append(key) }
            }
            for key in keys { byKey[key, default: []].append(index) }
        }
    }

    /// The speaker with this id.
    func speaker(id: String) -> Speaker? { byID[id].map { speakers[$0] } }

    /// Whether a speaker has this id.
    func contains(id: String) -> Bool { byID[id] != nil }

    /// Every speaker `candidate` could mean, in table order: its id is `candidate` or the slug of it, or its name
    /// or an alias has the same name key.
    func matches(_ candidate: String) -> [Speaker] {
        var indices = Set(byKey[ScriptParser.nameKey(candidate)] ?? [])
        if let index = byID[candidate] { indices.insert(index) }
        if let index = byID[ScriptParser.slug(candidate)] { indices.insert(index) }
        return indices.sorted().map { speakers[$0] }
    }
}
