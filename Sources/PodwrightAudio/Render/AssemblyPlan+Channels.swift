extension AssemblyPlan {
    /// The channels the mix is rendered in: one when the episode is stereo but every take, sting, bed and room tone
    /// is mono, else ``channels``.
    ///
    /// A mono source plays the same on both sides of a stereo episode (``ChannelMapper`` copies it), and so does
    /// everything after the mix: the limiter's gain is judged on the louder side, the meter's energy is the sides'
    /// sum, the waveform the larger side. Rendering such an episode in mono and copying the channel out as it is
    /// written gives the same samples, limiter report and loudness for half the mixing, limiting and metering.
    var mixChannels: Int {
        guard channels > 1 else { return channels }
        for clip in clips {
            switch clip.source {
            case .take(_, let analysis), .music(_, let analysis):
                if analysis.channels != 1 { return channels }
            case .silence:
                break
            }
        }
        if let bed, bed.analysis.channels != 1 { return channels }
        if roomTones.contains(where: { $0.analysis.channels != 1 }) { return channels }
        return 1
    }
}
