import CSndFile
import Foundation

/// The file libsndfile writes an encoded episode into, through its virtual I/O: writes are gathered into a 1 MiB
/// buffer and reach the kernel as whole, page-aligned megabytes.
///
/// libsndfile encodes into an 8 KiB buffer of its own and writes each one out as it fills, so an hour of 24-bit
/// audio left to it is 66,000 small writes that split pages, which the kernel pays for in zeroing and copying. Seeks
/// (a header rewritten at the end) and reads work as on the plain file. The first failed write is kept, so the error
/// reaches the producer however late libsndfile asks.
///
/// Unchecked `Sendable`: one writer owns it and uses it from one thread at a time, as libsndfile's handle itself.
final class BufferedOutputFile: @unchecked Sendable {
    /// The file, for messages.
    let path: String
    private var descriptor: Int32
    private let buffer: UnsafeMutableRawPointer
    private static let capacity = 1 << 20
    /// The file offset of `buffer[0]`, and how many bytes the buffer holds.
    private var bufferStart: Int64 = 0
    private var bufferCount = 0
    /// Where libsndfile's next read or write goes.
    private var position: Int64 = 0
    /// The length of the file on disk (what has been written out).
    private var writtenLength: Int64 = 0
    /// Why writing failed (`errno`), once it has.
    private(set) var failure: Int32?

    /// Creates (or truncates) the file at `path`, readable and writable, with the usual permissions.
    /// - Throws: the `errno` of the failed `open`.
    init(path: String) throws(POSIXError) {
        let opened = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard opened >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        descriptor = opened
        self.path = path
        buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.capacity, alignment: 4096)
    }

    deinit {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
        buffer.deallocate()
    }

    /// Writes out what is buffered and closes the file.
    /// - Throws: the `errno` of the first write that failed, now or earlier.
    func close() throws(POSIXError) {
        flush()
        if Foundation.close(descriptor) != 0, failure == nil { failure = errno }
        descriptor = -1
        if let failure { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    }

    /// The callbacks for `sf_open_virtual`, with this file as their user data.
    static let callbacks = SF_VIRTUAL_IO(
        get_filelen: { file in instance(file).length },
        seek: { offset, whence, file in instance(file).seek(offset, whence: whence) },
        read: { pointer, count, file in instance(file).read(into: pointer, count: count) },
        write: { pointer, count, file in instance(file).write(pointer, count: count) },
        tell: { file in instance(file).position })

    private static func instance(_ pointer: UnsafeMutableRawPointer?) -> BufferedOutputFile {
        Unmanaged<BufferedOutputFile>.fromOpaque(pointer!).takeUnretainedValue()
    }

    private var length: sf_count_t { max(writtenLength, bufferStart + Int64(bufferCount)) }

    private func seek(_ offset: sf_count_t, whence: Int32) -> sf_count_t {
        let base: Int64
        switch whence {
        case SEEK_SET: base = 0
        case SEEK_CUR: base = position
        case SEEK_END: base = length
        default: return -1
        }
        guard base + offset >= 0 else { return -1 }
        position = base + offset
        return position
    }

    private func write(_ source: UnsafeRawPointer?, count: sf_count_t) -> sf_count_t {
        guard failure == nil, let source, count > 0 else { return 0 }
        // A write that does not continue the buffered run (a header rewritten) starts a new run.
        if position != bufferStart + Int64(bufferCount) {
            guard flush() else { return 0 }
            bufferStart = position
        }
        var remaining = Int(count)
        var from = source
        while remaining > 0 {
            let room = Self.capacity - bufferCount
            let take = min(room, remaining)
            (buffer + bufferCount).copyMemory(from: from, byteCount: take)
            bufferCount += take
            from += take
            remaining -= take
            if bufferCount == Self.capacity { guard flush() else { return 0 } }
        }
        position += count
        return count
    }

    private func read(into target: UnsafeMutableRawPointer?, count: sf_count_t) -> sf_count_t {
        guard let target, count > 0, flush() else { return 0 }
        let got = pread(descriptor, target, Int(count), off_t(position))
        guard got > 0 else { return 0 }
        position += Int64(got)
        return sf_count_t(got)
    }

    /// Writes the buffered run at its offset.
    /// - Returns: whether it (and every earlier write) succeeded.
    @discardableResult
    private func flush() -> Bool {
        guard failure == nil else { return false }
        var done = 0
        while done < bufferCount {
            let wrote = pwrite(descriptor, buffer + done, bufferCount - done, off_t(bufferStart + Int64(done)))
            if wrote < 0, errno == EINTR { continue }
            guard wrote > 0 else {
                failure = wrote < 0 ? errno : ENOSPC
                return false
            }
            done += wrote
        }
        writtenLength = max(writtenLength, bufferStart + Int64(bufferCount))
        bufferStart += Int64(bufferCount)
        bufferCount = 0
        return true
    }
}
