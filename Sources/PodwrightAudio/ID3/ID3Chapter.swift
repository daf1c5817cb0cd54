/// One chapter of an MP3's ID3v2 tag: a `CHAP` frame with a `TIT2` title.
public struct ID3Chapter: Equatable, Sendable {
    /// The element id, unique in the tag (ASCII; `chp0`, `chp1`…).
    public var id: String
    /// The chapter title; any Unicode text.
    public var title: String
    /// Start in milliseconds from the start of the audio.
    public var startMilliseconds: UInt32
    /// End in milliseconds.
    public var endMilliseconds: UInt32

    public init(id: String, title: String, startMilliseconds: UInt32, endMilliseconds: UInt32) {
        self.id = id
        self.title = title
        self.startMilliseconds = startMilliseconds
        self.endMilliseconds = endMilliseconds
    }
}
