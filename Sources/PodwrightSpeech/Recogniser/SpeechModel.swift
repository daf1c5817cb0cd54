public import Foundation

/// Where the speech model lives: Debian's `pocketsphinx-en-us` (acoustic model, pronouncing dictionary, language
/// model).
public struct SpeechModel: Equatable, Sendable {
    /// The acoustic model folder.
    public var acousticModel: URL
    /// The pronouncing dictionary (CMU, 134,000 words).
    public var dictionary: URL
    /// The general US English trigram language model.
    public var languageModel: URL
    /// The languages the model covers (BCP 47 primary tags).
    public var languages: Set<String> = ["en"]

    public init(acousticModel: URL, dictionary: URL, languageModel: URL) {
        self.acousticModel = acousticModel
        self.dictionary = dictionary
        self.languageModel = languageModel
    }

    /// Debian's US English model, under `/usr/share/pocketsphinx/model/en-us` (or `PODWRIGHT_SPEECH_MODEL`).
    public static var usEnglish: SpeechModel {
        let root =
            ProcessInfo.processInfo.environment["PODWRIGHT_SPEECH_MODEL"]
            ?? "/usr/share/pocketsphinx/model/en-us"
        let folder = URL(fileURLWithPath: root, isDirectory: true)
        return SpeechModel(
            acousticModel: folder.appendingPathComponent("en-us", isDirectory: true),
            dictionary: folder.appendingPathComponent("cmudict-en-us.dict"),
            languageModel: folder.appendingPathComponent("en-us.lm.bin"))
    }

    /// Whether the model's files are installed.
    public var isInstalled: Bool {
        [acousticModel.appendingPathComponent("mdef"), dictionary, languageModel].allSatisfy {
            FileManager.default.fileExists(atPath: $0.path)
        }
    }

    /// Whether the model covers `language` (a BCP 47 tag such as `en-GB`); an unknown language counts as covered.
    public func covers(language: String?) -> Bool {
        guard let language, !language.isEmpty else { return true }
        let primary = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return languages.contains(primary)
    }
}
