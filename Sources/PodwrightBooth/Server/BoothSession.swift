import Foundation
import PodwrightAudio
import PodwrightCore

/// What a running booth knows: the episode (read again whenever the script changes), the takes in the folder, the
/// checks of each take, and which uploads were already filed (so a retried upload never files a second copy).
actor BoothSession {
    let configuration: BoothConfiguration
    let filer: TakeFiler
    let inspector = TakeInspector()
    let words = WordChecker()
    private(set) var episode: Episode
    private var scriptStamp: [Date] = []
    private var scriptProblem: String?
    /// Checks by file name (`s1-p2.take3.wav`).
    private var reports: [String: TakeReport] = [:]
    /// Upload keys the page sent, with the file each was filed as.
    private var uploads: [String: String] = [:]
    /// Blocking work (decoding, the recogniser, the script's lock) runs here, off Swift's two cooperative threads,
    /// so the booth keeps answering while a take is checked.
    private let levelQueue = DispatchQueue(label: "podwright.booth.levels")
    private let wordQueue = DispatchQueue(label: "podwright.booth.words")
    private let scriptQueue = DispatchQueue(label: "podwright.booth.script")

    init(configuration: BoothConfiguration, episode: Episode) {
        self.configuration = configuration
        self.episode = episode
        self.filer = TakeFiler(folder: configuration.folder.takes, maxBytes: configuration.maxUploadBytes)
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

    /// Checks a received upload, files it as the next take of `segment`, and starts its word check.
    /// - Returns: The take's checks (the word check still running).
    func accept(_ upload: TakeFiler.Upload, segment: Segment, key: String?) async throws(BoothError) -> TakeReport {
        if let earlier = filed(key: key) {
            upload.discard()
            return earlier
        }
        do {
            try upload.finish()
            _ = try WAVHeader.parse(upload.head, fileSize: upload.bytes)
        } catch {
            upload.discard()
            throw error
        }
        let inspector = inspector
        let url = upload.url
        let measured: Result<TakeReport, AudioError> = await run(on: levelQueue) {
            Result { () throws(AudioError) in
                try inspector.inspect(url, file: "", segment: segment, take: 0)
            }
        }
        guard case .success(var report) = measured else {
            upload.discard()
            if case .failure(let error) = measured { throw .notWAV("it cannot be decoded (\(error.reason))") }
            throw .notWAV("it cannot be decoded")
        }
        let filer = filer
        let name = try filer.file(upload, segment: segment.id)
        let file = TakeFiler.fileName(of: name)
        report.take = name.number ?? 1
        report.file = "takes/" + file
        report.words = words.isAvailable ? WordReport(state: "checking") : WordReport(state: "unavailable")
        reports[file] = report
        if let key { uploads[key] = file }
        if words.isAvailable {
            let episode = current()
            let target = filer.folder.appendingPathComponent(file)
            let checker = words
            Task {
                let result = await run(on: wordQueue) {
                    checker.check(target, file: "takes/" + file, segment: segment, episode: episode)
                }
                self.record(result, for: file)
            }
        }
        return report
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
        let inspector = inspector
        let measured = await run(on: levelQueue) {
            try? inspector.inspect(url, file: "takes/" + file, segment: segment, take: take)
        }
        if var measured, reports[file] == nil {
            measured.words = WordReport(state: "unavailable", note: "recorded before this session: run podwright align")
            reports[file] = measured
        }
        return reports[file]
    }

    /// Measures every take already in the folder, one after another, so progress shows their problems too.
    func inspectExisting() async {
        for segment in current().segments {
            for name in filer.takes(of: segment.id) {
                guard let number = name.number else { continue }
                _ = await report(segment: segment, take: number)
            }
        }
    }

    /// Pins take `take` of `segment` in `script.md`.
    func pin(_ take: Int, of segment: Segment) async throws(BoothError) {
        guard filer.url(of: segment.id, take: take) != nil else {
            throw BoothError(status: 404, message: "Segment \(segment.id) has no take \(take).")
        }
        let folder = configuration.folder
        let outcome: Result<Bool, EpisodeStoreError> = await run(on: scriptQueue) {
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
        let names = (try? FileManager.default.contentsOfDirectory(atPath: filer.folder.path)) ?? []
        var takes: [String: [(Int, String)]] = [:]
        for name in names where !name.hasPrefix(".") {
            guard let take = TakeName(fileName: name), let number = take.number else { continue }
            takes[take.segmentID, default: []].append((number, name))
        }
        let segments = episode.segments.map { segment in
            BoothSnapshot.Line(
                id: segment.id, section: segment.section, speaker: segment.speaker, kind: segment.kind.rawValue,
                text: segment.text, pieces: WordPieces.pieces(segment.text),
                estimatedSeconds: segment.estimatedSeconds, pinnedTake: segment.take,
                takes: (takes[segment.id] ?? []).sorted { $0.0 < $1.0 }.map { number, file in
                    BoothSnapshot.Take(number: number, file: "takes/" + file, report: reports[file])
                })
        }
        return BoothSnapshot(
            title: episode.title,
            speakers: episode.speakers.map { .init(id: $0.id, name: $0.name, role: $0.role.rawValue) },
            sections: episode.sections.map { .init(id: $0.id, title: $0.title) }, segments: segments,
            speaker: configuration.speaker, wordCheck: words.isAvailable, scriptProblem: scriptProblem)
    }

    private func run<T: Sendable>(on queue: DispatchQueue, _ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in queue.async { continuation.resume(returning: work()) } }
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
