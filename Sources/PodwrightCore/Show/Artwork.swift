public import Foundation

/// An image ready to publish: checked and, when it was too large, scaled by the image library (module
/// `PodwrightImage`), so the feed's requirement checks can read its size and type without decoding it again.
public struct Artwork: Sendable, Equatable {
    /// The prepared file.
    public var url: URL
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// `JPEG` or `PNG` (any other type is named as the library names it).
    public var format: String

    public init(url: URL, width: Int, height: Int, format: String) {
        self.url = url
        self.width = width
        self.height = height
        self.format = format
    }

    /// Apple Podcasts' smallest and largest artwork side, in pixels.
    public static let sides = 1400...3000

    /// The MIME type for the feed.
    public var mimeType: String { format == "PNG" ? "image/png" : "image/jpeg" }
}
