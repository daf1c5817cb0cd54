/// The working memory of one analysing thread, handed from take to take.
///
/// An hour of takes is hundreds of files; allocating and freeing the same large buffers for each let the allocator
/// scatter the small results kept between them, so memory grew with the number of takes. Reused, it stays flat.
public struct AnalysisBuffers: Sendable {
    /// Decoded samples as read.
    var input: [Float] = []
    /// The same, mapped to the episode's channel count.
    var mapped: [Float] = []
    /// Per channel, the samples ``KWeightedEnergies`` filters a group of blocks at a time from.
    var planes: [[Float]] = []

    public init() {}
}
