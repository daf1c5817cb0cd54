public import PodwrightCore

/// How a booth runs: the episode, where it listens, whose lines it shows first, and its session token.
public struct BoothConfiguration: Sendable {
    /// The episode folder.
    public var folder: EpisodeFolder
    /// The address to listen on; loopback unless the talent is on another machine.
    public var host = "127.0.0.1"
    /// The port (0 for any free one).
    public var port = 8080
    /// The speaker whose lines the page shows first (an id), if any.
    public var speaker: String?
    /// The random token every request must present.
    public var token = BoothConfiguration.makeToken()
    /// The level takes are checked against: the show's audio preset.
    public var levelTarget = LevelTarget.podcast
    /// The largest take accepted, bytes: 64 MB is seven minutes of 48 kHz mono at 24 bits.
    public var maxUploadBytes = 64 * 1_048_576

    public init(folder: EpisodeFolder) { self.folder = folder }

    /// Whether ``host`` is a loopback address, reachable from this machine only.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// 128 random bits from the system's generator, as 32 hex digits.
    public static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let value = generator.next() as UInt32
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
    }
}
