import Foundation

extension TakeAnalysis {
    private enum CodingKeys: String, CodingKey {
        case sampleRate, channels, frames, headFrame, tailFrame, blockEnergies, blockPeaks, integratedLUFS, samplePeak
        case clipEvents, firstClipSeconds, quietest, pauses
    }

    /// Decodes an analysis from the cache, where the block arrays are raw little-endian floats in base64.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sampleRate = try container.decode(Int.self, forKey: .sampleRate)
        channels = try container.decode(Int.self, forKey: .channels)
        frames = try container.decode(Int.self, forKey: .frames)
        headFrame = try container.decode(Int.self, forKey: .headFrame)
        tailFrame = try container.decode(Int.self, forKey: .tailFrame)
        blockEnergies = Self.floats(try container.decode(Data.self, forKey: .blockEnergies))
        blockPeaks = Self.floats(try container.decode(Data.self, forKey: .blockPeaks))
        integratedLUFS = try container.decodeIfPresent(Double.self, forKey: .integratedLUFS)
        samplePeak = try container.decode(Float.self, forKey: .samplePeak)
        clipEvents = try container.decode(Int.self, forKey: .clipEvents)
        firstClipSeconds = try container.decodeIfPresent(Double.self, forKey: .firstClipSeconds)
        quietest = try container.decodeIfPresent(QuietStretch.self, forKey: .quietest)
        pauses = try container.decodeIfPresent([Range<Int>].self, forKey: .pauses) ?? []
    }

    /// Encodes the analysis compactly: a few hundred floats a take would otherwise be thousands of JSON numbers,
    /// and a long episode's cache would cost more memory to write than the episode does to render.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sampleRate, forKey: .sampleRate)
        try container.encode(channels, forKey: .channels)
        try container.encode(frames, forKey: .frames)
        try container.encode(headFrame, forKey: .headFrame)
        try container.encode(tailFrame, forKey: .tailFrame)
        try container.encode(Self.data(blockEnergies), forKey: .blockEnergies)
        try container.encode(Self.data(blockPeaks), forKey: .blockPeaks)
        try container.encodeIfPresent(integratedLUFS, forKey: .integratedLUFS)
        try container.encode(samplePeak, forKey: .samplePeak)
        try container.encode(clipEvents, forKey: .clipEvents)
        try container.encodeIfPresent(firstClipSeconds, forKey: .firstClipSeconds)
        try container.encodeIfPresent(quietest, forKey: .quietest)
        if !pauses.isEmpty { try container.encode(pauses, forKey: .pauses) }
    }

    private static func data(_ values: [Float]) -> Data {
        var data = Data(capacity: values.count * 4)
        for value in values { withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    private static func floats(_ data: Data) -> [Float] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 3, by: 4).map { index in
            let bits =
                UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
                | UInt32(bytes[index + 3]) << 24
            return Float(bitPattern: bits)
        }
    }
}
