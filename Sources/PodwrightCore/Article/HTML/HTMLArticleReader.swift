/// Reads a whole saved web page: finds the article in it and drops everything else.
enum HTMLArticleReader {
    /// Reads `html` into a draft. A page with no article gives a draft with no paragraphs.
    static func read(_ html: String) -> ArticleDraft {
        guard let document = HTMLDocument(html: html), let root = document.tree() else { return ArticleDraft() }
        document.close()
        let metadata = HTMLMetadata(root)
        var draft = ArticleDraft()
        draft.credits = metadata.credits
        draft.title = metadata.title
        draft.authors = metadata.authors
        draft.date = metadata.date
        draft.category = metadata.category
        draft.deck = metadata.deck
        draft.canonical = metadata.canonical
        draft.image = metadata.image
        draft.language = metadata.language
        var blocks = cleaned(collect(HTMLFurniture.pruned(root)), draft: &draft)
        if blocks.reduce(0, { $0 + TextCleanup.wordCount($1.text) }) < 50 {
            // Class names removed nearly everything: a wrapper is probably named like furniture. Go by structure.
            let fallback = cleaned(collect(HTMLFurniture.prunedByStructure(root)), draft: &draft)
            if fallback.count > blocks.count { blocks = fallback }
        }
        for credit in CreditsFinder.takeCredits(from: &blocks, authors: draft.authors)
        where !draft.credits.contains(credit) {
            draft.credits.append(credit)
        }
        for line in metadata.creditLines
        where !draft.credits.contains(line) && !blocks.contains(where: { $0.text == line }) {
            draft.credits.append(line)
        }
        draft.blocks = blocks
        return draft
    }

    private static func collect(_ page: HTMLElement) -> [ArticleDraft.Block] {
        var collector = HTMLBlockCollector()
        for container in HTMLMainContent.containers(in: page) { collector.collect(container) }
        return collector.blocks
    }

    /// Drops furniture text that survived inside the body, repeated headline or byline lines, runs of related
    /// headlines, and headings with nothing under them.
    private static func cleaned(_ blocks: [ArticleDraft.Block], draft: inout ArticleDraft) -> [ArticleDraft.Block] {
        var result: [ArticleDraft.Block] = []
        var skippingRelated = false
        for var block in blocks {
            // Old pages put the headline and date in the first run of text, separated only by line breaks.
            if result.isEmpty, !draft.title.isEmpty, block.text.hasPrefix(draft.title + " ") {
                block.text = String(block.text.dropFirst(draft.title.count + 1))
            }
            if result.count < 3, block.kind == .paragraph, !PlainTextLine(block.text).isProse,
                TextCleanup.wordCount(block.text) <= 10, let date = Byline.date(in: block.text)
            {
                if draft.date == nil { draft.date = date }
                continue
            }
            if block.kind == .heading { skippingRelated = false }
            if Boilerplate.isRelatedMarker(block.text) {
                skippingRelated = true
                continue
            }
            if skippingRelated, block.kind == .listItem || !PlainTextLine(block.text).isProse { continue }
            skippingRelated = false
            if block.kind != .listItem, Boilerplate.isBoilerplate(block.text) { continue }
            if block.text == draft.title || block.text == draft.deck { continue }
            if draft.credits.contains(block.text) { continue }
            // A byline printed as the first lines of the body ("Written by Ana Ruiz, Friday 10 October 2025").
            if result.count < 3, block.kind == .paragraph, TextCleanup.wordCount(block.text) <= 16,
                let names = Byline.authors(in: block.text)
            {
                if draft.authors.isEmpty { draft.authors = names }
                continue
            }
            result.append(block)
        }
        while result.last?.kind == .heading { result.removeLast() }
        // A heading followed straight by another of no lower rank had its content removed as furniture.
        return result.enumerated().filter { index, block in
            guard block.kind == .heading, index + 1 < result.count else { return true }
            return result[index + 1].kind != .heading || !Boilerplate.isRelatedMarker(block.text)
        }.map(\.element)
    }
}
