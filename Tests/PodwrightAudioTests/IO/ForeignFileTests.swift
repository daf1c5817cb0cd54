import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

/// Files made by another encoder (ffmpeg) read back through `AudioFileReader`, and our files read by ffprobe.
@Suite struct ForeignFileTests {
    @discardableResult
    static func tool(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AudioError(.processing, reason: "\(arguments.joined(separator: " ")) failed")
        }
        return text
    }

    static let encodings: [(name: String, codec: [String], format: String)] = [
        ("take.ogg", ["-c:a", "libvorbis", "-q:a", "6"], "Ogg Vorbis, 44.1 kHz, stereo"),
        ("take.opus", ["-c:a", "libopus", "-b:a", "96k"], "Ogg Opus, 48 kHz, stereo"),
        ("take.mp3", ["-c:a", "libmp3lame", "-b:a", "192k"], "MP3, 44.1 kHz, stereo"),
        ("take.aiff", ["-c:a", "pcm_s24be"], "AIFF 24-bit, 44.1 kHz, stereo"),
        ("take.flac", ["-c:a", "flac", "-sample_fmt", "s16"], "FLAC 16-bit, 44.1 kHz, stereo"),
    ]

    @Test(arguments: encodings.indices)
    func readsWhatFfmpegWrites(index: Int) throws {
        let (name, codec, format) = Self.encodings[index]
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("source.wav")
        let samples = LoudnessBlocksTests.take(seed: 5, seconds: 6, rate: 44_100, channels: 2)
        try TestSignals.write(
            samples, to: source,
            settings: AudioFileSettings(
                format: .wav, sampleRate: 44_100, channels: 2, bitDepth: 24))
        let encoded = folder.appendingPathComponent(name)
        try Self.tool(["ffmpeg", "-v", "error", "-y", "-i", source.path] + codec + [encoded.path])
        let reader = try AudioFileReader(url: encoded)
        #expect(reader.formatDescription == format)
        let read = try TestSignals.readAll(encoded)
        let seconds = Double(read.samples.count / read.channels) / Double(read.sampleRate)
        #expect(abs(seconds - 6) < 0.1)
        let original = try TestSignals.integratedLUFS(samples, sampleRate: 44_100, channels: 2)
        let decoded = try TestSignals.integratedLUFS(read.samples, sampleRate: read.sampleRate, channels: 2)
        #expect(abs(original - decoded) < 0.3)
    }

    @Test(arguments: [AudioFormat.wav, .flac, .mp3, .opus])
    func tagsReachFfprobeAndReadBack(format: AudioFormat) throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("episode.\(format.fileExtension)")
        let tags = AudioTags(title: "Harbour Lights", artist: "The Morning Desk", album: "Season 2", comment: "Ep 7")
        let samples = TestSignals.sine(frequency: 440, amplitude: 0.3, seconds: 1, sampleRate: 48_000)
        try TestSignals.write(samples, to: url, settings: AudioFileSettings(format: format, tags: tags))
        let probe = try Self.tool([
            "ffprobe", "-v", "error", "-show_entries", "format_tags:stream_tags",
            "-of", "default=noprint_wrappers=1", url.path,
        ]).lowercased()
        #expect(probe.contains("title=harbour lights"), "\(probe)")
        #expect(probe.contains("artist=the morning desk"), "\(probe)")
        #expect(try AudioFileReader(url: url).tags == tags)
    }

    @Test(arguments: [(MP3Bitrate.constant(kbps: 64), 64), (.constant(kbps: 192), 192)])
    func constantBitrateIsHonoured(bitrate: MP3Bitrate, kbps: Int) throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("cbr.mp3")
        let samples = LoudnessBlocksTests.take(seed: 9, seconds: 10, rate: 48_000, channels: 2)
        try TestSignals.write(
            samples, to: url,
            settings: AudioFileSettings(
                format: .mp3, sampleRate: 48_000, channels: 2, mp3Bitrate: bitrate))
        let bytes = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        let measured = Double(bytes * 8) / 10 / 1000
        #expect(abs(measured - Double(kbps)) < Double(kbps) * 0.08, "\(measured) kbps")
    }

    @Test func variableBitrateFollowsTheMaterial() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func size(_ samples: [Float], _ bitrate: MP3Bitrate, _ name: String) throws -> Int {
            let url = folder.appendingPathComponent("\(name).mp3")
            try TestSignals.write(
                samples, to: url,
                settings: AudioFileSettings(
                    format: .mp3, sampleRate: 48_000, channels: 1, mp3Bitrate: bitrate))
            return try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        }
        var state: UInt32 = 99
        let noise = (0..<480_000).map { _ -> Float in
            state = state &* 1_664_525 &+ 1_013_904_223
            return Float(Int32(bitPattern: state)) / Float(Int32.max) * 0.3
        }
        let silence = [Float](repeating: 0, count: noise.count)
        let vbrSilence = try size(silence, .variable(quality: 0.8), "vbr-silence")
        let vbrNoise = try size(noise, .variable(quality: 0.8), "vbr-noise")
        let cbrSilence = try size(silence, .constant(kbps: 128), "cbr-silence")
        // Silence costs VBR the minimum frame (32 kbps) where CBR spends its full rate; noise costs VBR far more.
        #expect(vbrSilence * 3 < cbrSilence)
        #expect(vbrSilence * 2 < vbrNoise)
    }

    @Test func seekMovesTheReadPosition() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("ramp.wav")
        let ramp = (0..<48_000).map { Float($0) / 65_536 }
        try TestSignals.write(ramp, to: url, settings: AudioFileSettings(format: .wav, bitDepth: 24))
        var reader = try AudioFileReader(url: url)
        try reader.seek(toFrame: 30_000)
        var buffer: [Float] = []
        #expect(try reader.read(into: &buffer, frames: 4) == 4)
        #expect(abs(buffer[0] - ramp[30_000]) < 1e-6)
        #expect(reader.position == 30_004)
    }
}
