/// Turning the collected lines into an episode: metadata, sections, segment ids and speakers, quotes.
extension ScriptParser {
    mutating func resolve() -> ScriptParseResult {
        let speakers = readSpeakers()
        let show = readShow(speakers: speakers)
        let sectionList = resolveSections()
        let index = SpeakerIndex(speakers)
        var (segmentList, assigned) = resolveSegments(speakers: index, sections: sectionList, show: show)
        let quotes = resolveQuotes(speakers: index, segments: segmentList)
        reportMarkerFallbacks(in: index)
        segmentList.sort { $0.order < $1.order }
        var episode = Episode(
            version: version ?? ScriptRenderer.formatVersion, title: title ?? "",
            authors: metadataValue("By").map {
                ScriptText.split($0, at: ";").map { ScriptText.unescape($0.scriptTrimmed) }
            }
                ?? [],
            date: metadataValue("Date").map(ScriptText.unescape),
            category: metadataValue("Category").map(ScriptText.unescape),
            source: metadataValue("Source").map(ScriptText.unescape),
            image: metadataValue("Image").map(ScriptText.unescape),
            language: metadataValue("Language").map(ScriptText.unescape), show: show, sections: sectionList,
            speakers: speakers, segments: segmentList.map(\.segment), quotes: quotes
        )
        episode.credits = episode.segments.filter { $0.kind == .credits }.map(\.text)
        episode.pronunciations = readPronunciations()
        assigned.sort { $0.line < $1.line }
        problems.sort { $0.line < $1.line }
        var result = ScriptParseResult(
            episode: episode, problems: problems, assignedIDs: assigned, assignedSectionIDs: assignedSections)
        result.cueLines = segmentList.map { .init(line: $0.line, id: $0.segment.id) }
        return result
    }

    func metadataValue(_ key: String) -> String? { metadata[key]?.value }

    mutating func readShow(speakers: [Speaker]) -> ShowConfiguration {
        var show = ShowConfiguration()
        let known = [
            "By", "Date", "Category", "Source", "Image", "Language", "Show", "Words per minute", "Intro template",
            "Outro template", "Estimated time",
        ]
        for (key, entry) in metadata where !known.contains(key) {
            problem(entry.line, "unknown episode detail “\(key)”: the details are " + known.joined(separator: ", "))
        }
        if let name = metadataValue("Show") { show.name = ScriptText.unescape(name) }
        if let intro = metadataValue("Intro template") { show.introTemplate = ScriptText.unescape(intro) }
        if let outro = metadataValue("Outro template") { show.outroTemplate = ScriptText.unescape(outro) }
        if let entry = metadata["Words per minute"] {
            if let pace = Double(entry.value), pace.isFinite, pace >= 1 {
                show.wordsPerMinute = pace
            } else {
                problem(entry.line, "words per minute “\(entry.value)” is not a number of 1 or more")
            }
        }
        if let narrator = speakers.first(where: { $0.role == .narrator }) { show.narratorName = narrator.name }
        show.voices = Dictionary(uniqueKeysWithValues: speakers.compactMap { s in s.voice.map { (s.id, $0) } })
        return show
    }

    mutating func resolveSections() -> [Section] {
        var used: [String: Int] = [:]
        for section in sections {
            guard let id = section.id else { continue }
            if !Self.isValidID(id) {
                problem(
                    section.line,
                    "section id “\(id)” " + Self.invalidIDReason(id))
            } else if let first = used[id] {
                problem(
                    section.line,
                    "duplicate section id “\(id)” (also on line \(first)): delete this marker "
                        + "to make it a new section")
            } else {
                used[id] = section.line
            }
        }
        var next = 1 + used.keys.compactMap(SectionID.number(of:)).reduce(0, max)
        return sections.map { section in
            if let id = section.id, used[id] == section.line { return Section(id: id, title: section.title) }
            defer { next += 1 }
            let id = SectionID.numbered(next)
            if section.isUnmarked { assignedSections.append(.init(line: section.line, id: id)) }
            return Section(id: id, title: section.title)
        }
    }

    /// A segment with its position in the script, so it can be put back in order after ids are assigned.
    struct Placed {
        var order: Int
        var line: Int
        var segment: Segment
    }

    mutating func resolveSegments(
        speakers: SpeakerIndex, sections sectionList: [Section], show: ShowConfiguration
    ) -> ([Placed], [ScriptParseResult.AssignedID]) {
        var placed: [Placed] = []
        var used: [String: Int] = [:]
        var missing: [Int] = []
        for (order, raw) in segments.enumerated() {
            let line = raw.cue.line
            guard raw.section >= 0 else {
                problem(line, "segment outside any section: put a “## Section” heading above it")
                continue
            }
            guard let speakerID = resolveSpeaker(raw.cue.name, marker: raw.cue.speaker, in: speakers, line: line),
                let speaker = speakers.speaker(id: speakerID)
            else { continue }
            let text = ScriptText.unescape(raw.textLines.joined(separator: " "))
            let kind = Self.kind(raw.cue.kind, for: speaker.role)
            var segment = Segment(
                id: raw.cue.id ?? "", section: sectionList[raw.section].id, speaker: speakerID, kind: kind, text: text,
                estimatedSeconds: ReadingTime.seconds(for: text, wordsPerMinute: show.wordsPerMinute),
                source: raw.cue.source, pauseAfterSeconds: raw.pause, take: raw.take, musicBefore: raw.music)
            if let id = raw.cue.id {
                if !Self.isValidID(id) {
                    problem(line, "segment id “\(id)” \(Self.invalidIDReason(id))")
                } else if let first = used[id] {
                    problem(
                        line,
                        "duplicate segment id “\(id)” (also on line \(first)): if you copied a cue, "
                            + "delete the copy's `id` to get a fresh one")
                } else {
                    used[id] = line
                }
            } else {
                missing.append(placed.count)
            }
            segment.estimatedSeconds = ReadingTime.seconds(for: text, wordsPerMinute: show.wordsPerMinute)
            placed.append(Placed(order: order, line: line, segment: segment))
        }
        var assigned: [ScriptParseResult.AssignedID] = []
        for index in missing {
            let section = placed[index].segment.section
            var number = 1
            while used[SegmentID.added(section: section, number: number).rawValue] != nil { number += 1 }
            let id = SegmentID.added(section: section, number: number).rawValue
            used[id] = placed[index].line
            placed[index].segment.id = id
            assigned.append(ScriptParseResult.AssignedID(line: placed[index].line, id: id))
        }
        return (placed, assigned)
    }

    /// The kind a segment has once its speaker is known. A quote given to the narrator becomes narration, and
    /// narration given to a quoted speaker becomes a quote; a new cue without a marker is one or the other.
    static func kind(_ marked: Segment.Kind?, for role: Speaker.Role) -> Segment.Kind {
        let narrates = role == .narrator || role == .host
        switch marked {
        case nil: return narrates ? .narration : .quote
        case .quote? where narrates: return .narration
        case .narration? where !narrates: return .quote
        case let kind?: return kind
        }
    }
}
