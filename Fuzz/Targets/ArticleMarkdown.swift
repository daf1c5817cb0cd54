import Foundation
import PodwrightCore

/// libFuzzer target: arbitrary bytes through the Markdown article reader (decoding, cleanup, structure), which must
/// return an article or an ArticleError, never trap or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? ArticleReader.read(data: Data(bytes: data, count: size), name: "fuzz.md", format: .markdown)
    return 0
}
