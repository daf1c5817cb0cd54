import Foundation
import PodwrightCore

/// What each scratch take was rendered from, kept as `takes/.scratch.json`, so a scratch take whose segment text or
/// voice has since changed is rendered again instead of silently previewing words the script no longer has.
///
/// The file is hidden, so the take catalogue never mistakes it for a take.
struct ScratchManifest: Codable, Equatable {
    /// The fingerprint of each scratch take, by segment id.
    var takes: [String: String] = [:]

    static let fileName = ".scratch.json"

    /// What a scratch take depends on: the words and the voice that speaks them.
    static func fingerprint(_ spoken: String, voice: ScratchVoice) -> String {
        "\(voice.name)|\(voice.pitch)|\(voice.speed)|\(spoken)"
    }

    /// Reads the manifest in `takes`, or an empty one when there is none or it cannot be read (every scratch take is
    /// then treated as stale, which only costs a re-render).
    static func load(from takes: URL) -> ScratchManifest {
        let url = takes.appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: url) else { return ScratchManifest() }
        return (try? JSONDecoder().decode(ScratchManifest.self, from: data)) ?? ScratchManifest()
    }

    /// Writes the manifest into `takes` atomically.
    func save(to takes: URL) throws(ScratchError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let url = takes.appendingPathComponent(Self.fileName)
        do {
            try AtomicFile.write(try encoder.encode(self), to: url)
        } catch let error as AtomicFileError {
            throw .cannotWrite(url.path, reason: error.reason)
        } catch {
            throw .cannotWrite(url.path, reason: "\(error)")
        }
    }
}
