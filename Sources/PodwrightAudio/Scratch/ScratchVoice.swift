/// An espeak-ng voice for scratch takes: a language variant, a voice variant, pitch and speed.
public struct ScratchVoice: Equatable, Sendable, CustomStringConvertible {
    /// The espeak-ng voice, with its variant (`en-us+m3`).
    public var name: String
    /// Pitch, 0…99 (espeak's default is 50).
    public var pitch: Int
    /// Words per minute.
    public var speed: Int

    public init(name: String, pitch: Int, speed: Int) {
        self.name = name
        self.pitch = pitch
        self.speed = speed
    }

    public var description: String { "\(name) (pitch \(pitch), \(speed) wpm)" }

    /// Distinct voices handed out in speaker order: the narrator first, then each quoted voice.
    static let palette: [ScratchVoice] = [
        ScratchVoice(name: "en-us+m3", pitch: 45, speed: 0),
        ScratchVoice(name: "en-gb+f3", pitch: 60, speed: 0),
        ScratchVoice(name: "en-gb-scotland+m2", pitch: 35, speed: 0),
        ScratchVoice(name: "en-us+f2", pitch: 70, speed: 0),
        ScratchVoice(name: "en-gb-x-rp+m4", pitch: 50, speed: 0),
        ScratchVoice(name: "en-029+f4", pitch: 55, speed: 0),
    ]

    /// The voice for the speaker at `index` (in the episode's speaker order), reading at `wordsPerMinute`;
    /// a voice named in the script or show configuration wins.
    /// - Parameters:
    ///   - index: the speaker's position in the episode's speaker list.
    ///   - chosen: a voice the script or show names for this speaker, if any.
    ///   - wordsPerMinute: the show's reading pace, so scratch timing matches the script's estimates.
    /// - Returns: the voice.
    static func forSpeaker(at index: Int, chosen: String?, wordsPerMinute: Double) -> ScratchVoice {
        var voice = palette[index % palette.count]
        if let chosen, !chosen.isEmpty { voice.name = chosen }
        // Later rounds of the palette shift pitch so that a seventh speaker still differs from the first.
        voice.pitch = min(99, voice.pitch + 8 * (index / palette.count))
        voice.speed = Int(max(80, min(400, wordsPerMinute * 1.05)).rounded())
        return voice
    }
}
