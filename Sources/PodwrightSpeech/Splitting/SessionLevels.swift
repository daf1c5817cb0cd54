import Foundation
import PodwrightAudio

/// A long recording's level in 10 ms windows (PocketSphinx's frame rate), read in one streaming pass, and the
/// silences in it: where a take can be cut and where the recording can be handed to the recogniser in pieces.
///
/// The threshold follows the recording's own room: a low percentile of the window levels is the noise floor, a high
/// one the speech level, so room noise or a quiet reader still give sensible silences.
struct SessionLevels: Sendable {
    /// Windows per second (PocketSphinx frames).
    static let windowsPerSecond = 100
    /// The recording's sample rate, channels and length in frames.
    var sampleRate: Int
    var channels: Int
    var frames: Int
    /// Level per window, dB relative to full scale (mean square of the channels' mean).
    var levels: [Float]
    /// Windows louder than this are sound.
    var thresholdDB: Float
    /// The noise floor and the speech level, dB.
    var floorDB: Float
    var speechDB: Float

    /// A quiet run must last this long (windows) to count as a silence.
    static let shortestSilence = 10

    /// Reads `url` once.
    /// - Throws: ``AudioError`` naming the file when it cannot be read.
    init(contentsOf url: URL) throws(AudioError) {
        var reader = try AudioFileReader(url: url)
        let rate = reader.sampleRate
        let channels = reader.channels
        let chunk = 65_536
        var buffer = [Float](repeating: 0, count: chunk * channels)
        var levels: [Float] = []
        levels.reserveCapacity(reader.frameCount / max(1, rate / 100) + 16)
        var frame = 0
        var sum: Double = 0
        var count = 0
        var boundary = Self.frame(ofWindow: 1, rate: rate)
        let scale = 1 / Float(channels)
        while true {
            let read = try reader.read(into: &buffer, frames: chunk)
            if read == 0 { break }
            for index in 0..<read {
                var mono: Float = 0
                for channel in 0..<channels { mono += buffer[index * channels + channel] }
                mono *= scale
                sum += Double(mono * mono)
                count += 1
                frame += 1
                if frame == boundary {
                    levels.append(Self.decibels(sum / Double(count)))
                    sum = 0
                    count = 0
                    boundary = Self.frame(ofWindow: levels.count + 1, rate: rate)
                }
            }
        }
        if count > 0 { levels.append(Self.decibels(sum / Double(count))) }
        self.init(sampleRate: rate, channels: channels, frames: frame, levels: levels)
    }

    /// The levels of a recording already measured (tests).
    init(sampleRate: Int, channels: Int, frames: Int, levels: [Float]) {
        self.sampleRate = sampleRate
        self.channels = channels
        self.frames = frames
        self.levels = levels
        // 50 ms means, as noise windows scatter by several dB.
        let smoothed = Self.smoothed(levels)
        let sorted = smoothed.sorted()
        func percentile(_ share: Double) -> Float {
            sorted.isEmpty ? -200 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * share))]
        }
        floorDB = percentile(0.05)
        speechDB = percentile(0.9)
        // Between the room and the voice: well over the floor, well under speech.
        thresholdDB = min(max(floorDB + 10, speechDB - 40), speechDB - 12)
    }

    /// The first frame of window `window`: windows tile the recording exactly, whatever its rate.
    static func frame(ofWindow window: Int, rate: Int) -> Int { window * rate / windowsPerSecond }

    /// The first frame of window `window` in this recording, clamped to its length.
    func frame(ofWindow window: Int) -> Int { min(frames, max(0, Self.frame(ofWindow: window, rate: sampleRate))) }

    /// Whether the recording holds any sound over its room: `false` for silence or a near-silent file.
    var hasSound: Bool { speechDB > -65 && speechDB - floorDB > 12 && !sounds.isEmpty }

    /// Runs of windows over the threshold lasting at least 50 ms, in order.
    var sounds: [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for index in 0...levels.count {
            let loud = index < levels.count && levels[index] > thresholdDB
            if loud, start == nil { start = index }
            if !loud, let begun = start {
                if index - begun >= 5 { runs.append(begun..<index) }
                start = nil
            }
        }
        return runs
    }

    /// Quiet runs between sounds (and before the first and after the last) at least ``shortestSilence`` long.
    var silences: [Range<Int>] {
        var result: [Range<Int>] = []
        var previousEnd = 0
        for sound in sounds + [levels.count..<levels.count] {
            let atAnEdge = previousEnd == 0 || sound.lowerBound == levels.count
            if sound.lowerBound - previousEnd >= Self.shortestSilence || atAnEdge {
                result.append(previousEnd..<sound.lowerBound)
            }
            previousEnd = max(previousEnd, sound.upperBound)
        }
        return result.filter { !$0.isEmpty }
    }

    private static func decibels(_ meanSquare: Double) -> Float {
        meanSquare > 1e-20 ? Float(10 * log10(meanSquare)) : -200
    }

    private static func smoothed(_ levels: [Float]) -> [Float] {
        guard !levels.isEmpty else { return [] }
        let powers = levels.map { pow(10, Double($0) / 10) }
        var prefix = [Double](repeating: 0, count: powers.count + 1)
        for (index, value) in powers.enumerated() { prefix[index + 1] = prefix[index] + value }
        return levels.indices.map { index in
            let lower = max(0, index - 2)
            let upper = min(levels.count, index + 3)
            return decibels((prefix[upper] - prefix[lower]) / Double(upper - lower))
        }
    }
}
