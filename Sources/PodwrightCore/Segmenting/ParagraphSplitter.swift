/// An article body indexed by Unicode scalar, the unit every ``TextRange`` counts in.
struct BodyText {
    let scalars: [Unicode.Scalar]

    init(_ body: String) {
        scalars = Array(body.unicodeScalars)
    }

    /// The text in `range`, or `nil` when the range does not fit the body.
    func text(_ range: TextRange) -> String? {
        guard range.start >= 0, range.start <= range.end, range.end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.start..<range.end])
        return String(view)
    }

    /// `range` shrunk to leave out whitespace at either end.
    func trimmed(_ range: TextRange) -> TextRange {
        var start = range.start
        var end = range.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return TextRange(start: start, end: end)
    }

    /// True when `range` holds a letter or digit: something that is read aloud.
    func isSpoken(_ range: TextRange) -> Bool {
        scalars[range.start..<range.end].contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

/// Cuts a paragraph into narration and voiced-quote pieces, in reading order.
struct ParagraphSplitter {
    /// One piece of a paragraph: a body range read by the narrator (`speaker == nil`) or by a quoted speaker.
    struct Piece {
        /// The piece's range in the body, or `nil` when the paragraph's own range does not fit the body.
        var range: TextRange?
        /// The quoted speaker's id for a voiced quote.
        var speaker: String?

        func contains(_ offset: Int) -> Bool {
            guard let range else { return true }
            return offset >= range.start && offset < range.end
        }
    }

    let body: BodyText
    let paragraph: Paragraph

    /// The part of a voiced span its speaker reads. Between the outer and inner starts there is normally only an
    /// opening mark, read with the quote; a labelled interview turn ("JD: …", "A: …") has its label there instead.
    /// The label is layout, not speech: the change of voice carries it, so it is left out of every piece.
    func voicedRange(of span: QuoteSpan) -> TextRange {
        let lead = TextRange(start: span.outer.start, end: min(max(span.inner.start, span.outer.start), span.outer.end))
        guard lead.count > 0, body.isSpoken(lead) else { return span.outer }
        return TextRange(start: lead.end, end: span.outer.end)
    }

    /// The pieces, given the voiced spans of this paragraph sorted by start.
    ///
    /// Whitespace between pieces is left out. A piece with nothing to read (a closing bracket or stop after a quote's
    /// closing mark) joins the piece before it, or the one after when it comes first, so no character is lost, except
    /// the label of an interview turn (see ``voicedRange(of:)``).
    func pieces(voicing spans: [QuoteSpan]) -> [Piece] {
        guard body.text(paragraph.range) != nil else { return [Piece(range: nil, speaker: nil)] }
        var raw: [Piece] = []
        var cursor = paragraph.range.start
        for span in spans
        where span.outer.start >= cursor && span.outer.end <= paragraph.range.end
            && span.outer.start < span.outer.end
        {
            if span.outer.start > cursor {
                raw.append(Piece(range: TextRange(start: cursor, end: span.outer.start), speaker: nil))
            }
            raw.append(Piece(range: voicedRange(of: span), speaker: span.speaker))
            cursor = span.outer.end
        }
        if cursor < paragraph.range.end {
            raw.append(Piece(range: TextRange(start: cursor, end: paragraph.range.end), speaker: nil))
        }
        var result: [Piece] = []
        var pendingSilent: TextRange?
        for var piece in raw {
            guard let range = piece.range.map(body.trimmed), range.count > 0 else { continue }
            piece.range = range
            if !body.isSpoken(range) {
                if let last = result.last?.range {
                    result[result.count - 1].range = TextRange(start: last.start, end: range.end)
                } else {
                    pendingSilent = TextRange(start: pendingSilent?.start ?? range.start, end: range.end)
                }
                continue
            }
            if let silent = pendingSilent {
                piece.range = TextRange(start: silent.start, end: range.end)
                pendingSilent = nil
            }
            result.append(piece)
        }
        if let silent = pendingSilent { result.append(Piece(range: silent, speaker: nil)) }
        return result.isEmpty ? [Piece(range: body.trimmed(paragraph.range), speaker: nil)] : result
    }
}
