import ArgumentParser
import Foundation
import PodwrightBooth
import PodwrightCore

/// `podwright booth`: record the script in the browser, segment by segment, each take checked as it lands.
struct Booth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record the script in the browser: every take is filed in takes/ and checked as it lands.",
        discussion: """
            Starts a local web server and prints the address to open (with a random token that every request must \
            carry). Takes are written as EP/takes/<id>.take<N>.wav, never over another take; marking the take to use \
            writes [take N] into script.md. Stop it with Ctrl-C.
            """
    )

    @Argument(help: "The episode folder.")
    var episode: String

    @Option(help: "The port to listen on (0 for any free port).")
    var port = 8080

    @Option(help: "Show this speaker's lines first (an id, name or alias from the speakers table).")
    var speaker: String?

    @Option(help: "The address to listen on; 0.0.0.0 lets a talent on another machine of the studio in.")
    var host = "127.0.0.1"

    func validate() throws {
        if episode.isEmpty { throw ValidationError("Give the episode folder.") }
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0…65535 (0: any free port).") }
        if host.isEmpty { throw ValidationError("--host needs an address, such as 127.0.0.1 or 0.0.0.0.") }
    }

    func run() async throws {
        let folder = EpisodeFolder(path: episode)
        let loaded = try EpisodeLoading.load(folder)
        var configuration = BoothConfiguration(folder: folder)
        configuration.levelTarget = try Self.levelTarget(folder)
        configuration.host = host
        configuration.port = port
        if let speaker {
            let wanted = speaker.lowercased()
            guard
                let match = loaded.speakers.first(where: { candidate in
                    ([candidate.id, candidate.name] + candidate.aliases).contains { $0.lowercased() == wanted }
                })
            else {
                let known = loaded.speakers.map(\.id).joined(separator: ", ")
                throw ValidationFailure("\(episode): no speaker “\(speaker)” in the script; the speakers are \(known)")
            }
            configuration.speaker = match.id
        }
        let standardError = FileHandle.standardError
        if !configuration.isLoopback {
            standardError.write(
                Data(
                    ("warning: the booth listens on \(host), not only on this machine: anyone on the network who has "
                        + "the address with its token can record into and listen to this episode. Use it on the "
                        + "studio's own network only.\n").utf8))
        }
        let server = BoothServer(configuration: configuration, episode: loaded)
        let title = loaded.title
        let segments = loaded.segments.count
        let host = host
        let target = configuration.levelTarget
        do {
            try await server.run { port in
                var lines = ["Booth for “\(title)” (\(segments) segments): open \(server.address(port: port))"]
                if host == "0.0.0.0" || host == "::" {
                    let name = ProcessInfo.processInfo.hostName
                    lines.append("From another machine: \(server.address(port: port, host: name))")
                }
                lines.append(
                    String(
                        format: "Levels are checked against the episode's %.1f LUFS (%@).", target.lufs,
                        target.channels == 2 ? "stereo" : "mono"))
                lines.append("Takes go to \(EpisodeFolder.displayPath(episode, "takes"))/. Press Ctrl-C to stop.")
                FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
        } catch {
            throw ValidationFailure(
                "cannot listen on \(host):\(port) (\(error)): pass another --port, or stop what uses it")
        }
    }

    /// The level `assemble` will deliver the episode at, from the show's audio preset (`lufs`, `preset`,
    /// `channels`), read as `assemble` reads it.
    /// - Throws: ``ValidationFailure`` naming `show.json` when the preset is wrong.
    static func levelTarget(_ folder: EpisodeFolder) throws -> LevelTarget {
        let preset = try ShowPreset.arguments(for: folder)
        guard !preset.isEmpty else { return .podcast }
        let assemble: Assemble
        do {
            assemble = try Assemble.parse([folder.url.path] + preset)
        } catch {
            let file = ShowFolder.showFile(for: folder)?.path ?? "show.json"
            throw ValidationFailure("\(file): the audio preset is wrong: \(Assemble.message(for: error))")
        }
        return LevelTarget(preset: assemble.preset, lufs: assemble.lufs, channels: assemble.channels)
    }
}
