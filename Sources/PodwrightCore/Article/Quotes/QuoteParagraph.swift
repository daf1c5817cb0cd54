/// One paragraph of the article prepared for quote analysis: its scalars, quotes, tokens and mentions.
struct QuoteParagraph: Sendable {
    /// What the paragraph is in the article's layout.
    enum Role: Sendable, Equatable {
        /// Ordinary prose.
        case prose
        /// A heading, caption or other line without a sentence end: its quotes are never speech.
        case heading
        /// A labelled interview turn ("Jane Doe: …", "JD: …"); `labelEnd` is where the text starts.
        case turn(label: String, labelEnd: Int)
        /// An unlabelled paragraph that carries on the turn before it.
        case turnContinuation
        /// An interviewer's question in a Q&A layout: narration.
        case question
        /// An answer in a Q&A layout: the interviewee's words, marks or not, after an "A:" label if any.
        case answer(labelEnd: Int)
    }

    var section: Int
    var index: Int
    /// The paragraph's first scalar offset in the article body.
    var base: Int
    var scalars: [Unicode.Scalar]
    var isListItem: Bool
    var quotes: [RawQuote]
    var tokens: [QuoteToken]
    var mentions: [PersonMention] = []
    var role: Role = .prose
    var sentenceBase = 0

    init(section: Int, index: Int, base: Int, scalars: [Unicode.Scalar], isListItem: Bool) {
        self.section = section
        self.index = index
        self.base = base
        self.scalars = scalars
        self.isListItem = isListItem
        quotes = QuoteMarkScanner.scan(scalars)
        tokens = QuoteTokenizer.tokenize(scalars, quotes: quotes)
        mentions = MentionExtractor.extract(tokens)
        if !isListItem && !endsLikeSentence { role = .heading }
    }

    /// True for a section heading taken into the layout: it never yields a span.
    var isSectionTitle: Bool { index < 0 }

    var sentenceCount: Int { (tokens.last?.sentence ?? 0) + 1 }

    /// True when the last visible character closes a sentence (or introduces one, with a colon).
    var endsLikeSentence: Bool {
        var end = scalars.count
        while end > 0,
            QuoteMarkScanner.isSpace(scalars[end - 1]) || QuoteMarkScanner.isQuoteMark(scalars[end - 1])
                || scalars[end - 1] == ")"
        {
            end -= 1
        }
        guard end > 0 else { return false }
        return ".!?:…;".unicodeScalars.contains(scalars[end - 1]) || scalars.count > 240
    }

    /// True when the paragraph ends with a colon: it introduces what follows.
    var endsWithColon: Bool {
        tokens.last(where: { $0.inNarration })?.text == ":" && tokens.last?.inNarration == true
    }

    /// The indexes of the tokens of quote `q`: from its opening mark to its last token.
    func tokenRange(of q: Int) -> Range<Int> {
        guard let first = tokens.firstIndex(where: { $0.quote == q }) else { return 0..<0 }
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].quote == q { last += 1 }
        return first..<(last + 1)
    }

    /// The text between `start` and `end` scalars.
    func text(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
