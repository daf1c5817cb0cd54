import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

/// Files that decode but cannot be played (a header claiming 1 Hz, NaN or infinite floats) are refused with the
/// reason, whether they are takes or stings, beds and room tone; a retake copied in with the old take's size and
/// modification time is analysed again.
@Suite struct UnplayableTakeTests {
    /// A WAV file's bytes: 16-bit PCM or 32-bit float, mono.
    static func wav(rate: Int, pcm: [Int16] = [], float: [Float] = []) -> Data {
        var data = Data()
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { data.append(contentsOf: $0) } }
        func u16(_ value: Int) { withUnsafeBytes(of: UInt16(value).littleEndian) { data.append(contentsOf: $0) } }
        let isFloat = !float.isEmpty
        let width = isFloat ? 4 : 2
        let frames = isFloat ? float.count : pcm.count
        data.append(contentsOf: Array("RIFF".utf8))
        u32(36 + frames * width)
        data.append(contentsOf: Array("WAVEfmt ".utf8))
        u32(16)
        u16(isFloat ? 3 : 1)
        u16(1)
        u32(rate)
        u32(rate * width)
        u16(width)
        u16(width * 8)
        data.append(contentsOf: Array("data".utf8))
        u32(frames * width)
        for sample in pcm { u16(Int(UInt16(bitPattern: sample))) }
        for sample in float { withUnsafeBytes(of: sample.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    @Test func aHeaderClaimingOneHertzIsRefused() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("outro.wav")
        // 600 frames "at 1 Hz": once upsampled to 48 kHz this took gigabytes and the OOM killer.
        try Self.wav(rate: 1, pcm: (0..<600).map { $0 % 2 == 0 ? 1000 : -1000 }).write(to: url)
        do {
            _ = try TakeAnalyzer(outputChannels: 1).analyse(url)
            Issue.record("a 1 Hz file should be refused")
        } catch {
            #expect(error.reason.contains("1 Hz"), "\(error)")
        }
    }

    @Test func nanAndInfiniteSamplesAreRefusedWithTheirTime() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for bad in [Float.nan, .infinity, 1e30] {
            var samples = [Float](repeating: 0.25, count: 48_000)
            samples[24_000] = bad
            let url = folder.appendingPathComponent("bed.wav")
            try Self.wav(rate: 48_000, float: samples).write(to: url)
            do {
                _ = try TakeAnalyzer(outputChannels: 1).analyse(url)
                Issue.record("\(bad) should be refused")
            } catch {
                #expect(error.reason.contains("not sound") && error.reason.contains("0.50 s"), "\(error)")
            }
        }
    }

    @Test func aRetakeWithTheOldSizeAndTimeGetsANewCacheKey() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let take = folder.appendingPathComponent("s1-p1.wav")
        let stamp = Date(timeIntervalSince1970: 1_600_000_000)
        try Self.wav(rate: 48_000, pcm: [Int16](repeating: 9000, count: 4800)).write(to: take)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: take.path)
        let first = AnalysisCache.key(for: take, channels: 1, trimmed: true)
        // As `cp -p` or an unzip would bring it in: another file, same size, same modification time.
        let retake = folder.appendingPathComponent("incoming.wav")
        try Self.wav(rate: 48_000, pcm: [Int16](repeating: 300, count: 4800)).write(to: retake)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: retake.path)
        try FileManager.default.removeItem(at: take)
        try FileManager.default.moveItem(at: retake, to: take)
        try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: take.path)
        let second = AnalysisCache.key(for: take, channels: 1, trimmed: true)
        #expect(first != nil && second != nil && first != second)
    }

    @Test func aRecordedTakeInAFormatPodwrightCannotReadStopsTheRun() throws {
        let episode = Episode(
            title: "T", sections: [Section(id: "s1", title: "One")],
            speakers: [Speaker(id: "narrator", name: "Narrator", role: .narrator)],
            segments: [
                Segment(
                    id: "s1-p1", section: "s1", speaker: "narrator", kind: .narration, text: "Words.",
                    estimatedSeconds: 1)
            ])
        let files = [URL(fileURLWithPath: "/ep/takes/s1-p1.m4a"), URL(fileURLWithPath: "/ep/takes/s1-p1.scratch.wav")]
        #expect(throws: AssemblyError.self) { try TakeCatalog(episode: episode, files: files) }
        let stray = [URL(fileURLWithPath: "/ep/takes/notes.m4a"), URL(fileURLWithPath: "/ep/takes/s1-p1.scratch.wav")]
        #expect(try TakeCatalog(episode: episode, files: stray).warnings.count == 1)
    }
}
