import Foundation
import PodwrightCore
import PodwrightTestSupport
import Synchronization
import Testing

/// Twenty 60-second takes uploaded at once — ten of them to one line, as several tabs or two talents would — all
/// arrive intact, each under its own take number, while the page keeps answering.
@Suite(.serialized)
struct BoothLoadTests {
    @Test func twentyParallelMinuteLongUploadsArriveIntactAndThePageStillAnswers() async throws {
        let booth = try BoothFixture()
        defer { booth.remove() }
        let targets = (0..<20).map { $0 < 10 ? "s1-p1" : BoothFixture.segments[1 + $0 % 3].id }
        let bodies = (0..<20).map { BoothFixture.tone(seconds: 59, frequency: 150 + Double($0) * 11) }
        let started = Date()
        let uploading = Atomic<Bool>(true)
        // The page's own requests, made over and over while the uploads run.
        async let probes: [Double] = {
            var latencies: [Double] = []
            repeat {
                let sent = Date()
                let page = try await booth.request("GET", "/")
                let episode = try await booth.request("GET", "/api/episode")
                guard page.status == 200, episode.status == 200 else { return [-1] }
                latencies.append(Date().timeIntervalSince(sent))
                try await Task.sleep(nanoseconds: 50_000_000)
            } while uploading.load(ordering: .relaxed)
            return latencies
        }()
        let results = try await withThrowingTaskGroup(of: (Int, Int, Data).self) { group in
            for index in 0..<20 {
                group.addTask {
                    let result = try await booth.request(
                        "POST", "/api/segments/\(targets[index])/takes", body: bodies[index],
                        headers: ["X-Upload-Key": "load-\(index)"])
                    return (index, result.status, result.body)
                }
            }
            var collected: [(Int, Int, Data)] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        let elapsed = Date().timeIntervalSince(started)
        uploading.store(false, ordering: .relaxed)
        let latencies = try await probes
        #expect(!latencies.contains(-1), "the page stopped answering during the uploads")
        #expect(latencies.count >= 2)
        print(
            String(
                format: "booth load: 20 uploads of 59 s (%.1f MB) in %.2f s; page+episode answered %d times, "
                    + "slowest %.3f s", Double(bodies.map(\.count).reduce(0, +)) / 1e6, elapsed, latencies.count,
                latencies.max() ?? 0))

        var numbers: [String: [Int]] = [:]
        for (index, status, body) in results {
            let report = BoothFixture.object(body)
            #expect(status == 201, "upload \(index): \(status) \(report)")
            let take = try #require(report["take"] as? Int)
            let file = try #require(report["file"] as? String)
            #expect(file == "takes/\(targets[index]).take\(take).wav")
            numbers[targets[index], default: []].append(take)
            let written = try Data(contentsOf: booth.episode.appendingPathComponent(file))
            #expect(BoothFixture.checksum(written) == BoothFixture.checksum(bodies[index]), "\(file) differs")
            #expect(written.count == bodies[index].count)
            #expect(abs((report["durationSeconds"] as? Double ?? 0) - 60) < 0.01)
        }
        #expect(numbers["s1-p1"]?.sorted() == Array(1...10))
        for id in numbers.keys where id != "s1-p1" {
            #expect(numbers[id]?.sorted() == Array(1...(numbers[id]?.count ?? 0)), "\(id)")
        }
        // Every file in takes/ is a take; no temporary upload is left.
        let names = try FileManager.default.contentsOfDirectory(atPath: booth.takes.path)
        #expect(names.count == 20)
        #expect(names.allSatisfy { TakeName(fileName: $0)?.number != nil })
        // The booth still answers after the load.
        #expect(try await booth.request("GET", "/api/episode").status == 200)
    }
}
