/// The pieces a long recording is handed to the recogniser in: each starts and ends in the middle of a silence, so
/// no word is cut, and lasts at most ``longest`` windows, so memory stays flat and two decoders can share the work.
struct SessionChunks: Equatable, Sendable {
    /// The pieces, in windows, in order; silent stretches between them are left out.
    var chunks: [Range<Int>]

    /// The longest piece, in windows (15 s).
    static let longest = 1_500
    /// Silences at least this long (windows) are preferred places to cut.
    static let preferredSilence = 25

    /// Plans the pieces of a recording of `windows` windows with these `silences` and `sounds`.
    init(windows: Int, silences: [Range<Int>], sounds: [Range<Int>]) {
        // Cut points: the middle of each silence; a silence at an edge is cut where the sound starts or ends, less
        // a margin, so leading and trailing silence is not decoded.
        var points: [(at: Int, length: Int)] = [(0, Int.max)]
        for silence in silences {
            let at: Int
            if silence.lowerBound == 0 {
                at = max(0, silence.upperBound - 20)
            } else if silence.upperBound == windows {
                at = min(windows, silence.lowerBound + 20)
            } else {
                at = (silence.lowerBound + silence.upperBound) / 2
            }
            points.append((at, silence.count))
        }
        points.append((windows, Int.max))
        points.sort { $0.at < $1.at }
        var chunks: [Range<Int>] = []
        var start = 0
        var index = 1
        while start < windows, index < points.count {
            // The furthest good point within reach, else the longest silence within reach, else a hard cut.
            var best: (at: Int, length: Int)?
            var scan = index
            while scan < points.count, points[scan].at - start <= Self.longest {
                let point = points[scan]
                if point.at > start {
                    if point.length >= Self.preferredSilence || point.length == Int.max {
                        best = point
                    } else if best == nil || (best!.length < Self.preferredSilence && point.length > best!.length) {
                        best = point
                    }
                }
                scan += 1
            }
            let end = best?.at ?? min(windows, start + Self.longest)
            chunks.append(start..<end)
            start = end
            while index < points.count, points[index].at <= start { index += 1 }
        }
        // Pieces with no sound in them need no decoding.
        self.chunks = chunks.filter { chunk in
            sounds.contains { $0.lowerBound < chunk.upperBound && $0.upperBound > chunk.lowerBound }
        }
    }
}
