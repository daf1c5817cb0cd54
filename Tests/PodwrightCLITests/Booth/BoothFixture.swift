import Foundation
import PodwrightCore
import PodwrightTestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An episode folder inside a scratch folder of its own (so a test can see that nothing is written beside it), and
/// `podwright booth` running on it on a free port of 127.0.0.1.
final class BoothFixture: @unchecked Sendable {
    /// The scratch folder holding the episode, and nothing else.
    let root: URL
    let episode: URL
    var folder: EpisodeFolder { EpisodeFolder(episode) }
    var takes: URL { episode.appendingPathComponent("takes") }
    private let process = Process()
    /// What the booth printed on standard output, up to its address.
    private(set) var printed = ""
    private(set) var address: URL!
    private(set) var base = ""
    private(set) var token = ""

    /// The lines: our own sentences (the aligner's test sentences), all read by the narrator.
    static let segments: [(id: String, text: String)] = [
        ("s1-p1", "Every morning at six the small ferry leaves the harbour with its lights still on."),
        ("s1-p2", "The captain, Ken Tsuruoka, has worked the route for eleven years."),
        ("s2-p1", "The regional council wants to cut the winter timetable to two crossings a day."),
        ("s2-p2", "Priya Natarajan runs the bakery near the pier and opens before the first boat."),
    ]

    /// Saves the episode, lets `prepare` add to its folder (a `show.json`, takes from before the session), and
    /// starts the booth on it.
    init(arguments: [String] = [], prepare: (BoothFixture) throws -> Void = { _ in }) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("podwright-booth-\(UUID().uuidString.prefix(8))", isDirectory: true)
        episode = root.appendingPathComponent("ep", isDirectory: true)
        try FileManager.default.createDirectory(at: episode, withIntermediateDirectories: true)
        try SpeechFolder.saveFerryEpisode(Self.segments, estimatedSeconds: 4.5, to: folder)
        do {
            try prepare(self)
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
        try start(arguments)
    }

    private func start(_ arguments: [String]) throws {
        process.executableURL = PodwrightProcess.binary
        process.arguments = ["booth", episode.path, "--port", "0"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !printed.contains("Ctrl-C") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        guard
            let range = printed.range(of: #"http://127\.0\.0\.1:[0-9]+/\?token=[0-9a-f]+"#, options: .regularExpression)
        else {
            stop()
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "booth printed: \(printed)"])
        }
        address = URL(string: String(printed[range]))!
        base = "http://127.0.0.1:\(address.port!)"
        token = String(printed[range].split(separator: "=").last!)
    }

    /// Stops the booth (this process only) and removes the scratch folder.
    func stop() {
        if process.isRunning {
            process.terminate()
            for _ in 0..<50 where process.isRunning { usleep(100_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
    }

    func remove() {
        stop()
        try? FileManager.default.removeItem(at: root)
    }

    /// A client that opens as many connections to the booth as it is asked for. URLSession's own default allows
    /// six per host and queues the rest, so twenty uploads through it are six at a time, and a request made beside
    /// them waits in the client for one of those to end: what it measures is the client's queue, not the booth.
    static func client(connections: Int) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = connections
        configuration.timeoutIntervalForRequest = 300
        return URLSession(configuration: configuration)
    }

    /// One request (through `session`); `token` false sends none.
    func request(
        _ method: String, _ path: String, body: Data? = nil, token: Bool = true, headers: [String: String] = [:],
        session: URLSession = .shared
    ) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.timeoutInterval = 300
        if token { request.setValue(self.token, forHTTPHeaderField: "X-Booth-Token") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response): (Data, URLResponse)
        if let body {
            (data, response) = try await session.upload(for: request, from: body)
        } else {
            (data, response) = try await session.data(for: request)
        }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    /// A JSON answer's object.
    static func object(_ data: Data) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// Runs curl (for what URLSession will not send: a false Content-Length, a raw path) and returns the status and
    /// body.
    func curl(_ arguments: [String]) throws -> (status: Int, body: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "--max-time", "120", "-w", "\n%{http_code}"] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    /// Every file under the scratch folder, with its size and modification time: what a test compares before and
    /// after to see where the booth wrote.
    func files() -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in enumerator {
            let attributes = try? manager.attributesOfItem(atPath: url.path)
            let path = String(url.path.dropFirst(root.path.count + 1))
            let size = attributes?[.size] as? Int ?? -1
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[path] = "\(size) \(date)"
        }
        return result
    }

    /// A WAV of `seconds` of a tone at `frequency` and `dBFS`, over a quiet noise floor (so the room can be measured),
    /// with a half second of room before and after.
    static func tone(seconds: Double, frequency: Double = 220, dBFS: Double = -18, sampleRate: Int = 48_000) -> Data {
        var samples = [Float](repeating: 0, count: Int((seconds + 1) * Double(sampleRate)))
        var generator = SplitMix(seed: UInt64(frequency * 1000))
        let amplitude = TestSignals.amplitude(dBFS: dBFS)
        let start = sampleRate / 2
        let end = samples.count - sampleRate / 2
        for index in samples.indices {
            let noise = (Double(generator.next() % 2001) / 1000 - 1) * TestSignals.amplitude(dBFS: -66)
            let tone =
                index >= start && index < end
                ? amplitude * sin(2 * Double.pi * frequency * Double(index) / Double(sampleRate)) : 0
            samples[index] = Float(tone + noise)
        }
        return TestSignals.wav16(samples, sampleRate: sampleRate, channels: 1)
    }

    /// A 64-bit FNV-1a checksum.
    static func checksum(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            return hash
        }
    }
}

/// A small deterministic generator for test noise.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
