import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// Every input in `Fuzz/Regressions/` (crashes and hangs the fuzzers or the reliability probes found) goes through
/// the call its fuzz target makes: each must give an article, a script or a typed error.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [URL] {
        let folder = Repository.root.appendingPathComponent("Fuzz/Regressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: [("html", ArticleFormat.html), ("text", .text), ("markdown", .markdown)])
    func articleInputsGiveAnArticleOrAnError(target: String, format: ArticleFormat) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "Fuzz/Regressions/\(target) holds the probes' inputs at least")
        for input in inputs {
            do {
                let article = try ArticleReader.read(
                    data: Data(contentsOf: input), name: input.lastPathComponent, format: format)
                #expect(!article.body.isEmpty, "\(input.lastPathComponent)")
            } catch let error as ArticleError {
                #expect(error.location == input.lastPathComponent, "\(error)")
            }
        }
    }

    @Test func scriptInputsAreReportedOrReadBack() throws {
        let inputs = Self.inputs("script")
        #expect(!inputs.isEmpty)
        for input in inputs {
            let text = String(decoding: try Data(contentsOf: input), as: UTF8.self)
            let result = ScriptParser.parse(text, file: "script.md")
            if input.lastPathComponent.hasPrefix("probe-") {
                #expect(result.hasErrors, "\(input.lastPathComponent) was a crash the probes found: check refuses it")
            }
            guard !result.hasErrors else { continue }
            let again = ScriptParser.parse(ScriptRenderer.render(result.episode), file: "script.md")
            #expect(!again.hasErrors, "\(input.lastPathComponent): \(again.errors)")
            #expect(again.episode.segments.map(\.id) == result.episode.segments.map(\.id))
        }
    }
}
