import CSndFile

/// The one owner of a libsndfile handle: closes it in `deinit` unless ``close()`` did.
///
/// Kept apart from the reader and writer so they can hold Swift values (URLs, buffers) and still be consumed by
/// `close()`: Swift only lets a type `discard self` when its stored properties are trivial.
struct SndFileHandle: ~Copyable {
    let pointer: OpaquePointer
    /// Memory libsndfile reads until the file is closed (chunk data given to `sf_set_chunk`), freed after closing.
    private let chunkMemory: UnsafeMutableRawPointer?

    init(_ pointer: OpaquePointer, chunkMemory: UnsafeMutableRawPointer? = nil) {
        self.pointer = pointer
        self.chunkMemory = chunkMemory
    }

    deinit {
        sf_close(pointer)
        chunkMemory?.deallocate()
    }

    /// Closes the handle and returns libsndfile's result code (0 when the file was finished cleanly).
    consuming func close() -> Int32 {
        let code = sf_close(pointer)
        chunkMemory?.deallocate()
        discard self
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
