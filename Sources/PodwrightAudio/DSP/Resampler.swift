import CSoxr

/// Streaming sample-rate conversion of interleaved float audio with libsoxr (very high quality by default).
///
/// Feed any number of frames with ``process(_:into:)``; call ``flush(into:)`` once at the end for the frames the
/// filter still holds. Output is time-aligned with the input (libsoxr compensates its own filter delay), so the
/// total output is `input frames × outputRate / inputRate`, rounded. Equal rates pass samples through untouched.
public struct Resampler: ~Copyable {
    /// Input frames per second.
    public let inputRate: Double
    /// Output frames per second.
    public let outputRate: Double
    /// Interleaved channels, the same in and out.
    public let channels: Int
    private let handle: soxr_t?
    private var chunk: [Float] = []

    /// Makes a resampler.
    /// - Parameters:
    ///   - inputRate: The source rate in Hz (e.g. 8000, 44100, 192000).
    ///   - outputRate: The target rate in Hz.
    ///   - channels: Interleaved channels.
    ///   - veryHighQuality: libsoxr's VHQ recipe (28-bit); `false` uses HQ (20-bit), a little faster.
    /// - Throws: ``AudioError`` when libsoxr refuses the rates.
    public init(inputRate: Double, outputRate: Double, channels: Int, veryHighQuality: Bool = true) throws(AudioError) {
        guard inputRate > 0, outputRate > 0, channels > 0 else {
            throw AudioError(
                .invalidSettings,
                reason: "cannot resample \(inputRate) Hz to \(outputRate) Hz with "
                    + "\(channels) channel(s)"
            )
        }
        let handle = try Self.makeHandle(
            inputRate: inputRate,
            outputRate: outputRate,
            channels: channels,
            veryHighQuality: veryHighQuality
        )
        self.inputRate = inputRate
        self.outputRate = outputRate
        self.channels = channels
        self.handle = handle
    }

    private static func makeHandle(
        inputRate: Double,
        outputRate: Double,
        channels: Int,
        veryHighQuality: Bool
    )
        throws(AudioError) -> soxr_t?
    {
        if inputRate == outputRate { return nil }
        var error: soxr_error_t?
        let recipe = veryHighQuality ? podwright_soxr_very_high_quality() : podwright_soxr_high_quality()
        let created = podwright_soxr_create_float(inputRate, outputRate, UInt32(channels), recipe, &error)
        guard let created, error == nil else {
            let reason = error.map { String(cString: $0) } ?? "unknown error"
            throw AudioError(
                .processing,
                reason: "the resampler cannot convert \(inputRate) Hz to \(outputRate) Hz: "
                    + reason
            )
        }
        return created
    }

    deinit {
        if let handle { soxr_delete(handle) }
    }

    /// Whether the rates are equal and samples pass through untouched.
    public var isPassthrough: Bool { handle == nil }

    /// Resamples `input` (interleaved) and replaces the contents of `output` with the frames ready so far.
    /// - Parameters:
    ///   - input: Interleaved frames at ``inputRate``.
    ///   - output: Receives interleaved frames at ``outputRate``; its capacity is reused between calls.
    public mutating func process(_ input: UnsafeBufferPointer<Float>, into output: inout [Float]) {
        output.removeAll(keepingCapacity: true)
        guard let handle else {
            output.append(contentsOf: input)
            return
        }
        // An empty input would read as "end of input" to libsoxr and flush the filter.
        guard input.count >= channels else { return }
        run(handle, input: input, output: &output)
    }

    /// Replaces the contents of `output` with the frames still inside the filter; call once after the last input.
    public mutating func flush(into output: inout [Float]) {
        output.removeAll(keepingCapacity: true)
        guard let handle else { return }
        run(handle, input: nil, output: &output)
    }

    private mutating func run(_ handle: soxr_t, input: UnsafeBufferPointer<Float>?, output: inout [Float]) {
        let inputFrames = (input?.count ?? 0) / channels
        var consumed = 0
        let ratio = outputRate / inputRate
        let wanted = max(1024, Int((Double(inputFrames) * ratio).rounded(.up)) + 64)
        if chunk.count < wanted * channels { chunk = [Float](repeating: 0, count: wanted * channels) }
        let chunkFrames = chunk.count / channels
        let channels = self.channels
        var chunk = self.chunk
        self.chunk = []
        defer { self.chunk = chunk }
        while true {
            var used = 0
            var produced = 0
            let failure = chunk.withUnsafeMutableBufferPointer { out in
                let source = input.map { UnsafeRawPointer($0.baseAddress! + consumed * channels) }
                return soxr_process(
                    handle, source, inputFrames - consumed, &used, out.baseAddress, chunkFrames, &produced)
            }
            // `init` validated the rates and layout, so libsoxr failing here, or taking nothing and giving nothing
            // while input is left, is a broken invariant: stop loudly rather than spin or drop audio.
            if let failure { preconditionFailure("libsoxr failed while resampling: \(String(cString: failure))") }
            precondition(used > 0 || produced > 0 || consumed >= inputFrames, "libsoxr made no progress")
            consumed += used
            output.append(contentsOf: chunk.prefix(produced * channels))
            // Done when every input frame is taken and the output chunk was not filled to the brim.
            if consumed >= inputFrames, produced < chunkFrames { break }
        }
    }
}
