import Foundation

/// Who is heard in the episode and who is only mentioned.
extension EpisodeNotes {
    /// A person (or unnamed source) in the show notes.
    public struct Person: Equatable, Sendable {
        /// The speaker id.
        public var id: String
        /// The name as listeners read it.
        public var name: String
        /// The speaker's part.
        public var role: Speaker.Role
        /// Their title or description from the article ("Japan's ambassador to London").
        public var title: String?
        /// Who or what voices them, if cast.
        public var voice: String?
        /// When they are first heard, in seconds (`nil` for people only mentioned).
        public var firstHeard: Double?

        /// "narrator", "host" or the title: what the notes print after the name; `nil` when it would only repeat
        /// the name ("Narrator — narrator", "a harbour official — a harbour official").
        public var roleDescription: String? {
            let description: String? =
                switch role {
                case .narrator: "narrator"
                case .host: "host"
                case .quoted, .source: title.map(\.singleLine)
                }
            guard let description, !description.isEmpty, Self.comparable(description) != Self.comparable(name) else {
                return nil
            }
            return description
        }

        /// Text as compared for saying the same: case, accents, an article in front and punctuation ignored.
        static func comparable(_ text: String) -> String {
            let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            var words = folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            if let first = words.first, ["a", "an", "the"].contains(first) { words.removeFirst() }
            return words.joined(separator: " ")
        }
    }

    /// Everyone whose voice is heard, in order of first appearance: narrator and host first, then quoted voices.
    public var peopleHeard: [Person] {
        var seen: [String: Double] = [:]
        var order: [String] = []
        for (segment, timing) in placedSegments where seen[segment.speaker] == nil {
            seen[segment.speaker] = timing.start
            order.append(segment.speaker)
        }
        let people = order.map { person(id: $0, firstHeard: seen[$0]) }
        let readers = people.filter { $0.role == .narrator || $0.role == .host }
        return readers + people.filter { $0.role != .narrator && $0.role != .host }
    }

    /// People the article quotes or names but who are never given a voice: speakers of partial quotes kept in the
    /// narrator's voice, and speakers the script lists without lines.
    public var peopleMentioned: [Person] {
        let heard = Set(placedSegments.map(\.segment.speaker))
        var order: [String] = []
        for quote in episode.quotes where !heard.contains(quote.speaker) && !order.contains(quote.speaker) {
            order.append(quote.speaker)
        }
        for speaker in episode.speakers where !heard.contains(speaker.id) && !order.contains(speaker.id) {
            order.append(speaker.id)
        }
        return order.compactMap { id in
            guard let speaker = episode.speaker(id: id), speaker.role == .quoted || speaker.role == .source else {
                return nil
            }
            return person(id: speaker.id, firstHeard: nil)
        }
    }

    /// Whether the narrator has a name of their own, not the placeholder "Narrator" a new show starts with.
    public var narratorIsNamed: Bool {
        let name = narratorName
        return !name.isEmpty && name.lowercased() != "narrator"
    }

    /// The narrator's display name.
    public var narratorName: String {
        episode.narrator.map { speakerName($0.id) } ?? episode.show.narratorName.singleLine
    }

    private func person(id: String, firstHeard: Double?) -> Person {
        let speaker = episode.speaker(id: id)
        let voice = speaker?.voice ?? episode.show.voices[id]
        return Person(
            id: id, name: speakerName(id), role: speaker?.role ?? .quoted, title: speaker?.title,
            voice: voice.map(\.singleLine), firstHeard: firstHeard)
    }
}
