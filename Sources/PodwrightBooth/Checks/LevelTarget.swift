public import PodwrightAudio

/// The level a take is checked against: the loudness the episode is delivered at and its channels, as the show's
/// audio preset (`show.json` → `audio`: `lufs`, `preset`, `channels`) or `assemble`'s defaults say.
public struct LevelTarget: Sendable, Equatable {
    /// The delivered integrated loudness, LUFS.
    public var lufs: Double
    /// The delivered channels: a mono take in a stereo episode plays on both sides, so it is measured as it will
    /// sound there (3 LU louder than alone).
    public var channels: Int

    /// The target `assemble` delivers with `preset`, or `lufs` when given (it wins over the preset, as in
    /// `assemble`), for `channels` (`nil`: mono, as an episode of booth takes is when no music is stereo).
    public init(preset: LoudnessPreset = .podcast, lufs: Double? = nil, channels: Int? = nil) {
        let channels = channels == 2 ? 2 : 1
        self.channels = channels
        self.lufs = lufs ?? preset.targetLUFS(channels: channels)
    }

    /// The podcast preset in mono: −19 LUFS.
    public static let podcast = LevelTarget()
}
