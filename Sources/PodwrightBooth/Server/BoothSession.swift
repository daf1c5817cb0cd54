import Foundation
import PodwrightAudio
import PodwrightCore

/// What a running booth knows: the episode (read again whenever the script changes), the takes in the folder, the
/// checks of each take, and which uploads were already filed (so a retried upload never files a second copy).
///
/// Everything that blocks — syncing and naming files, decoding and measuring, the recogniser — runs on the booth's
/// ``WorkLane``s, never inside the actor and never on Swift's cooperative threads; the actor only updates its tables,
/// so the page's requests never wait for a check.
actor BoothSession {
    let configuration: BoothConfiguration
    let filer: TakeFiler
    let inspector: TakeInspector
    let words = WordChecker()
    private(set) var episode: Episode
    private var scriptStamp: [Date] = []
    private var scriptProblem: String?
    /// Checks by file name (`s1-p2.take3.wav`).
    private var reports: [String: TakeReport] = [:]
    /// Takes found in the folder (not uploaded in this session) whose measuring has begun, by file name.
    private var measuring: [String: Task<TakeReport?, Never>] = [:]
    /// Upload keys the page sent, with the file each was filed as.
    private var uploads: [String: String] = [:]
    /// Upload keys being received or checked right now.
    private var claimed: Set<String> = []

    init(configuration: BoothConfiguration, episode: Episode) {
        self.configuration = configuration
        self.episode = episode
        self.filer = TakeFiler(folder: configuration.folder.takes, maxBytes: configuration.maxUploadBytes)
        self.inspector = TakeInspector(target: configuration.levelTarget)
        self.scriptStamp = Self.stamp(configuration.folder)
    }

    private static func stamp(_ folder: EpisodeFolder) -> [Date] {
        [folder.script, folder.manifest].map {
            (try? FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date) ?? .distantPast
        }
    }

    /// The episode as the script says now: read again when `script.md` or `episode.json` changed; while the script
    /// has errors (an edit under way) the last good reading stays, and the page says why.
    func current() -> Episode {
        let stamp = Self.stamp(configuration.folder)
        guard stamp != scriptStamp else { return episode }
        scriptStamp = stamp
        do {
            episode = try EpisodeStore.load(configuration.folder)
            scriptProblem = nil
        } catch {
            scriptProblem = "\(error)"
        }
        return episode
    }

    /// The segment `id` names, refusing ids that are not plainly an id of this script.
    func segment(_ id: String) throws(BoothError) -> Segment {
        guard Self.isPlainID(id), let segment = current().segments.first(where: { $0.id == id }) else {
            throw .badSegment(id)
        }
        return segment
    }

    /// Letters, digits, `.`, `_` and `-`, starting with a letter or digit, never `..`: nothing that can name a path.
    static func isPlainID(_ id: String) -> Bool {
        func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        guard (1...100).contains(id.utf8.count), !id.contains(".."), let first = id.unicodeScalars.first,
            isAlphanumeric(first)
        else { return false }
        return id.unicodeScalars.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// The file an earlier upload with `key` was filed as, if any.
    func filed(key: String?) -> TakeReport? {
        guard let key, let file = uploads[key] else { return nil }
        return reports[file]
    }

    /// Claims `key` for one upload: waits while another request with the same key (the page retrying one that seemed
    /// lost) is still being received or checked.
    /// - Returns: The checks of the take already filed under `key`, if any; else `nil`, and the key is claimed.
    private func claim(_ key: String?) async -> TakeReport? {
        guard let key else { return nil }
        while true {
            if let earlier = filed(key: key) { return earlier }
            if !claimed.contains(key) {
                claimed.insert(key)
                return nil
            }
            try? await Task.sleep(nanoseconds: 50_000_000)
        }
    }

    private func release(_ key: String?) {
        if let key { claimed.remove(key) }
    }

    /// Checks a received upload, files it as the next take of `segment`, and starts its word check. The actor is
    /// held only to claim the key and to record the result.
    /// - Returns: The take's checks (the word check still running).
    nonisolated func accept(
        _ upload: TakeFiler.Upload, segment: Segment, key: String?
    ) async throws(BoothError) -> TakeReport {
        if let earlier = await claim(key) {
            upload.discard()
            return earlier
        }
        do {
            let report = try await check(upload, segment: segment)
            return await register(report, key: key, segment: segment)
        } catch {
            await release(key)
            throw error
        }
    }

    /// Syncs, measures and names an upload, on the lanes.
    private nonisolated func check(_ upload: TakeFiler.Upload, segment: Segment) async throws(BoothError) -> TakeReport
    {
        let finished: Result<Void, BoothError> = await WorkLane.files.run {
            Result { () throws(BoothError) in
                try upload.finish()
                _ = try WAVHeader.parse(upload.head, fileSize: upload.bytes)
            }
        }
        if case .failure(let error) = finished {
            upload.discard()
            throw error
        }
        let inspector = inspector
        let url = upload.url
        let measured: Result<TakeReport, AudioError> = await WorkLane.levels.run {
            Result { () throws(AudioError) in try inspector.inspect(url, file: "", segment: segment, take: 0) }
        }
        guard case .success(var report) = measured else {
            upload.discard()
            if case .failure(let error) = measured { throw .notWAV("it cannot be decoded (\(error.reason))") }
            throw .notWAV("it cannot be decoded")
        }
        let filer = filer
        let named = await WorkLane.files.run {
            Result { () throws(BoothError) in try filer.file(upload, segment: segment.id) }
        }
        let name = try named.get()
        report.take = name.number ?? 1
        report.file = "takes/" + TakeFiler.fileName(of: name)
        return report
    }

    /// Records a filed upload's checks and starts its word check.
    private func register(_ report: TakeReport, key: String?, segment: Segment) -> TakeReport {
        var report = report
        let file = String(report.file.dropFirst("takes/".count))
        report.words = words.isAvailable ? WordReport(state: "checking") : WordReport(state: "unavailable")
        if let key {
            uploads[key] = file
            claimed.remove(key)
        }
        // The page may have found the new file in the folder and measured it already: keep that one.
        if let known = reports[file] { return known }
        reports[file] = report
        if words.isAvailable { checkWords(file, segment: segment, priority: .now) }
        return report
    }

    /// Runs the word check of `file` on the recogniser's lane and records it.
    private func checkWords(_ file: String, segment: Segment, priority: WorkLane.Priority) {
        let episode = current()
        let target = filer.folder.appendingPathComponent(file)
        let checker = words
        Task {
            let result = await WorkLane.words.run(priority) {
                checker.check(target, file: "takes/" + file, segment: segment, episode: episode)
            }
            self.record(result, for: file)
        }
    }

    private func record(_ words: WordReport, for file: String) {
        guard var report = reports[file] else { return }
        report.words = words
        if words.verdict == "misread" || words.verdict == "wrong-segment" {
            let message =
                words.verdict == "wrong-segment"
                ? "This take holds the words of segment \(words.matchedSegment ?? "another segment"), not of this one."
                : "The words differ from the script (marked in the text): record it again."
            report.findings.append(.init(check: "words", level: .problem, message: message))
        } else if words.verdict == "unintelligible" {
            report.findings.append(
                .init(
                    check: "words", level: .warning,
                    message: "No words of the line could be heard: " + (words.note ?? "")))
        } else if words.verdict == "ok" {
            report.findings.append(.init(check: "words", level: .ok, message: "The words match the script."))
        }
        reports[file] = report
    }

    /// The checks of a take, measured now if the booth has not seen it yet (a take from before this session).
    func report(segment: Segment, take: Int) async -> TakeReport? {
        guard let url = filer.url(of: segment.id, take: take) else { return nil }
        let file = url.lastPathComponent
        if let report = reports[file] { return report }
        return await measure(url, segment: segment, take: take, priority: .now).value
    }

    /// Measures a take found in the folder — recorded before this session, or by another tool while it runs — on the
    /// lanes, then checks its words, each once; the levels come first, so the page shows them while the recogniser
    /// works.
    private func measure(
        _ url: URL, segment: Segment, take: Int, priority: WorkLane.Priority
    ) -> Task<TakeReport?, Never> {
        let file = url.lastPathComponent
        if let running = measuring[file] { return running }
        let inspector = inspector
        let task = Task { () -> TakeReport? in
            let measured = await WorkLane.levels.run(priority) {
                Result { () throws(AudioError) in
                    try inspector.inspect(url, file: "takes/" + file, segment: segment, take: take)
                }
            }
            return self.found(measured, file: file, segment: segment, take: take, priority: priority)
        }
        measuring[file] = task
        return task
    }

    private func found(
        _ measured: Result<TakeReport, AudioError>, file: String, segment: Segment, take: Int,
        priority: WorkLane.Priority
    ) -> TakeReport? {
        if let known = reports[file] { return known }
        switch measured {
        case .success(var report):
            report.words =
                words.isAvailable
                ? WordReport(state: "checking")
                : WordReport(state: "unavailable", note: "the speech model (pocketsphinx-en-us) is not installed")
            reports[file] = report
            if words.isAvailable { checkWords(file, segment: segment, priority: priority) }
            return report
        case .failure(let error):
            let report = TakeReport.damaged(
                segment: segment, take: take, file: "takes/" + file, reason: error.reason)
            reports[file] = report
            return report
        }
    }

    /// Measures every take already in the folder, in the background: a take just recorded is checked first, and
    /// the page shows each of these as its checks come in.
    func inspectExisting() {
        measureUnknown(takesInFolder(), of: current())
    }

    /// The recorded takes in the folder by segment id: number and file name.
    private func takesInFolder() -> [String: [(number: Int, file: String)]] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: filer.folder.path)) ?? []
        var takes: [String: [(number: Int, file: String)]] = [:]
        for name in names where !name.hasPrefix(".") {
            guard let take = TakeName(fileName: name), let number = take.number else { continue }
            takes[take.segmentID, default: []].append((number, name))
        }
        return takes.mapValues { $0.sorted { $0.number < $1.number } }
    }

    /// Starts measuring, in the background, each take the booth has no checks of and is not measuring yet.
    private func measureUnknown(_ takes: [String: [(number: Int, file: String)]], of episode: Episode) {
        for segment in episode.segments {
            for (number, file) in takes[segment.id] ?? [] where reports[file] == nil && measuring[file] == nil {
                _ = measure(
                    filer.folder.appendingPathComponent(file), segment: segment, take: number, priority: .later)
            }
        }
    }

    /// Pins take `take` of `segment` in `script.md`.
    func pin(_ take: Int, of segment: Segment) async throws(BoothError) {
        guard filer.url(of: segment.id, take: take) != nil else {
            throw BoothError(status: 404, message: "Segment \(segment.id) has no take \(take).")
        }
        let folder = configuration.folder
        let outcome: Result<Bool, EpisodeStoreError> = await WorkLane.files.run {
            Result { () throws(EpisodeStoreError) in try EpisodeStore.pinTake(take, of: segment.id, in: folder) }
        }
        if case .failure(let error) = outcome {
            throw BoothError(status: 409, message: "The take was not marked: \(error)")
        }
        _ = current()
    }

    /// What the page shows: the script, the takes of every line and their checks.
    func snapshot() -> BoothSnapshot {
        let episode = current()
        let takes = takesInFolder()
        // A take that appeared in the folder since (another tool, another booth) is measured in the background.
        measureUnknown(takes, of: episode)
        let segments = episode.segments.map { segment in
            BoothSnapshot.Line(
                id: segment.id, section: segment.section, speaker: segment.speaker, kind: segment.kind.rawValue,
                text: segment.text, pieces: WordPieces.pieces(segment.text),
                estimatedSeconds: segment.estimatedSeconds, pinnedTake: segment.take,
                takes: (takes[segment.id] ?? []).map { number, file in
                    BoothSnapshot.Take(number: number, file: "takes/" + file, report: reports[file])
                })
        }
        return BoothSnapshot(
            title: episode.title,
            speakers: episode.speakers.map { .init(id: $0.id, name: $0.name, role: $0.role.rawValue) },
            sections: episode.sections.map { .init(id: $0.id, title: $0.title) }, segments: segments,
            speaker: configuration.speaker, wordCheck: words.isAvailable, scriptProblem: scriptProblem)
    }

}

/// The page's view of the booth, as JSON.
struct BoothSnapshot: Codable, Sendable {
    struct Speaker: Codable, Sendable {
        var id: String
        var name: String
        var role: String
    }
    struct Section: Codable, Sendable {
        var id: String
        var title: String
    }
    struct Take: Codable, Sendable {
        var number: Int
        var file: String
        var report: TakeReport?
    }
    struct Line: Codable, Sendable {
        var id: String
        var section: String
        var speaker: String
        var kind: String
        var text: String
        var pieces: [WordPieces.Piece]
        var estimatedSeconds: Double
        var pinnedTake: Int?
        var takes: [Take]
    }
    var title: String
    var speakers: [Speaker]
    var sections: [Section]
    var segments: [Line]
    var speaker: String?
    var wordCheck: Bool
    var scriptProblem: String?
}
