public import Foundation

/// Reads and writes an episode folder: `script.md` (the source of truth once written), `episode.json` (the manifest
/// later stages read), `article.txt` (the body every source range points into) and `recording-sheet.md`.
public enum EpisodeStore {
    /// The episode in `folder`: from `script.md` when it is newer than `episode.json` (or the manifest is missing),
    /// else from `episode.json`.
    /// - Parameter folder: The episode folder.
    /// - Returns: The episode.
    /// - Throws: ``EpisodeStoreError`` when neither file exists, one cannot be read, or the script has errors.
    public static func load(_ folder: EpisodeFolder) throws(EpisodeStoreError) -> Episode {
        let manager = FileManager.default
        let hasScript = manager.fileExists(atPath: folder.script.path)
        let hasManifest = manager.fileExists(atPath: folder.manifest.path)
        if hasScript && (!hasManifest || modified(folder.script) > modified(folder.manifest)) {
            let result = try readScript(folder)
            if result.hasErrors { throw .scriptProblems(result.errors) }
            // An id invented here would never be written back, so it could shift when a cue is added above and a
            // recorded take would play under other words: only `check` gives ids, and writes them into the script.
            if !result.assignedIDs.isEmpty || !result.assignedSectionIDs.isEmpty {
                throw .unstampedIDs(
                    folder.url.path, lines: (result.assignedSectionIDs + result.assignedIDs).map(\.line).sorted())
            }
            return result.episode
        }
        guard hasManifest else { throw .missing(folder.url.path) }
        var episode = try readManifest(folder)
        try applyShowPronunciations(to: &episode, folder: folder)
        return episode
    }

    /// Gives `episode` the pronunciations of the `show.json` it is made with now (``ShowFolder/showFile(for:)``),
    /// so an override added to the show reaches every episode; without one, those stored at `script` time stay.
    /// - Throws: ``EpisodeStoreError/unreadable(_:_:)`` when that `show.json` cannot be read.
    static func applyShowPronunciations(to episode: inout Episode, folder: EpisodeFolder) throws(EpisodeStoreError) {
        guard let file = ShowFolder.showFile(for: folder) else { return }
        do {
            episode.show.pronunciations = try ShowConfiguration.load(from: file).pronunciations
        } catch {
            throw .unreadable(error.path, error.reason + "; mend it and run the command again")
        }
    }

    /// Parses the folder's `script.md`. What the article's page said that the script does not show (its image and
    /// language) is kept from `episode.json`, and the show's pronunciations come from its `show.json`.
    /// - Parameters:
    ///   - folder: The episode folder.
    ///   - name: How problems name the file; the script's path by default.
    /// - Throws: ``EpisodeStoreError`` when the script or the show's `show.json` cannot be read.
    public static func readScript(
        _ folder: EpisodeFolder, name: String? = nil
    ) throws(EpisodeStoreError)
        -> ScriptParseResult
    {
        var result = ScriptParser.parse(try readScriptText(folder), file: name ?? folder.script.path)
        try complete(&result.episode, folder: folder)
        return result
    }

    /// Gives an episode parsed from the folder's script what the script does not show: the article page's image and
    /// language from `episode.json`, and the show's pronunciations (``applyShowPronunciations(to:folder:)``).
    /// - Throws: ``EpisodeStoreError/unreadable(_:_:)`` when the show's `show.json` cannot be read.
    public static func complete(_ episode: inout Episode, folder: EpisodeFolder) throws(EpisodeStoreError) {
        if let manifest = try? readManifest(folder) {
            episode.image = episode.image ?? manifest.image
            episode.language = episode.language ?? manifest.language
            episode.show.pronunciations = manifest.show.pronunciations
        }
        try applyShowPronunciations(to: &episode, folder: folder)
    }

    /// The text of the folder's `script.md`, without a byte-order mark.
    /// - Throws: ``EpisodeStoreError/unreadable(_:_:)`` when it is missing or not UTF-8.
    public static func readScriptText(_ folder: EpisodeFolder) throws(EpisodeStoreError) -> String {
        guard let data = FileManager.default.contents(atPath: folder.script.path) else {
            throw .unreadable(folder.script.path, "cannot be read (does the episode folder have a script?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(
                "\(folder.script.path):\(invalidUTF8Line(data))",
                "is not UTF-8 text: save the script as UTF-8 and run the command again")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The line (from 1) holding the first byte that is not UTF-8.
    static func invalidUTF8Line(_ data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): if scalar.count == 1, scalar.first == 0x0A { line += 1 }
            case .emptyInput, .error: return line
            }
        }
    }

    /// Decodes the folder's `episode.json`.
    public static func readManifest(_ folder: EpisodeFolder) throws(EpisodeStoreError) -> Episode {
        guard let data = FileManager.default.contents(atPath: folder.manifest.path) else {
            throw .unreadable(folder.manifest.path, "cannot be read")
        }
        do {
            return try JSONDecoder().decode(Episode.self, from: data)
        } catch {
            throw .unreadable(
                folder.manifest.path,
                "is not an episode manifest (\(error)); run `podwright check` "
                    + "to rebuild it from script.md")
        }
    }

    /// Writes a new episode: `article.txt` (when `articleBody` is given), `recording-sheet.md`, `script.md`, then
    /// `episode.json` last, so the manifest is never older than the script it matches, all as one
    /// ``FileSetCommit``.
    /// - Throws: ``EpisodeStoreError/write(_:)`` naming the file that could not be written.
    public static func save(
        _ episode: Episode, articleBody: String?, to folder: EpisodeFolder
    )
        throws(EpisodeStoreError)
    {
        // One journalled set (FileSetCommit): a run killed part-way never leaves a script beside another article.
        let files = FileSetCommit(folder: folder.url)
        do {
            if let articleBody { try files.stage(Data(articleBody.utf8), as: folder.articleText.lastPathComponent) }
            try files.stage(Data(RecordingSheet.render(episode).utf8), as: folder.recordingSheet.lastPathComponent)
            try files.stage(Data(ScriptRenderer.render(episode).utf8), as: folder.script.lastPathComponent)
            try files.stage(manifestData(episode), as: folder.manifest.lastPathComponent)
            try files.commit()
        } catch {
            throw .write(error)
        }
    }

    /// Writes what `podwright check` rewrites: the script with its derived values brought up to date (fresh ids,
    /// cue times, the estimated total, the Quotes list — see ``ScriptStamper/refresh(_:into:)``; written only when
    /// something changed), the recording sheet, and `episode.json`.
    /// - Returns: Whether `script.md` was rewritten.
    @discardableResult
    public static func saveChecked(
        _ result: ScriptParseResult, scriptText: String, to folder: EpisodeFolder
    ) throws(EpisodeStoreError) -> Bool {
        let files = FileSetCommit(folder: folder.url)
        do {
            let refreshed = ScriptStamper.refresh(result, into: scriptText)
            let changed = refreshed != scriptText
            if changed { try files.stage(Data(refreshed.utf8), as: folder.script.lastPathComponent) }
            try files.stage(
                Data(RecordingSheet.render(result.episode).utf8), as: folder.recordingSheet.lastPathComponent)
            try files.stage(manifestData(result.episode), as: folder.manifest.lastPathComponent)
            try files.commit()
            return changed
        } catch {
            throw .write(error)
        }
    }

    /// `episode.json` as written: pretty-printed with sorted keys, so the same episode always gives the same bytes.
    public static func manifestData(_ episode: Episode) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        return ((try? encoder.encode(episode)) ?? Data()) + Data("\n".utf8)
    }

    /// Copies an existing `script.md` to `script.md.bak-<UTC time>` before it is replaced.
    /// - Returns: The backup's URL, or `nil` when there was no script.
    public static func backUpScript(in folder: EpisodeFolder, at date: Date = Date()) throws(EpisodeStoreError) -> URL?
    {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder.script.path) else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let stem = "script.md.bak-" + formatter.string(from: date)
        var backup = folder.url.appendingPathComponent(stem)
        var number = 2
        while manager.fileExists(atPath: backup.path) {
            backup = folder.url.appendingPathComponent("\(stem)-\(number)")
            number += 1
        }
        // A hard link needs no space (script.md is then replaced by a rename, so the link keeps the old text); where
        // links are refused, a copy through a temporary name, so a full disk never leaves half a backup.
        if link(folder.script.path, backup.path) != 0 {
            let temporary = AtomicFile.temporaryURL(for: backup)
            do {
                try manager.copyItem(at: folder.script, to: temporary)
                try AtomicFile.commit(temporary, to: backup)
            } catch {
                try? manager.removeItem(at: temporary)
                throw .write(AtomicFileError(path: backup.path, reason: "cannot back up script.md here"))
            }
        }
        return backup
    }

    static func modified(_ url: URL) -> Date {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        return attributes?[.modificationDate] as? Date ?? .distantPast
    }
}
