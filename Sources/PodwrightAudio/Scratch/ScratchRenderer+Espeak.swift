import Foundation
import PodwrightCore

extension ScratchRenderer {
    /// The text espeak-ng reads for a segment: each word the producer gave a pronunciation (by its recogniser key,
    /// a possessive `’s` kept) replaced by that pronunciation (``Pronunciation/espeakText``).
    static func spokenText(_ text: String, overrides: [String: String]) -> String {
        guard !overrides.isEmpty else { return text }
        var result = ""
        var word = ""
        func flush() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            let key = SpokenWords.key(word)
            if let sayAs = overrides[key] {
                result += Pronunciation(word: word, sayAs: sayAs).espeakText
            } else if key.hasSuffix("'s"), let sayAs = overrides[String(key.dropLast(2))] {
                result += Pronunciation(word: word, sayAs: sayAs).espeakText + String(word.suffix(2))
            } else {
                result += word
            }
        }
        for character in text {
            if character.isLetter || character.isNumber || "'’".contains(character) {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// Runs espeak-ng for one segment, writing a temporary file beside the target and renaming it into place.
    func synthesise(_ id: String, text spoken: String, voice: ScratchVoice, into takes: URL) throws(ScratchError) {
        let target = takes.appendingPathComponent(TakeName(segmentID: id, kind: .scratch).fileName)
        let temporary = AtomicFile.temporaryURL(for: target)
        let textFile = AtomicFile.temporaryURL(for: takes.appendingPathComponent("\(id).txt"))
        defer {
            try? FileManager.default.removeItem(at: textFile)
            try? FileManager.default.removeItem(at: temporary)
        }
        let text = spoken.trimmingCharacters(in: .whitespacesAndNewlines)
        guard FileManager.default.createFile(atPath: textFile.path, contents: Data((text.isEmpty ? "." : text).utf8))
        else { throw .cannotWrite(takes.path, reason: "cannot create a temporary file (is the folder writable?)") }
        let process = Process()
        process.executableURL = espeak
        process.arguments = [
            "-v", voice.name, "-p", String(voice.pitch), "-s", String(voice.speed), "-w", temporary.path,
            "-f", textFile.path,
        ]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw .espeakMissing(espeak.path) }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let size = (try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 44 else {
            // espeak-ng says nothing useful when its output does not fit: a full disk is named as such.
            let free = (try? FileManager.default.attributesOfFileSystem(forPath: takes.path))?[.systemFreeSize]
            if let free = free as? Int, free < 1_000_000 {
                throw .cannotWrite(
                    takes.path, reason: "the disk is full (\(free / 1000) kB free); free some space and run again")
            }
            throw .espeakFailed(segment: id, voice: voice.name, message: message)
        }
        do { try AtomicFile.commit(temporary, to: target) } catch {
            throw .cannotWrite(target.path, reason: error.reason)
        }
    }
}
