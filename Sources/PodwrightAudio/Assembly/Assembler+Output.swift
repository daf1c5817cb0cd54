import Foundation
import PodwrightCore

extension Assembler {
    /// The encoded episode in its temporary file, with what rendering and measuring found.
    struct Output {
        var temporary: URL
        var final: URL
        var limiter: EpisodeLimiter.Stats
        /// The limiter's smallest gain in every 100 ms block, for the per-segment report.
        var limiterBlocks: [Float]
        var peaks: WaveformPeaks
        var loudness: LoudnessReport
    }

    /// Pass 2 into the staging folder of the new `build/`, limited to `ceilingDB`; then the MP3's tag, then the
    /// delivered file's measurement.
    func render(
        _ plan: AssemblyPlan, ceilingDB: Double, episode: Episode, folder: EpisodeFolder, staging: URL,
        progress: @Sendable (Stage, Double) -> Void
    ) throws(AssemblyError) -> Output {
        let final = folder.episodeAudio(extension: options.format.fileExtension)
        let temporary = staging.appendingPathComponent(final.lastPathComponent)
        var succeeded = false
        defer { if !succeeded { try? FileManager.default.removeItem(at: temporary) } }
        let settings = AudioFileSettings(
            format: options.format, sampleRate: plan.sampleRate, channels: plan.channels, bitDepth: options.bitDepth,
            mp3Bitrate: options.resolvedMP3Bitrate.map { .constant(kbps: $0) } ?? .variable(quality: 0.6),
            opusBitrateKbps: options.opusBitrate,
            tags: AudioTags(
                title: options.title ?? episode.title, artist: options.artist ?? episode.show.name,
                album: episode.show.name,
                comment: episode.authors.isEmpty
                    ? nil
                    : "By \(episode.authors.joined(separator: ", "))"),
            cueMarkers: options.format == .wav ? cueMarkers(plan.timeline) : [])
        var writer: AudioFileWriter
        do { writer = try AudioFileWriter(url: temporary, settings: settings) } catch {
            throw .outputFailed(file: final.path, reason: error.reason)
        }
        let renderer = EpisodeRenderer(plan: plan, ceilingDB: ceilingDB, meterWhileWriting: !options.format.isLossy)
        let rendered: EpisodeRenderer.Result
        do {
            rendered = try renderer.render(into: &writer) { progress(.rendering, $0) }
        } catch .outputFailed(_, let reason) {
            // Name the episode the producer knows, not the hidden temporary file.
            throw .outputFailed(file: final.path, reason: reason)
        }
        do { try writer.close() } catch { throw .outputFailed(file: final.path, reason: error.reason) }
        // MP3 gets the publisher's ID3v2 tag: libsndfile's own ID3 output garbles non-ASCII titles and cannot hold
        // chapters.
        if options.format == .mp3 {
            do {
                try ID3Tag.apply(episode: episode, timeline: plan.timeline, to: temporary, picture: options.coverArt)
            } catch {
                throw .outputFailed(file: final.path, reason: "adding tags and chapters failed: \(error)")
            }
        }
        // Lossless files were measured on the samples as written, which are what a decoder returns; lossy ones are
        // decoded again, since the codec changes both loudness and peaks.
        let loudness: LoudnessReport
        if let measured = rendered.loudness {
            loudness = measured
        } else {
            progress(.measuring, 0)
            do { loudness = try DeliveredMeasurement.measure(temporary) } catch {
                throw .outputFailed(file: final.path, reason: "the encoded file cannot be decoded: \(error.reason)")
            }
        }
        succeeded = true
        return Output(
            temporary: temporary, final: final, limiter: rendered.limiter, limiterBlocks: rendered.limiterBlocks,
            peaks: rendered.peaks.result(),
            loudness: loudness)
    }

    /// A named cue at every segment (its id) and every chapter (its title).
    private func cueMarkers(_ timeline: Timeline) -> [CueMarker] {
        let chapters = timeline.chapters.map { CueMarker(frame: $0.startSample, label: "Chapter: \($0.title)") }
        let segments = timeline.segments.map { CueMarker(frame: $0.startSample, label: $0.id) }
        return (chapters + segments).sorted { $0.frame < $1.frame }
    }

    /// Writes `timing.json`, `peaks.json`, `report.txt` and the takes' `alignment.json` (when they were checked)
    /// beside the encoded file in the staging folder, then replaces `build/` with it in one step.
    func publish(
        _ output: Output, report: AssemblyReport, folder: EpisodeFolder, replacement: FolderReplacement
    ) throws(AssemblyError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let staging = replacement.staging
        do {
            let timing = try TimingFile.data(report.timeline, assembly: report.finish)
            let peaks = try encoder.encode(output.peaks)
            try timing.write(to: staging.appendingPathComponent(folder.timing.lastPathComponent))
            try peaks.write(to: staging.appendingPathComponent(folder.peaks.lastPathComponent))
            try Data(AssemblyReportText(report).text.utf8).write(to: staging.appendingPathComponent("report.txt"))
            if let alignment = options.alignment {
                try alignment.jsonData().write(to: staging.appendingPathComponent(folder.alignment.lastPathComponent))
            }
        } catch {
            throw .outputFailed(file: folder.timing.path, reason: OutputFailure.describe(error))
        }
        do { try replacement.commit() } catch {
            throw .outputFailed(file: folder.build.path, reason: error.reason)
        }
    }
}

/// A write error in a producer's words: the system's reason ("No space left on device"), not Foundation's wrapper.
enum OutputFailure {
    static func describe(_ error: any Error) -> String {
        if let encoding = error as? EncodingError, case .invalidValue(let value, _) = encoding {
            return "a value cannot be written (\(value)); this is a bug in podwright, please report it"
        }
        let wrapped = error as NSError
        if let underlying = wrapped.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return wrapped.localizedDescription
    }
}
