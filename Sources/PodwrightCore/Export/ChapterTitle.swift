/// Chapter titles as listeners see them, shared by every export and the MP3 tag.
public enum ChapterTitle {
    /// The section's title as the script has it now; for an untitled section (an article's lede before its first
    /// subheading) the heading read aloud or the first sentence of its narration, cut to 60 characters: the article's own words.
    /// - Parameters:
    ///   - chapter: The chapter from the timeline.
    ///   - episode: The script.
    public static func title(for chapter: Chapter, in episode: Episode) -> String {
        let title = (episode.section(id: chapter.id)?.title ?? chapter.title).singleLine
        if !title.isEmpty { return title }
        let segments = episode.segments.filter { $0.section == chapter.id }
        let first = segments.first { $0.kind == .heading } ?? segments.first { $0.kind == .narration } ?? segments.first
        let sentence = first.flatMap { SentenceSplitter.sentences($0.text.singleLine).first } ?? ""
        return sentence.isEmpty ? chapter.id : sentence.truncated(to: 60)
    }
}
