/// The booth's page: one HTML document; its script, style and audio worklet are served by the booth too, so nothing
/// is loaded from the network.
enum BoothPage {
    static func html(token: String) -> String {
        "<!doctype html><title>booth</title><script src=\"booth.js?token=\(token)\"></script>"
    }
}
enum BoothScript { static let source = "" }
enum RecorderWorklet { static let source = "" }
enum BoothStyle { static let source = "" }
