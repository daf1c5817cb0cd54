import Foundation
import PodwrightTestSupport
import Testing

@testable import PodwrightAudio

@Suite struct AudioFileErrorTests {
    static func expectError(_ kind: AudioError.Kind, opening url: URL, mentioning words: [String]) {
        do {
            _ = try TestSignals.readAll(url)
            Issue.record("expected \(kind) for \(url.lastPathComponent)")
        } catch let error as AudioError {
            #expect(error.kind == kind)
            #expect(error.description.contains(url.path))
            for word in words { #expect(error.description.contains(word), "\(error.description)") }
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    static func tone(_ folder: URL, _ name: String, format: AudioFormat = .wav) throws -> URL {
        let url = folder.appendingPathComponent(name)
        let samples = TestSignals.sine(frequency: 440, amplitude: 0.5, seconds: 2, sampleRate: 48_000)
        try TestSignals.write(samples, to: url, settings: AudioFileSettings(format: format, bitDepth: 16))
        return url
    }

    @Test func missingEmptyAndNonAudioFilesSayWhat() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        Self.expectError(.cannotOpen, opening: folder.appendingPathComponent("nope.wav"), mentioning: ["no such file"])
        let empty = folder.appendingPathComponent("empty.wav")
        try Data().write(to: empty)
        Self.expectError(.empty, opening: empty, mentioning: ["empty"])
        let text = folder.appendingPathComponent("notes.wav")
        try Data("Intro: welcome back to the show.\n".utf8).write(to: text)
        Self.expectError(.notAudio, opening: text, mentioning: ["not an audio file"])
    }

    @Test func aSymbolicLinkToNoFileSaysSo() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loop = folder.appendingPathComponent("loop.wav")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let dangling = folder.appendingPathComponent("dangling.wav")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "gone.wav")
        for link in [loop, dangling] {
            Self.expectError(.cannotOpen, opening: link, mentioning: ["symbolic link to no file"])
        }
    }

    /// Bytes without an MPEG frame named `.mp3` (as the probe's damaged take): libsndfile says such a file "does not
    /// exist or is not a regular file"; the message says what is wrong with the file that is there.
    @Test func noiseNamedMP3IsDamagedNotMissing() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let noise = folder.appendingPathComponent("s1-p1.mp3")
        try Data(count: 50_000).write(to: noise)
        do {
            _ = try AudioFileReader(url: noise)
            Issue.record("noise was read as audio")
        } catch {
            #expect(!error.description.contains("does not exist"), "\(error)")
            #expect(error.description.contains(noise.path), "\(error)")
            #expect(error.description.contains("export or record it again"), "\(error)")
        }
    }

    @Test func cutShortWavIsReportedAtOpen() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try Data(contentsOf: try Self.tone(folder, "whole.wav"))
        let cut = folder.appendingPathComponent("cut.wav")
        try whole.prefix(whole.count / 3).write(to: cut)
        Self.expectError(.corrupt, opening: cut, mentioning: ["cut short"])
        let headerOnly = folder.appendingPathComponent("header.wav")
        try whole.prefix(44).write(to: headerOnly)
        #expect(throws: AudioError.self) { try TestSignals.readAll(headerOnly) }
    }

    @Test func cutShortFlacIsReportedWhileReading() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try Data(contentsOf: try Self.tone(folder, "whole.flac", format: .flac))
        let cut = folder.appendingPathComponent("cut.flac")
        try whole.prefix(whole.count / 2).write(to: cut)
        Self.expectError(.corrupt, opening: cut, mentioning: ["export or record it again"])
    }

    /// `/dev/full` accepts the open and fails every write with "No space left on device", as a disk that fills up.
    @Test(arguments: [AudioFormat.wav, .flac, .mp3])
    func fullDiskSurfacesAsAnError(format: AudioFormat) throws {
        let full = URL(fileURLWithPath: "/dev/full")
        try #require(FileManager.default.fileExists(atPath: full.path))
        let samples = [Float](repeating: 0.25, count: 48_000)
        do {
            var writer = try AudioFileWriter(url: full, settings: AudioFileSettings(format: format))
            for _ in 0..<20 { try writer.write(samples) }
            try writer.close()
            Issue.record("writing to a full disk succeeded")
        } catch {
            #expect(error.kind == .writeFailed)
        }
    }

    @Test func unwritableFolderIsReported() throws {
        let url = URL(fileURLWithPath: "/proc/podwright-cannot-write-here.wav")
        #expect(throws: AudioError.self) {
            _ = try AudioFileWriter(url: url, settings: AudioFileSettings(format: .flac))
        }
    }

    @Test func invalidSettingsAreRefusedBeforeWriting() throws {
        let folder = try TestSignals.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("x.wav")
        #expect(throws: AudioError.self) {
            _ = try AudioFileWriter(url: url, settings: AudioFileSettings(format: .wav, bitDepth: 12))
        }
        #expect(throws: AudioError.self) {
            _ = try AudioFileWriter(
                url: folder.appendingPathComponent("x.opus"),
                settings: AudioFileSettings(format: .opus, sampleRate: 44_100)
            )
        }
    }
}
