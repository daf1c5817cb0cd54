import Foundation

/// The grammar of segment and section ids, in one place: every id the segmenter, the script parser and the exports
/// make or read is built and taken apart here.
///
/// Sections are `intro`, `s1`, `s2`, … (the article's headings in order) and `credits`. Segments are `title`,
/// `intro`, `deck`; a heading `sN-h`; a paragraph `sN-pM` (`intro-pM` before the first heading), the pieces of a
/// paragraph split around voiced quotes `sN-pMa`, `sN-pMb`, …; `credits-K`, `outro`; a segment added by hand
/// `SECTION-nK`. A hand-written id of any other shape is kept as written. Takes are saved under these ids, so an id,
/// once given, is never reused for other text.
public struct SegmentID: Hashable, Sendable, CustomStringConvertible {
    /// What an id names.
    public enum Shape: Hashable, Sendable {
        /// The title, the intro wording, the deck, or the outro.
        case framing(String)
        /// A section's heading.
        case heading(section: String)
        /// A paragraph of a section, or one piece of it (`a`, `b`, … `aa`).
        case paragraph(section: String, number: Int, piece: String?)
        /// A credit line.
        case credits(number: Int)
        /// A segment added by hand in the script.
        case added(section: String, number: Int)
        /// An id written by hand in a shape of its own.
        case other
    }

    /// The id as written in `script.md`, `episode.json` and take file names.
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The segment ids of the intro and credits sections that are not numbered.
    public static let title = SegmentID("title")
    public static let intro = SegmentID("intro")
    public static let deck = SegmentID("deck")
    public static let outro = SegmentID("outro")

    /// The heading of `section`: `s2-h`.
    public static func heading(section: String) -> SegmentID { SegmentID("\(section)-h") }

    /// Paragraph `number` of `section`, or its piece with index `piece` (0 → `a`): `s2-p3`, `s2-p3b`.
    public static func paragraph(section: String, number: Int, piece: Int? = nil) -> SegmentID {
        SegmentID("\(section)-p\(number)" + (piece.map(pieceLetters) ?? ""))
    }

    /// Credit line `number` (from 1): `credits-2`.
    public static func credits(number: Int) -> SegmentID { SegmentID("\(SectionID.credits)-\(number)") }

    /// The `number`th segment added by hand to `section`: `s2-n1`.
    public static func added(section: String, number: Int) -> SegmentID { SegmentID("\(section)-n\(number)") }

    /// `a`, `b`, … `z`, `aa`, `ab`, …: the suffix of the `index`th piece of a split paragraph.
    public static func pieceLetters(_ index: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
        var value = index
        var result = ""
        repeat {
            result = String(alphabet[value % 26]) + result
            value = value / 26 - 1
        } while value >= 0
        return result
    }

    /// What the id names, read from its shape.
    public var shape: Shape {
        if [Self.title, Self.intro, Self.deck, Self.outro].contains(self) { return .framing(rawValue) }
        guard let dash = rawValue.lastIndex(of: "-") else { return .other }
        let owner = String(rawValue[..<dash])
        let tail = rawValue[rawValue.index(after: dash)...]
        if tail == "h", !owner.isEmpty { return .heading(section: owner) }
        if owner == SectionID.credits, let number = Int(tail), number >= 1, tail.allSatisfy(\.isASCII) {
            return .credits(number: number)
        }
        guard let kind = tail.first, kind == "p" || kind == "n", !owner.isEmpty else { return .other }
        let digits = tail.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits), number >= 1 else { return .other }
        let rest = tail.dropFirst(1 + digits.count)
        if kind == "n" { return rest.isEmpty ? .added(section: owner, number: number) : .other }
        guard rest.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return .other }
        return .paragraph(section: owner, number: number, piece: rest.isEmpty ? nil : String(rest))
    }

    /// The paragraph the id belongs to, as the notes join pieces back into paragraphs: the id up to the digits
    /// after its last `-p` (`s1-p3b` → `s1-p3`, and a hand-made `s1-p3-q1` → `s1-p3`); an id of another shape is a
    /// paragraph of its own.
    public var paragraph: SegmentID {
        guard let marker = rawValue.range(of: "-p", options: .backwards) else { return self }
        let digits = rawValue[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return self }
        return SegmentID(String(rawValue[..<digits.endIndex]))
    }
}

/// Section ids: `intro`, `s1`, `s2`, … for the article's headings in order, and `credits`.
public enum SectionID {
    /// The opening section: title, intro wording, deck and the paragraphs before the first heading.
    public static let intro = "intro"
    /// The closing section: credit lines and the outro wording.
    public static let credits = "credits"

    /// The section of the article's `number`th heading (from 1): `s3`.
    public static func numbered(_ number: Int) -> String { "s\(number)" }

    /// The heading number of a numbered section id (`s3` → 3), or `nil` for any other id.
    public static func number(of id: String) -> Int? {
        guard id.hasPrefix("s"), let number = Int(id.dropFirst()), number >= 1, id.dropFirst().allSatisfy(\.isNumber)
        else { return nil }
        return number
    }
}
