import ArgumentParser
import Foundation
import PodwrightAudio

/// `podwright measure`: loudness, peaks, duration and format of audio files.
struct Measure: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure loudness (EBU R128 / BS.1770-4), loudness range, true peak and sample peak.",
        discussion: """
            Integrated loudness (ITU-R BS.1770-4), loudness range (EBU Tech 3342) and the loudest momentary and \
            short-term loudness, gated exactly on libebur128's K-weighting; true peak from a 4× oversampling meter \
            (BS.1770-4 Annex 2). One streaming pass per file in constant memory; several files are measured in \
            parallel.
            """
    )

    @Argument(help: "Audio files (WAV, AIFF, FLAC, Ogg Vorbis/Opus, MP3).")
    var files: [String]

    @Flag(help: "Print JSON: an object for one file, an array for several.")
    var json = false

    /// For Scripts/bench-dsp: time one meter alone (`loudness`, `true-peak`, or `none` to time decoding).
    @Option(help: .hidden)
    var only: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one audio file to measure.") }
        if let only, !["loudness", "true-peak", "none"].contains(only) {
            throw ValidationError("--only takes loudness, true-peak or none.")
        }
    }

    func run() async throws {
        let meters: AudioMeasurement.Meters =
            switch only {
            case "loudness": .loudness
            case "true-peak": .truePeak
            case "none": []
            default: .all
            }
        // AudioError names the file and says what to do; ArgumentParser prints it as one line and exits 1.
        let measurements: [AudioMeasurement]
        var failed = false
        do {
            measurements = try await AudioMeasurement.measure(
                files.map { (URL(fileURLWithPath: $0), $0) }, meters: meters)
        } catch {
            guard files.count > 1 else { throw error }
            // One bad file among several: measure the others one by one, each bad file on its own line.
            var good: [AudioMeasurement] = []
            for file in files {
                do {
                    good.append(try AudioMeasurement.measure(URL(fileURLWithPath: file), name: file, meters: meters))
                } catch {
                    FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
                    failed = true
                }
            }
            measurements = good
        }
        defer { if failed { Foundation.exit(1) } }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data =
                measurements.count == 1
                ? try encoder.encode(measurements[0]) : try encoder.encode(measurements)
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(measurements.map(\.summary).joined(separator: "\n"))
        }
    }
}
