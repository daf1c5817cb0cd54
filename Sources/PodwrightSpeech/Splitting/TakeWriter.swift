import Foundation
import PodwrightAudio
import PodwrightCore

/// Writes a stretch of a long recording as a segment take: the recording's own samples, rate and channels (16- or
/// 24-bit as the recording is; lossless), with a short fade at each end, under the next free take number, never over
/// an existing file (a temporary file, then a hard link that fails if the name is taken).
struct TakeWriter {
    /// The recording.
    var source: URL
    /// The takes folder.
    var folder: URL
    /// Fade at each end, seconds.
    var fadeSeconds: Double

    /// Writes `frames` of the recording as the next take of `segment`.
    /// - Returns: the take's file name (`s1-p2.take3.wav`).
    /// - Throws: ``SplitError`` naming the file.
    func write(_ frames: Range<Int>, segment: String) throws(SplitError) -> String {
        var reader: AudioFileReader
        do { reader = try AudioFileReader(url: source) } catch { throw .unreadable(error) }
        let settings = AudioFileSettings(
            format: .wav, sampleRate: reader.sampleRate, channels: reader.channels,
            bitDepth: Self.bitDepth(formatCode: reader.formatCode), dither: false)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(folder.path, reason: "the takes folder cannot be created")
        }
        let temporary = folder.appendingPathComponent(
            ".\(segment).split.\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8)).wav")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do throws(AudioError) {
            var writer = try AudioFileWriter(url: temporary, settings: settings)
            try reader.seek(toFrame: frames.lowerBound)
            let channels = reader.channels
            let fade = max(1, Int(fadeSeconds * Double(reader.sampleRate)))
            let total = frames.count
            let block = 32_768
            var buffer = [Float](repeating: 0, count: block * channels)
            var done = 0
            while done < total {
                let count = try reader.read(into: &buffer, frames: min(block, total - done))
                if count == 0 { break }
                // Only the first and last `fade` frames change; everything between is the recording's own.
                for frame in 0..<count {
                    let position = done + frame
                    let edge = min(position, total - 1 - position)
                    guard edge < fade else { continue }
                    let gain = Float(0.5 - 0.5 * cos(Double.pi * Double(edge) / Double(fade)))
                    for channel in 0..<channels { buffer[frame * channels + channel] *= gain }
                }
                try writer.write(Array(buffer[0..<(count * channels)]))
                done += count
            }
            try writer.close()
        } catch {
            throw .cannotWrite(temporary.path, reason: error.reason)
        }
        // The next free number; a name taken meanwhile (another run) moves on to the next.
        var number = nextNumber(for: segment)
        while true {
            let name = "\(segment).take\(number).wav"
            let target = folder.appendingPathComponent(name)
            if link(temporary.path, target.path) == 0 { return name }
            guard errno == EEXIST else {
                throw .cannotWrite(target.path, reason: String(cString: strerror(errno)))
            }
            number += 1
        }
    }

    /// One more than the highest take number of `segment` in the folder (1 when it has none).
    func nextNumber(for segment: String) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let numbers = names.compactMap { name -> Int? in
            guard let take = TakeName(fileName: name), take.segmentID == segment else { return nil }
            return take.number
        }
        return (numbers.max() ?? 0) + 1
    }

    /// 16 bits for recordings of 16 bits or fewer, 24 for everything else (24-bit, 32-bit, float, compressed), so
    /// no sample is rounded. (libsndfile's sub-format codes: 1 signed 8-bit, 2 16-bit, 5 unsigned 8-bit.)
    static func bitDepth(formatCode: Int32) -> Int {
        [0x0001, 0x0002, 0x0005].contains(formatCode & 0xFFFF) ? 16 : 24
    }
}
