import ArgumentParser
import Foundation
import PodwrightAudio
import PodwrightCore

/// `podwright assemble`: the takes → a finished, loudness-normalised episode with timing.json and peaks.json.
struct Assemble: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Assemble the recorded takes into a finished, loudness-normalised episode.",
        discussion: """
            Reads the episode (EP/script.md when it was edited, else EP/episode.json) and the takes in EP/takes \
            (<segment-id>.wav, retakes <segment-id>.take2.wav …; the highest take wins unless the script pins one; \
            scratch takes only where nothing is recorded). \
            Writes EP/build/episode.<format>, EP/build/timing.json and EP/build/peaks.json, replacing the previous \
            ones only when everything succeeded.
            """
    )

    @Argument(help: "The episode folder.")
    var episode: String

    @OptionGroup var takesFolder: TakesFolderOption

    @Option(help: "Output format: wav, flac, mp3 or opus.")
    var format: AudioFormat = .wav

    @Option(help: "Loudness preset: podcast (−16 LUFS stereo, −19 mono), ebu-r128 (−23), streaming (−14).")
    var preset: LoudnessPreset = .podcast

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Target integrated loudness in LUFS (overrides --preset).", valueName: "lufs"))
    var lufs: Double?

    @Option(name: .customLong("true-peak"), parsing: .unconditional, help: "True-peak ceiling in dBTP.")
    var truePeak: Double = -1

    @Option(name: .customLong("sample-rate"), help: "Output sample rate in Hz.")
    var sampleRate: Int = 48_000

    @Option(help: "Output channels: 1 (mono) or 2 (stereo); default mono when every take and music file is mono.")
    var channels: Int?

    @Option(name: .customLong("bit-depth"), help: "Bits per sample for WAV and FLAC: 16 or 24.")
    var bitDepth: Int = 24

    @Option(name: .customLong("mp3-bitrate"), help: "MP3 bitrate: kbit/s or vbr (default: 64 mono, 128 stereo).")
    var mp3Bitrate: String?

    @Option(name: .customLong("opus-bitrate"), help: "Opus bitrate in kbit/s (default: 48 mono, 64 stereo).")
    var opusBitrate: Int?

    @Option(name: .customLong("allow-missing"), help: "Stand in for missing takes with: silence.")
    var allowMissing: MissingChoice?

    @Option(name: .customLong("level-match"), help: "Level matching: take (each take even), speaker, or off.")
    var levelMatch: AssemblyOptions.LevelMatching = .take

    @Option(
        name: .customLong("room-tone"),
        help: "Fill gaps with room tone: off, auto (quietest stretch of the takes) or a file.")
    var roomTone: String = "off"

    @Option(help: "A folder with intro.*, outro.* and bed.* (e.g. Audio/Stings) for stings and a music bed.")
    var stings: String?

    @Option(help: "Intro sting file (overrides --stings).")
    var intro: String?

    @Option(help: "Outro sting file (overrides --stings).")
    var outro: String?

    @Option(help: "Music bed under the first section, ducking under the voice (overrides --stings); none for no bed.")
    var bed: String?

    @Option(help: "Shorten pauses inside a take longer than this (e.g. 1.2s or 800ms) to it; never cuts speech.")
    var tighten: String?

    @Flag(help: "Even each voice with a gentle speech leveler, so the true-peak limiter only catches peaks.")
    var leveler = false

    @Flag(help: "Reduce steady background noise in the takes (libspeexdsp's speech denoiser).")
    var denoise = false

    @Option(name: .customLong("pause-scale"), help: "Scale the default pauses (0.8 brisker, 1.2 more relaxed).")
    var pauseScale: Double = 1

    @Flag(name: .customLong("no-cache"), help: "Analyse every take again, ignoring EP/build/.cache.")
    var noCache = false

    @Flag(name: .customLong("no-align"), help: "Skip checking the takes against their words (podwright align).")
    var noAlign = false

    @OptionGroup var output: QuietOption

    @Flag(help: "Print the summary even when standard output is not a terminal (a log, a pipe, a script).")
    var summary = false

    enum MissingChoice: String, ExpressibleByArgument, CaseIterable { case silence }

    func validate() throws {
        if let channels, ![1, 2].contains(channels) { throw ValidationError("--channels must be 1 or 2") }
        if let tighten, Self.seconds(tighten).map({ $0 >= 0.2 && $0 <= 10 }) != true {
            throw ValidationError("--tighten must be a pause length from 0.2s to 10s, e.g. 1.2s or 800ms")
        }
        guard [16, 24].contains(bitDepth) else { throw ValidationError("--bit-depth must be 16 or 24") }
        guard (8_000...192_000).contains(sampleRate) else {
            throw ValidationError("--sample-rate must be between 8000 and 192000 Hz")
        }
        if format == .opus, ![8_000, 12_000, 16_000, 24_000, 48_000].contains(sampleRate) {
            throw ValidationError("Opus needs --sample-rate 48000 (or 8000, 12000, 16000, 24000)")
        }
        if format == .mp3, sampleRate > 48_000 { throw ValidationError("MP3 allows at most --sample-rate 48000") }
        if let lufs, !(-40 ... -5).contains(lufs) { throw ValidationError("--lufs must be between -40 and -5") }
        guard (-9...0).contains(truePeak) else { throw ValidationError("--true-peak must be between -9 and 0 dBTP") }
        if let mp3Bitrate, mp3Bitrate != "vbr", Int(mp3Bitrate).map({ (32...320).contains($0) }) != true {
            throw ValidationError("--mp3-bitrate must be a bitrate from 32 to 320 (kbit/s) or vbr")
        }
        if let opusBitrate, !(6...510).contains(opusBitrate) {
            throw ValidationError("--opus-bitrate must be from 6 to 510 (kbit/s)")
        }
        guard (0.25...4).contains(pauseScale) else { throw ValidationError("--pause-scale must be between 0.25 and 4") }
    }

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        try EpisodeRun.begin(folder, command: "assemble")
        let script = try EpisodeLoading.load(folder)
        let progress = ProgressLine(enabled: !output.quiet)
        let stages = StageTimer(enabled: ProcessInfo.processInfo.environment["PODWRIGHT_TIMING"] != nil)
        var assembly = try options(folder: folder, script: script)
        (assembly.speechFrames, assembly.alignment) = try checkTakes(script, folder: folder, progress: progress)
        if assembly.format == .mp3 {
            assembly.coverArt = await CoverArt.picture(for: script, in: folder) { message in
                FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
            }
        }
        let assembler = Assembler(options: assembly)
        let report: AssemblyReport
        do {
            report = try assembler.assemble(
                script, in: folder,
                warn: { warning in
                    progress.finish()
                    FileHandle.standardError.write(Data("warning: \(AssemblyWarningText.line(warning))\n".utf8))
                },
                progress: { stage, fraction in
                    stages.enter(stage.rawValue)
                    progress.update("assemble: \(stage.rawValue) \(Int(fraction * 100))%")
                })
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        stages.enter("done")
        // On a terminal the summary is the answer; in a pipe or a log only warnings and errors are written, unless
        // asked for: scripts read timing.json.
        guard !output.quiet, summary || isatty(STDOUT_FILENO) == 1 else { return }
        print(AssembleSummary.lines(report, folder: folder).joined(separator: "\n"))
        FileHandle.standardError.write(Data((AssembleSummary.limiterLine(report) + "\n").utf8))
    }
}
