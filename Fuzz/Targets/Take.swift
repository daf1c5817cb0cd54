import Foundation
import PodwrightAudio

/// libFuzzer target: arbitrary bytes as a take file (WAV, FLAC, AIFF, Ogg, MP3 are all tried by libsndfile and
/// mpg123 through the same reader), analysed as `assemble` analyses takes: an AudioError or an analysis, never a
/// trap, a hang or a runaway allocation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTake(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let folder = URL(fileURLWithPath: FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    let ext = ["wav", "flac", "aiff", "mp3"][size % 4]
    let url = folder.appendingPathComponent("podwright-fuzz-\(getpid()).\(ext)")
    FileManager.default.createFile(atPath: url.path, contents: Data(bytes: data, count: size))
    defer { unlink(url.path) }
    _ = try? TakeAnalyzer(outputChannels: 1).analyse(url)
    return 0
}
