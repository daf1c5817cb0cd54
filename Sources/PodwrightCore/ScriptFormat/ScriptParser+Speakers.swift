/// Reading the speakers table and resolving the names in cues and quote rows to speakers.
extension ScriptParser {
    /// The columns of the speakers table; `id`, `name` and `role` are required.
    /// `voice actor` (who reads the speaker's words, for the credits) is optional and written only when one is set.
    static let speakerColumns = ["id", "name", "role", "title", "aliases", "voice", "voice actor"]

    /// The speakers in the table, with a problem for each bad row.
    mutating func readSpeakers() -> [Speaker] {
        guard let header = speakerRows.first else {
            problem(1, "the script has no speakers table: add “## Speakers <!-- speakers -->” with a row per speaker")
            return []
        }
        let columns = header.cells.map { $0.lowercased() }
        for column in columns where !Self.speakerColumns.contains(column) {
            problem(
                header.line,
                "unknown speakers column “\(column)”: the columns are "
                    + Self.speakerColumns.joined(separator: ", "))
        }
        for required in ["id", "name", "role"] where !columns.contains(required) {
            problem(header.line, "the speakers table needs a “\(required)” column")
        }
        var speakers: [Speaker] = []
        var lines: [String: Int] = [:]
        for row in speakerRows.dropFirst() {
            var cell: [String: String] = [:]
            for (column, value) in zip(columns, row.cells) { cell[column] = value }
            if row.cells.count != columns.count {
                problem(row.line, "this row has \(row.cells.count) cells but the table has \(columns.count) columns")
            }
            let name = ScriptText.unescape(cell["name"] ?? "")
            var id = ScriptText.unescape(cell["id"] ?? "")
            if id.isEmpty { id = Self.slug(name) }
            guard !name.isEmpty else {
                problem(row.line, "speaker “\(id)” has no name")
                continue
            }
            guard Self.isValidID(id) else {
                problem(
                    row.line,
                    "speaker id “\(id)” " + Self.invalidIDReason(id))
                continue
            }
            let written = (cell["role"] ?? "").lowercased()
            let role: Speaker.Role
            if let known = Speaker.Role(rawValue: written) {
                role = known
            } else {
                // The row stays a speaker under the nearest role, so its cues and quotes still resolve and the
                // producer sees this one error instead of one per line that names the speaker.
                problem(
                    row.line,
                    "speaker “\(id)” has role “\(cell["role"] ?? "")”: use "
                        + Speaker.Role.allCases.map(\.rawValue).joined(separator: ", "))
                role = Self.nearestRole(to: written)
            }
            if let first = lines[id] {
                problem(
                    row.line,
                    "duplicate speaker id “\(id)” (also on line \(first)): give one a new id, or "
                        + "merge them by deleting one row and adding its name to the other's aliases")
                continue
            }
            lines[id] = row.line
            let aliases = ScriptText.split(cell["aliases"] ?? "", at: ";")
                .map { ScriptText.unescape($0.scriptTrimmed) }.filter { !$0.isEmpty }
            let title = ScriptText.unescape(cell["title"] ?? "")
            let voice = ScriptText.unescape(cell["voice"] ?? "")
            let actor = ScriptText.unescape(cell["voice actor"] ?? "")
            speakers.append(
                Speaker(
                    id: id, name: name, aliases: aliases, role: role,
                    title: title.isEmpty ? nil : title, voice: voice.isEmpty ? nil : voice,
                    voiceActor: actor.isEmpty ? nil : actor))
        }
        if !speakers.contains(where: { $0.role == .narrator }) {
            problem(header.line, "the speakers table needs a narrator: a row with role “narrator”")
        }
        return speakers
    }

    /// The role a mistyped one most likely meant ("quotedd" → quoted), by edit distance; `quoted` when none is close.
    static func nearestRole(to written: String) -> Speaker.Role {
        let scored = Speaker.Role.allCases.map { ($0, editDistance(Array(written), Array($0.rawValue))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 3 else { return .quoted }
        return best.0
    }

    /// Levenshtein distance between two short words.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The speaker a cue or quote row means.
    ///
    /// An exact id wins, then a unique name or alias (case-insensitive). When the name matches nobody, the id in the
    /// line's marker is used: that is how renaming a speaker in the table carries through without editing every cue.
    /// - Returns: The speaker's id, or `nil` after reporting a problem.
    mutating func resolveSpeaker(_ name: String, marker: String?, in speakers: SpeakerIndex, line: Int) -> String? {
        // Cues are often typed radio-style, "NAME:"; the colon is only dropped when the name as written means nobody.
        var candidates = [name]
        if name.hasSuffix(":") { candidates.append(String(name.dropLast()).scriptTrimmed) }
        for candidate in candidates {
            let matches = speakers.matches(candidate)
            if let marker, matches.contains(where: { $0.id == marker }) { return marker }
            if let exact = matches.first(where: { $0.id == candidate }) { return exact.id }
            if matches.count == 1 { return matches[0].id }
            if matches.count > 1 {
                problem(
                    line,
                    "“\(name)” names more than one speaker (\(matches.map(\.id).joined(separator: ", "))): "
                        + "write the speaker's id instead")
                return nil
            }
        }
        if let marker, speakers.contains(id: marker) {
            markerFallbacks["\(name)\u{0}\(marker)", default: []].append(line)
            return marker
        }
        problem(
            line,
            "unknown speaker “\(name)”: add a row to the speakers table or use one of "
                + shortList(speakers.speakers.map { "“\($0.name)”" }, showing: 10))
        return nil
    }

    /// One warning per name that matched nobody but was read through its marker: after a rename that is expected,
    /// after a typo it is not, so the producer gets to see it.
    mutating func reportMarkerFallbacks(in speakers: SpeakerIndex) {
        for (key, lines) in markerFallbacks {
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let speaker = speakers.speaker(id: parts[1])
            let more = lines.count > 1 ? " (and on \(lines.count - 1) more lines)" : ""
            problem(
                lines[0],
                "“\(parts[0])” names no speaker in the table\(more); read as \(parts[1]) "
                    + "(\(speaker?.name ?? parts[1])) from the hidden marker. Expected after renaming a speaker; if you "
                    + "meant someone else, use a name from the speakers table", .warning)
        }
    }

    /// How names compare: case-insensitive, spaces collapsed.
    static func nameKey(_ name: String) -> String {
        name.uppercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Ids name take files (`takes/<id>.wav`), so they stay to safe file-name characters.
    /// Why `isValidID` refuses `id`, in words that fit it.
    static func invalidIDReason(_ id: String) -> String {
        if !id.isEmpty, isValidID("x" + id) { return "may not start with “.”: begin it with a letter or a digit" }
        return "may hold only letters, digits, “-”, “_” and “.”"
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "-_.".unicodeScalars.contains(scalar))
            } && !id.hasPrefix(".")
    }

    /// A speaker id made from a name: `Koji Tsuruoka` → `koji-tsuruoka`.
    static func slug(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "speaker" : result
    }
}
