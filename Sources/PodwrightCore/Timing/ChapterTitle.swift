/// Chapter titles as listeners see them: the one place that decides, used by the assembler (`timing.json`, WAV cue
/// labels), the MP3 tag and every notes format (chapters.json, show notes, labels.txt, the episode page), so that
/// all of them agree.
public enum ChapterTitle {
    /// The section's title as the script has it now; for an untitled section (an article's lede before its first
    /// subheading) the heading read aloud or the first sentence of its narration, cut to 60 characters: the
    /// article's own words.
    /// - Parameters:
    ///   - chapter: The chapter from the timeline.
    ///   - episode: The script.
    /// - Returns: The title on one line, never empty.
    public static func title(for chapter: Chapter, in episode: Episode) -> String {
        title(forSection: chapter.id, in: episode, recorded: chapter.title)
    }

    /// The title of the chapter that section `id` starts, for a timeline being made.
    /// - Parameters:
    ///   - id: The section id.
    ///   - episode: The script.
    ///   - recorded: A title recorded earlier (in `timing.json`), used when the script no longer has the section.
    /// - Returns: The title on one line, never empty (the section id as a last resort).
    public static func title(forSection id: String, in episode: Episode, recorded: String = "") -> String {
        let title = (episode.section(id: id)?.title ?? recorded).singleLine
        if !title.isEmpty { return title }
        let segments = episode.segments.filter { $0.section == id }
        let first = segments.first { $0.kind == .heading } ?? segments.first { $0.kind == .narration } ?? segments.first
        let sentence = first.flatMap { SentenceSplitter.sentences($0.text.singleLine).first } ?? ""
        return sentence.isEmpty ? id : sentence.truncated(to: 60)
    }
}
