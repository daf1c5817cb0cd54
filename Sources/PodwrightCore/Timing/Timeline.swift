/// Where everything sits in the finished episode audio: the contents of `EP/build/timing.json`.
///
/// Positions are exact sample frames at ``sampleRate``; the seconds beside them are derived for readers that want
/// them. A segment's take audio begins in the output exactly at its ``SegmentTiming/startSample``.
public struct Timeline: Codable, Equatable, Sendable {
    /// The delivered file's sample rate in Hz.
    public var sampleRate: Int
    /// The delivered file's channel count.
    public var channels: Int
    /// The whole episode's length in seconds.
    public var durationSeconds: Double
    /// The whole episode's length in sample frames.
    public var durationSamples: Int
    /// Every segment, in episode order.
    public var segments: [SegmentTiming]
    /// One chapter per section, in order.
    public var chapters: [Chapter]
    /// Loudness measured on the delivered file after encoding.
    public var loudness: LoudnessReport?
    /// The delivered file's name inside `EP/build/` (`episode.mp3`).
    public var file: String?

    public init(
        sampleRate: Int,
        channels: Int,
        durationSamples: Int,
        segments: [SegmentTiming] = [],
        chapters: [Chapter] = [],
        loudness: LoudnessReport? = nil,
        file: String? = nil
    ) {
        self.sampleRate = sampleRate
        self.channels = channels
        self.durationSamples = durationSamples
        self.durationSeconds = Double(durationSamples) / Double(sampleRate)
        self.segments = segments
        self.chapters = chapters
        self.loudness = loudness
        self.file = file
    }
}

/// Where one segment's take sits in the episode, and what was done to it.
public struct SegmentTiming: Codable, Equatable, Sendable {
    /// The segment id.
    public var id: String
    /// The speaker id.
    public var speaker: String
    /// The section id.
    public var section: String
    /// The segment kind, as in the script.
    public var kind: Segment.Kind
    /// The take file used (relative to the takes folder), or `nil` for a placeholder.
    public var take: String?
    /// First sample frame of the take audio in the output.
    public var startSample: Int
    /// One past the last sample frame of the take audio in the output.
    public var endSample: Int
    /// ``startSample`` in seconds.
    public var start: Double
    /// ``endSample`` in seconds.
    public var end: Double
    /// Frames trimmed from the head of the take (at the output rate).
    public var trimmedHeadSamples: Int
    /// Frames trimmed from the tail of the take (at the output rate).
    public var trimmedTailSamples: Int
    /// Gain applied to this take before the episode gain, in dB (level matching).
    public var gainDB: Double
    /// True when the take was missing and silence of the estimated length stands in its place.
    public var placeholder: Bool
    /// Every word with its time in the episode, from alignment; `nil` (and left out of `timing.json`) when the
    /// take was not aligned.
    public var words: [WordTiming]?

    public init(
        id: String,
        speaker: String,
        section: String,
        kind: Segment.Kind,
        take: String?,
        startSample: Int,
        endSample: Int,
        sampleRate: Int,
        trimmedHeadSamples: Int = 0,
        trimmedTailSamples: Int = 0,
        gainDB: Double = 0,
        placeholder: Bool = false
    ) {
        self.id = id
        self.speaker = speaker
        self.section = section
        self.kind = kind
        self.take = take
        self.startSample = startSample
        self.endSample = endSample
        self.start = Double(startSample) / Double(sampleRate)
        self.end = Double(endSample) / Double(sampleRate)
        self.trimmedHeadSamples = trimmedHeadSamples
        self.trimmedTailSamples = trimmedTailSamples
        self.gainDB = gainDB
        self.placeholder = placeholder
    }

    enum CodingKeys: String, CodingKey {
        case id, speaker, section, kind, take, startSample, endSample, start, end
        case trimmedHeadSamples, trimmedTailSamples, gainDB, placeholder, words
    }

    /// Writes every key of the timing contract, `take` as `null` for a placeholder rather than leaving it out, so
    /// readers of `timing.json` see the same keys on every segment.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(section, forKey: .section)
        try container.encode(kind, forKey: .kind)
        try container.encode(take, forKey: .take)
        try container.encode(startSample, forKey: .startSample)
        try container.encode(endSample, forKey: .endSample)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(trimmedHeadSamples, forKey: .trimmedHeadSamples)
        try container.encode(trimmedTailSamples, forKey: .trimmedTailSamples)
        try container.encode(gainDB, forKey: .gainDB)
        try container.encode(placeholder, forKey: .placeholder)
        try container.encodeIfPresent(words, forKey: .words)
    }
}

/// A chapter mark: one per section.
public struct Chapter: Codable, Equatable, Sendable {
    /// The section id.
    public var id: String
    /// The section title.
    public var title: String
    /// First sample frame of the chapter.
    public var startSample: Int
    /// ``startSample`` in seconds.
    public var start: Double

    public init(id: String, title: String, startSample: Int, sampleRate: Int) {
        self.id = id
        self.title = title
        self.startSample = startSample
        self.start = Double(startSample) / Double(sampleRate)
    }
}

/// Loudness figures for a file, as `podwright measure --json` prints them.
public struct LoudnessReport: Codable, Equatable, Sendable {
    /// Integrated loudness (ITU-R BS.1770-4 gated), LUFS.
    public var integratedLUFS: Double
    /// Maximum true peak (4× oversampled or better), dBTP.
    public var truePeakDBTP: Double
    /// Loudness range (EBU Tech 3342), LU.
    public var loudnessRangeLU: Double
    /// Maximum sample peak, dBFS.
    public var samplePeakDBFS: Double

    public init(integratedLUFS: Double, truePeakDBTP: Double, loudnessRangeLU: Double, samplePeakDBFS: Double) {
        self.integratedLUFS = integratedLUFS
        self.truePeakDBTP = truePeakDBTP
        self.loudnessRangeLU = loudnessRangeLU
        self.samplePeakDBFS = samplePeakDBFS
    }
}
