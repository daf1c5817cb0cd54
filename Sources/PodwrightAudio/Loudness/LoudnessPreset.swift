/// Named loudness targets for common delivery specifications.
public enum LoudnessPreset: String, Sendable, CaseIterable {
    /// −16 LUFS stereo (−19 mono): Apple Podcasts and most podcast hosts.
    case podcast
    /// −23 LUFS: EBU R128 broadcast.
    case ebuR128 = "ebu-r128"
    /// −14 LUFS: music streaming services.
    case streaming

    /// The target integrated loudness for a channel count.
    /// - Parameter channels: the delivered channel count.
    /// - Returns: LUFS.
    public func targetLUFS(channels: Int) -> Double {
        switch self {
        case .podcast: channels == 1 ? -19 : -16
        case .ebuR128: -23
        case .streaming: -14
        }
    }
}
