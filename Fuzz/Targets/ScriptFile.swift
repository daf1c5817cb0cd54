import Foundation
import PodwrightCore

/// libFuzzer target: arbitrary text as `script.md`. The parser must report problems, never trap; and a script it
/// accepts must render and read back without errors, with the same segments.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScriptFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = ScriptParser.parse(text, file: "script.md")
    guard !result.hasErrors else { return 0 }
    let again = ScriptParser.parse(ScriptRenderer.render(result.episode), file: "script.md")
    if again.hasErrors || again.episode.segments.map(\.id) != result.episode.segments.map(\.id) {
        fatalError("a script podwright accepted does not read back: \(again.errors.map(\.description))")
    }
    return 0
}
