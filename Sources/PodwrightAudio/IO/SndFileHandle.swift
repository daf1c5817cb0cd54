import CSndFile
import Foundation

/// The one owner of a libsndfile handle: closes it in `deinit` unless ``close()`` did.
///
/// Kept apart from the reader and writer so they can hold Swift values (URLs, buffers) and still be consumed by
/// `close()`: Swift only lets a type `discard self` when its stored properties are trivial.
struct SndFileHandle: ~Copyable {
    let pointer: OpaquePointer
    /// Memory libsndfile reads until the file is closed (chunk data given to `sf_set_chunk`), freed after closing.
    private let chunkMemory: UnsafeMutableRawPointer?
    /// The file libsndfile writes through (virtual I/O), retained here and closed after the handle. Unmanaged, so
    /// that the struct's stored properties stay trivial and `close()` can `discard self`.
    private let output: Unmanaged<BufferedOutputFile>?
    /// The file libsndfile reads through (virtual I/O), retained here and released after the handle is closed.
    private let input: Unmanaged<BufferedInputFile>?

    init(
        _ pointer: OpaquePointer, chunkMemory: UnsafeMutableRawPointer? = nil, output: BufferedOutputFile? = nil,
        input: BufferedInputFile? = nil
    ) {
        self.pointer = pointer
        self.chunkMemory = chunkMemory
        self.output = output.map { Unmanaged.passRetained($0) }
        self.input = input.map { Unmanaged.passRetained($0) }
    }

    deinit {
        sf_close(pointer)
        chunkMemory?.deallocate()
        try? output?.takeRetainedValue().close()
        input?.release()
    }

    /// Why writing to the output file failed (`strerror`), once it has.
    var outputFailure: String? {
        output?.takeUnretainedValue().failure.map { String(cString: strerror($0)) }
    }

    /// Closes the handle and returns libsndfile's result code (0 when the file was finished cleanly).
    /// - Throws: the `errno` of a write to the output file that failed, when there is one.
    consuming func close() throws(POSIXError) -> Int32 {
        let code = sf_close(pointer)
        chunkMemory?.deallocate()
        let output = self.output?.takeRetainedValue()
        input?.release()
        discard self
        try output?.close()
        return code
    }

    /// Copies `bytes` into memory that lives until the handle closes.
    static func allocateChunk(_ bytes: [UInt8]) -> UnsafeMutableRawPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { memory.copyMemory(from: base, byteCount: bytes.count) }
        }
        return memory
    }
}
