public import Foundation
import Hummingbird
import Logging
public import PodwrightCore

/// The recording booth: a local web server that shows the script line by line, receives each take the page
/// records, files it as the next take of its segment and checks it.
public struct BoothServer: Sendable {
    /// How the booth runs.
    public let configuration: BoothConfiguration
    let session: BoothSession

    /// A booth for `episode`, read from the configuration's folder.
    public init(configuration: BoothConfiguration, episode: Episode) {
        self.configuration = configuration
        self.session = BoothSession(configuration: configuration, episode: episode)
    }

    /// The address to open, with the token.
    /// - Parameter port: The port the server listens on.
    public func address(port: Int, host: String? = nil) -> URL {
        let shown =
            host ?? (configuration.host == "0.0.0.0" || configuration.host == "::" ? "127.0.0.1" : configuration.host)
        let bracketed = shown.contains(":") ? "[\(shown)]" : shown
        var address = "http://\(bracketed):\(port)/?token=\(configuration.token)"
        if let speaker = configuration.speaker { address += "&speaker=\(speaker)" }
        return URL(string: address)!
    }

    /// Serves until the process is interrupted (SIGINT or SIGTERM).
    /// - Parameter onReady: Called with the port once the server listens.
    /// - Throws: When the address cannot be bound.
    public func run(onReady: @escaping @Sendable (Int) -> Void) async throws {
        session.filer.removeStale()
        let session = session
        Task { await session.inspectExisting() }
        var logger = Logger(label: "podwright.booth")
        logger.logLevel = .critical
        let port = configuration.port
        let application = Application(
            router: BoothRoutes(session: session, configuration: configuration).router(),
            configuration: .init(address: .hostname(configuration.host, port: port), serverName: "podwright booth"),
            onServerRunning: { channel in onReady(channel.localAddress?.port ?? port) },
            logger: logger)
        try await application.runService()
    }
}
