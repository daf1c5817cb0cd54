import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

@Suite struct WavCueMarkerTests {
    /// RIFF chunks of a WAV file: (id, body), walking the top level and one level into `LIST` chunks.
    static func chunks(_ data: Data) -> [(id: String, body: Data)] {
        var result: [(String, Data)] = []
        let bytes = [UInt8](data)
        func word(_ offset: Int) -> Int {
            Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3])
                << 24
        }
        var offset = 12
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = word(offset + 4)
            let end = min(bytes.count, offset + 8 + size)
            result.append((id, Data(bytes[(offset + 8)..<end])))
            offset = offset + 8 + size + (size % 2)
        }
        return result
    }

    static func word(_ data: Data, _ offset: Int) -> Int {
        let bytes = [UInt8](data)
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16
            | Int(bytes[offset + 3]) << 24
    }

    /// `labl` sub-chunks of an `adtl` list: cue id → text.
    static func labels(_ list: Data) -> [Int: String] {
        var result: [Int: String] = [:]
        let bytes = [UInt8](list)
        var offset = 4
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = word(list, offset + 4)
            if id == "labl", size >= 4 {
                let cue = word(list, offset + 8)
                let text = bytes[(offset + 12)..<(offset + 8 + size)].prefix { $0 != 0 }
                result[cue] = String(decoding: text, as: UTF8.self)
            }
            offset += 8 + size + (size % 2)
        }
        return result
    }

    @Test(arguments: [3, 150])
    func markersCarryPositionsAndNames(count: Int) throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("episode.wav")
        let markers = (0..<count).map { CueMarker(frame: $0 * 480 + 7, label: "seg-\($0) «Café» intro") }
        let samples = [Float](repeating: 0.1, count: count * 480 + 1000)
        try TestSignals.write(
            samples,
            to: url,
            settings: AudioFileSettings(
                format: .wav,
                sampleRate: 48_000,
                channels: 1,
                bitDepth: 24,
                tags: AudioTags(title: "Episode 12", artist: "The Desk"),
                cueMarkers: markers
            )
        )
        let chunks = Self.chunks(try Data(contentsOf: url))
        let cue = try #require(chunks.first { $0.id == "cue " }?.body)
        #expect(Self.word(cue, 0) == count)
        for index in 0..<count {
            let point = 4 + index * 24
            #expect(Self.word(cue, point) == index + 1)
            #expect(
                String(
                    decoding: cue[(cue.startIndex + point + 8)..<(cue.startIndex + point + 12)],
                    as: UTF8.self
                ) == "data"
            )
            #expect(Self.word(cue, point + 20) == markers[index].frame)
        }
        let adtl = try #require(chunks.first { $0.id == "LIST" && $0.body.prefix(4) == Data("adtl".utf8) }?.body)
        let labels = Self.labels(adtl)
        #expect(labels.count == count)
        for (index, marker) in markers.enumerated() { #expect(labels[index + 1] == marker.label) }
        // Audio still reads back whole after the extra chunks.
        #expect(try TestSignals.readAll(url).samples.count == samples.count)
        // ffprobe, an independent reader, turns cue plus labl into named chapters at the same frames.
        let chapters = try ForeignFileTests.tool([
            "ffprobe", "-v", "error", "-show_chapters", "-of", "default=noprint_wrappers=1", url.path,
        ])
        for marker in markers.prefix(5) {
            #expect(chapters.contains("start=\(marker.frame)\n"))
            #expect(chapters.contains("TAG:title=\(marker.label)\n"))
        }
    }

    @Test func labelChunkBodyIsWordAligned() {
        for length in 0..<8 {
            let body = WavLabelChunk.body(for: [CueMarker(frame: 0, label: String(repeating: "x", count: length))])
            #expect(body.count % 4 == 0)
        }
    }
}
