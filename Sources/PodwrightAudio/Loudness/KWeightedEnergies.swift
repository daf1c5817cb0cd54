import Foundation

/// K-weighted mean squares (BS.1770) of consecutive blocks of a stream, channel-summed: what gated loudness is
/// computed from. Thirty-two blocks are filtered at once, four consecutive ones in each of eight vector lanes.
///
/// A recursive filter cannot be split across a vector by time, as each sample needs the one before; but its memory
/// fades. Each lane starts a block (100 ms) before its own first block, from rest, on the samples there: by that
/// block's first sample it has forgotten its false start (the slowest pole, the 38 Hz high-pass's double pole, leaves
/// n·rⁿ ≈ 2·10⁻⁷ of it after 100 ms, −134 dB; after 50 ms it would still leave −36 dB, which a loud passage ending
/// just before a quiet block shows). The lanes run in single precision, in transposed direct form (two state vectors
/// a stage, so state and coefficients stay in registers), twice as fast as one double-precision filter
/// through the whole stream and in agreement with it to 0.02 dB on every block a meter counts, even quiet blocks
/// over a strong 30 Hz hum (the worst case: the high-pass cancels most of the hum, and rounding with it), and to a
/// thousandth of a LU in integrated loudness (a test checks both). Blocks left over at the end are filtered in order
/// by ``AssemblyKFilter``.
struct KWeightedEnergies {
    let blockFrames: Int
    let channels: Int
    /// Completed blocks, oldest first: the mean square of the K-weighted signal, summed over channels.
    private(set) var energies: [Float] = []
    private let coefficients: AssemblyKFilter.Coefficients
    private let sampleRate: Int
    /// Samples each lane filters before its block, to forget its start.
    private let warmUp: Int
    /// Per channel: `warmUp` samples of context, then samples not yet in a completed group of blocks.
    private var planes: [[Float]]
    private static let lanes = 8
    /// Consecutive blocks per lane: more share one warm-up, fewer keep the buffer (and the tail left to the scalar
    /// filter at the end) short.
    private static let blocksPerLane = 4
    private static var groupBlocks: Int { lanes * blocksPerLane }

    /// - Parameter planes: buffers to reuse (their contents are replaced), from ``releasePlanes()`` of an earlier
    ///   stream.
    init(sampleRate: Int, channels: Int, blockFrames: Int, reusing planes: [[Float]] = []) {
        self.sampleRate = sampleRate
        self.channels = channels
        self.blockFrames = blockFrames
        coefficients = AssemblyKFilter(sampleRate: sampleRate).coefficients
        warmUp = blockFrames
        var planes = planes
        if planes.count > channels { planes.removeLast(planes.count - channels) }
        while planes.count < channels { planes.append([]) }
        for channel in 0..<channels {
            // Silence before the stream: the first lane's warm-up is exactly the filter at rest.
            planes[channel].removeAll(keepingCapacity: true)
            planes[channel].reserveCapacity(warmUp + Self.groupBlocks * blockFrames)
            planes[channel].append(contentsOf: repeatElement(0, count: blockFrames))
        }
        self.planes = planes
    }

    /// The completed blocks not taken yet, oldest first, which are then forgotten (for a caller that gates as it
    /// goes, in constant memory).
    mutating func drainEnergies(into body: (Float) -> Void) {
        for energy in energies { body(energy) }
        energies.removeAll(keepingCapacity: true)
    }

    /// Gives up the filter's buffers for the next stream to reuse.
    mutating func releasePlanes() -> [[Float]] {
        defer { planes = [] }
        return planes
    }

    /// Adds `frames` interleaved frames.
    mutating func add(_ interleaved: UnsafePointer<Float>, frames: Int) {
        var done = 0
        let group = Self.groupBlocks * blockFrames
        while done < frames {
            let pending = planes[0].count - warmUp
            let take = min(frames - done, group - pending)
            for channel in 0..<channels {
                if channels == 1 {
                    planes[0].append(contentsOf: UnsafeBufferPointer(start: interleaved + done, count: take))
                } else {
                    // Grown once, then filled through a raw pointer: appending sample by sample paid a
                    // uniqueness and capacity check on each, which made stereo metering a third of a render.
                    let start = planes[channel].count
                    planes[channel].append(contentsOf: repeatElement(0, count: take))
                    planes[channel].withUnsafeMutableBufferPointer { plane in
                        let target = plane.baseAddress! + start
                        let source = interleaved + done * channels + channel
                        for frame in 0..<take { target[frame] = source[frame * channels] }
                    }
                }
            }
            done += take
            if planes[0].count - warmUp == group { filterGroup() }
        }
    }

    /// Filters the remaining whole blocks and returns what is left over: the mean square of the final partial
    /// block and its length in frames (0 when the stream ended on a block boundary).
    mutating func finish() -> (meanSquare: Float, frames: Int) {
        let pending = planes[0].count - warmUp
        let whole = pending / blockFrames
        let partial = pending - whole * blockFrames
        var sums = [Double](repeating: 0, count: whole + 1)
        for channel in 0..<channels {
            var filter = AssemblyKFilter(sampleRate: sampleRate)
            planes[channel].withUnsafeBufferPointer { plane in
                let base = plane.baseAddress!
                _ = filter.sumOfSquares(base, count: warmUp, stride: 1)
                for block in 0...whole {
                    let length = block < whole ? blockFrames : partial
                    sums[block] += filter.sumOfSquares(base + warmUp + block * blockFrames, count: length, stride: 1)
                }
            }
        }
        for block in 0..<whole { energies.append(Float(sums[block] / Double(blockFrames))) }
        for channel in 0..<channels { planes[channel].removeAll(keepingCapacity: true) }
        return (partial > 0 ? Float(sums[whole] / Double(partial)) : 0, partial)
    }

    /// Filters the group of blocks after the context, then keeps the last `warmUp` samples as the next context.
    private mutating func filterGroup() {
        var sums = [SIMD8<Double>](repeating: SIMD8(), count: Self.blocksPerLane)
        for channel in 0..<channels {
            planes[channel].withUnsafeBufferPointer { plane in
                Self.filterLanes(plane.baseAddress!, block: blockFrames, warmUp: warmUp, coefficients, into: &sums)
            }
            // Keep the last `warmUp` samples, moved to the front in place (no copy of the buffer).
            let count = planes[channel].count
            let keep = warmUp
            planes[channel].withUnsafeMutableBufferPointer { plane in
                let base = plane.baseAddress!
                base.update(from: base + (count - keep), count: keep)
            }
            planes[channel].removeLast(count - keep)
        }
        for lane in 0..<Self.lanes {
            for block in 0..<Self.blocksPerLane { energies.append(Float(sums[block][lane] / Double(blockFrames))) }
        }
    }

    /// Adds the sums of K-weighted squares of the group's blocks, starting at `line + warmUp`, to `sums`: lane n
    /// filters blocks `n × blocksPerLane …` after warming up on the `warmUp` samples before them, and
    /// `sums[b][n]` receives its b-th block.
    private static func filterLanes(
        _ line: UnsafePointer<Float>, block: Int, warmUp: Int, _ c: AssemblyKFilter.Coefficients,
        into sums: inout [SIMD8<Double>]
    ) {
        typealias Lanes = SIMD8<Float>
        let b0 = Float(c.b0)
        let b1 = Float(c.b1)
        let b2 = Float(c.b2)
        let a1 = Float(c.a1)
        let a2 = Float(c.a2)
        let d1 = Float(c.d1)
        let d2 = Float(c.d2)
        let span = blocksPerLane * block
        // Transposed direct form: two state vectors per stage, so state and coefficients fit the registers.
        var s1 = Lanes()
        var s2 = Lanes()
        var t1 = Lanes()
        var t2 = Lanes()
        var step = -warmUp
        while step < span {
            // Squares are summed in single precision over runs of up to 256 within one block, then carried in
            // double precision.
            let warming = step < 0
            let blockEnd = warming ? 0 : (step / block + 1) * block
            let end = min(blockEnd, step + 256)
            var sum = Lanes()
            let first = step
            while step < end {
                let p = line + warmUp + step
                let input = Lanes(
                    p[0], p[span], p[2 * span], p[3 * span], p[4 * span], p[5 * span], p[6 * span], p[7 * span])
                let shelf = b0 * input + s1
                s1 = b1 * input - a1 * shelf + s2
                s2 = b2 * input - a2 * shelf
                let out = shelf + t1
                t1 = t2 - 2 * shelf - d1 * out
                t2 = shelf - d2 * out
                sum += out * out
                step += 1
            }
            if !warming { sums[first / block] += SIMD8<Double>(sum) }
        }
    }
}
