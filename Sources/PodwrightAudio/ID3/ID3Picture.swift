public import Foundation

/// A picture for an ID3 tag's `APIC` frame: the front cover podcast apps and players show.
public struct ID3Picture: Equatable, Sendable {
    /// `image/jpeg` or `image/png`.
    public var mimeType: String
    /// The encoded image.
    public var data: Data

    public init(mimeType: String, data: Data) {
        self.mimeType = mimeType
        self.data = data
    }
}
