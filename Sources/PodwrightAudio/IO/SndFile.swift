import CSndFile
import Synchronization

/// The one place that opens libsndfile handles.
///
/// libsndfile keeps the error of the last failed `sf_open` in global state, so opens are serialised and the message is
/// read under the same lock; otherwise two threads opening takes at once could report each other's errors.
enum SndFile {
    private static let openLock = Mutex(())

    /// Opens `path` in `mode`, returning the handle or libsndfile's message for the failure.
    static func open(path: String, mode: Int32, info: inout SF_INFO) -> Result<OpaquePointer, SndFileOpenFailure> {
        openLock.withLock { _ in
            if let handle = sf_open(path, mode, &info) {
                return .success(handle)
            }
            let code = sf_error(nil)
            let message = String(cString: sf_strerror(nil))
            return .failure(SndFileOpenFailure(code: code, message: message))
        }
    }

    /// Opens `file` for writing through libsndfile's virtual I/O (see ``BufferedOutputFile``).
    static func open(writing file: BufferedOutputFile, info: inout SF_INFO) -> Result<OpaquePointer, SndFileOpenFailure>
    {
        openLock.withLock { _ in
            var callbacks = BufferedOutputFile.callbacks
            let user = Unmanaged.passUnretained(file).toOpaque()
            if let handle = sf_open_virtual(&callbacks, Int32(SFM_WRITE), &info, user) {
                return .success(handle)
            }
            let code = sf_error(nil)
            let message = String(cString: sf_strerror(nil))
            return .failure(SndFileOpenFailure(code: code, message: message))
        }
    }

    /// Opens `file` for reading through libsndfile's virtual I/O (see ``BufferedInputFile``).
    static func open(reading file: BufferedInputFile, info: inout SF_INFO) -> OpaquePointer? {
        openLock.withLock { _ in
            var callbacks = BufferedInputFile.callbacks
            return sf_open_virtual(&callbacks, Int32(SFM_READ), &info, Unmanaged.passUnretained(file).toOpaque())
        }
    }

    /// libsndfile's message for the last error on `handle`.
    static func message(_ handle: OpaquePointer) -> String {
        String(cString: sf_strerror(handle))
    }

    /// libsndfile's log for `handle` (header parsing notes), used to spot damaged files it opened anyway.
    static func log(_ handle: OpaquePointer) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = sf_command(handle, Int32(SFC_GET_LOG_INFO), &buffer, Int32(buffer.count))
        guard count > 0 else { return "" }
        return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why `sf_open` refused a file, as libsndfile said it.
struct SndFileOpenFailure: Error {
    var code: Int32
    var message: String
}
