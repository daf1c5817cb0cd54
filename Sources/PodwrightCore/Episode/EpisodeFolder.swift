public import Foundation

/// The files of an episode folder. An episode is a folder; every stage reads and writes the paths named here.
public struct EpisodeFolder: Sendable, Equatable {
    /// The folder itself.
    public var url: URL

    public init(_ url: URL) {
        self.url = url
    }

    public init(path: String) {
        self.url = URL(fileURLWithPath: path, isDirectory: true)
    }

    /// `script.md`: the human-editable script, the source of truth once written.
    public var script: URL { url.appendingPathComponent("script.md") }
    /// `episode.json`: the machine manifest, rewritten from the script.
    public var manifest: URL { url.appendingPathComponent("episode.json") }
    /// `article.txt`: the cleaned article body that every source range points into.
    public var articleText: URL { url.appendingPathComponent("article.txt") }
    /// `show.json`: the optional show configuration.
    public var showConfiguration: URL { url.appendingPathComponent("show.json") }
    /// `recording-sheet.md`: what each speaker records, with file names and times.
    public var recordingSheet: URL { url.appendingPathComponent("recording-sheet.md") }
    /// `takes/`: the recorded takes, `<segment-id>.<ext>` and `<segment-id>.take2.<ext>`.
    public var takes: URL { url.appendingPathComponent("takes", isDirectory: true) }
    /// `build/`: everything the assembler and publisher write.
    public var build: URL { url.appendingPathComponent("build", isDirectory: true) }
    /// `build/timing.json`: where every segment and chapter sits in the audio.
    public var timing: URL { build.appendingPathComponent("timing.json") }
    /// `build/peaks.json`: the waveform overview for the episode page.
    public var peaks: URL { build.appendingPathComponent("peaks.json") }
    /// `build/alignment.json`: every take checked against its words.
    public var alignment: URL { build.appendingPathComponent("alignment.json") }
    /// `build/notes/`: show notes, chapters, transcripts, RSS item and the episode page.
    public var notes: URL { build.appendingPathComponent("notes", isDirectory: true) }

    /// `build/episode.<ext>`: the finished episode audio.
    public func episodeAudio(extension ext: String) -> URL {
        build.appendingPathComponent("episode.\(ext)")
    }
}
